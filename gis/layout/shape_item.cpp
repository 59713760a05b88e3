// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/layout/shape_item.h"

#include "gis/layout/layout_paint_context.h"

namespace gis {

std::unique_ptr<LayoutItem> ShapeItem::clone() const {
    return std::make_unique<ShapeItem>(*this);
}

void ShapeItem::draw(LayoutPaintContext& context) const {
    QPainter& painter = *context.painter;
    painter.save();
    QPen pen(strokeColor, context.pixels(strokeWidthMm));
    pen.setJoinStyle(Qt::MiterJoin);
    painter.setPen(strokeWidthMm > 0 ? pen : QPen(Qt::NoPen));
    painter.setBrush(fillColor.alpha() > 0 ? QBrush(fillColor) : QBrush(Qt::NoBrush));
    const QRectF rect = context.pixelRect(rectMm);
    if (shape == Shape::Line) {
        painter.drawLine(rect.topLeft(), rect.bottomRight());
    } else {
        painter.drawRect(rect);
    }
    painter.restore();
}

void ShapeItem::writeProperties(QJsonObject& json) const {
    json["shape"] = shape == Shape::Line ? QStringLiteral("line") : QStringLiteral("rectangle");
    json["stroke_color"] = colorToJson(strokeColor);
    json["stroke_width_mm"] = strokeWidthMm;
    json["fill_color"] = colorToJson(fillColor);
}

void ShapeItem::readProperties(const QJsonObject& json) {
    shape = json["shape"].toString() == QLatin1String("line") ? Shape::Line : Shape::Rectangle;
    strokeColor = colorFromJson(json["stroke_color"], strokeColor);
    strokeWidthMm = json["stroke_width_mm"].toDouble(strokeWidthMm);
    fillColor = colorFromJson(json["fill_color"], fillColor);
}

}  // namespace gis
