// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/layout/north_arrow_item.h"

#include "gis/coordinate_transform.h"
#include "gis/error.h"
#include "gis/layout/layout_paint_context.h"

#include <QPainterPath>

#include <cmath>

namespace gis {

std::unique_ptr<LayoutItem> NorthArrowItem::clone() const {
    return std::make_unique<NorthArrowItem>(*this);
}

double NorthArrowItem::trueNorthDegrees(const MapSettings& settings) {
    const QPointF center = settings.visibleExtent().center();
    const CoordinateTransform toLonLat(settings.crs, Crs::wgs84());
    const QPointF lonLat = toLonLat.transform(center);
    // A step along the meridian, small enough to be straight, large enough to stay precise.
    const QPointF north = toLonLat.inverseTransform(lonLat + QPointF(0, 0.01));
    const QTransform toPixel = settings.mapToPixel();
    const QPointF d = toPixel.map(north) - toPixel.map(center);
    if (!std::isfinite(d.x()) || !std::isfinite(d.y())) {
        return 0;
    }
    return std::atan2(d.x(), -d.y()) * 180 / M_PI;
}

void NorthArrowItem::draw(LayoutPaintContext& context) const {
    drawBackground(context);
    const MapFrameState* frame = context.frame(frameId);
    double angle = 0;
    if (frame) {
        try {
            angle = trueNorthDegrees(frame->settings);
        } catch (const Error& error) {
            context.errors << tr("North arrow \"%1\": %2").arg(id, error.message());
        }
    } else {
        context.errors << tr("North arrow \"%1\": no map frame \"%2\"").arg(id, frameId);
    }
    QPainter& painter = *context.painter;
    const QRectF box = context.pixelRect(rectMm);
    const QFont font = context.font(QString(), 9, true);
    const QFontMetricsF metrics(font);
    const double letterHeight = metrics.height();
    const double size = std::min(box.width(), box.height() - letterHeight);
    painter.save();
    painter.translate(box.center().x(), box.top() + letterHeight + size / 2);
    painter.rotate(angle);
    const double r = size / 2;
    const QColor ink(30, 30, 30);
    painter.setPen(QPen(ink, context.pixels(0.2)));
    if (style == Style::Compass) {
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(QPointF(0, 0), r * 0.75, r * 0.75);
    }
    // Two half-arrows, one dark and one light, as on topographic maps.
    QPainterPath left;
    left.moveTo(0, -r);
    left.lineTo(-r * 0.38, r * 0.75);
    left.lineTo(0, r * 0.45);
    left.closeSubpath();
    QPainterPath right;
    right.moveTo(0, -r);
    right.lineTo(r * 0.38, r * 0.75);
    right.lineTo(0, r * 0.45);
    right.closeSubpath();
    painter.setBrush(ink);
    painter.drawPath(left);
    painter.setBrush(Qt::white);
    painter.drawPath(right);
    painter.setFont(font);
    painter.setPen(ink);
    const QString letter = tr("N");
    painter.drawText(QPointF(-metrics.horizontalAdvance(letter) / 2,
                             -r - metrics.descent() - context.pixels(0.5)),
                     letter);
    painter.restore();
    drawFrame(context);
}

void NorthArrowItem::writeProperties(QJsonObject& json) const {
    json["frame"] = frameId;
    json["style"] = style == Style::Compass ? QStringLiteral("compass") : QStringLiteral("arrow");
}

void NorthArrowItem::readProperties(const QJsonObject& json) {
    frameId = json["frame"].toString();
    style = json["style"].toString() == QLatin1String("compass") ? Style::Compass : Style::Arrow;
}

}  // namespace gis
