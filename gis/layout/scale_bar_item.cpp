// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/layout/scale_bar_item.h"

#include "gis/layout/layout_paint_context.h"

#include <QLocale>

#include <cmath>

namespace gis {

namespace {

constexpr double kTextMarginMm = 6;
constexpr double kBarHeightMm = 1.6;

/// The largest of 1, 2, 2.5, 5 × 10^k not above `value`.
double roundDown(double value) {
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (const double factor : {5.0, 2.5, 2.0, 1.0}) {
        if (factor * magnitude <= value) {
            return factor * magnitude;
        }
    }
    return magnitude;
}

}  // namespace

std::unique_ptr<LayoutItem> ScaleBarItem::clone() const {
    return std::make_unique<ScaleBarItem>(*this);
}

QPointF ScaleBarItem::barOriginMm() const {
    const double ratioHeight = showRatio ? fontSizePt * 25.4 / 72 * 1.5 : 0;
    return QPointF(rectMm.left() + kTextMarginMm / 2, rectMm.top() + ratioHeight);
}

ScaleBarItem::Geometry ScaleBarItem::geometry(double scaleDenominator) const {
    Geometry bar;
    const int count = std::max(1, segments);
    const double availableMm = rectMm.width() - kTextMarginMm - 6;
    if (scaleDenominator <= 0 || availableMm <= 0) {
        return bar;
    }
    const double metresPerMm = scaleDenominator / 1000.0;
    bar.segmentMetres = roundDown(availableMm * metresPerMm / count);
    bar.segments = count;
    bar.groundMetres = bar.segmentMetres * count;
    bar.lengthMm = bar.groundMetres / metresPerMm;
    bar.kilometres =
        units == Units::Kilometres || (units == Units::Auto && bar.segmentMetres >= 1000);
    return bar;
}

void ScaleBarItem::draw(LayoutPaintContext& context) const {
    drawBackground(context);
    const MapFrameState* frame = context.frame(frameId);
    if (!frame) {
        context.errors << tr("Scale bar \"%1\": no map frame \"%2\"").arg(id, frameId);
        return;
    }
    const Geometry bar = geometry(frame->scaleDenominator);
    if (bar.segments == 0) {
        return;
    }
    QPainter& painter = *context.painter;
    painter.save();
    const QFont font = context.font(QString(), fontSizePt);
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    const QPointF origin(context.pixels(barOriginMm().x()), context.pixels(barOriginMm().y()));
    const double length = context.pixels(bar.lengthMm);
    const double height = context.pixels(kBarHeightMm);
    const double segment = length / bar.segments;
    const QColor ink(30, 30, 30);
    QPen pen(ink, context.pixels(0.2));
    pen.setJoinStyle(Qt::MiterJoin);
    painter.setPen(pen);
    if (showRatio) {
        const QString ratio =
            QStringLiteral("1 : %1").arg(QLocale(QLocale::English)
                                             .toString(std::round(frame->scaleDenominator), 'f', 0)
                                             .replace(u',', u' '));
        painter.drawText(QPointF(origin.x() + length / 2 - metrics.horizontalAdvance(ratio) / 2,
                                 origin.y() - metrics.descent() - context.pixels(0.8)),
                         ratio);
    }
    for (int i = 0; i < bar.segments; ++i) {
        const QRectF box(origin.x() + i * segment, origin.y(), segment, height);
        switch (style) {
            case Style::AlternatingBoxes:
                painter.setBrush(i % 2 == 0 ? ink : QColor(Qt::white));
                painter.drawRect(box);
                break;
            case Style::DoubleBoxes: {
                const QRectF top(box.left(), box.top(), box.width(), box.height() / 2);
                const QRectF bottom = top.translated(0, box.height() / 2);
                painter.setBrush(i % 2 == 0 ? ink : QColor(Qt::white));
                painter.drawRect(top);
                painter.setBrush(i % 2 == 0 ? QColor(Qt::white) : ink);
                painter.drawRect(bottom);
                break;
            }
            case Style::TickLine:
                painter.drawLine(QPointF(box.left(), box.bottom()),
                                 QPointF(box.right(), box.bottom()));
                painter.drawLine(QPointF(box.left(), box.top()), QPointF(box.left(), box.bottom()));
                if (i == bar.segments - 1) {
                    painter.drawLine(QPointF(box.right(), box.top()),
                                     QPointF(box.right(), box.bottom()));
                }
                break;
        }
    }
    const double divisor = bar.kilometres ? 1000.0 : 1.0;
    const double baseline = origin.y() + height + context.pixels(0.8) + metrics.ascent();
    for (int i = 0; i <= bar.segments; ++i) {
        const double value = bar.segmentMetres * i / divisor;
        const QString text = QLocale::c().toString(value, 'g', 6);
        const double x = origin.x() + i * segment - metrics.horizontalAdvance(text) / 2;
        painter.drawText(QPointF(x, baseline), text);
        if (i == bar.segments) {
            // The unit follows the last value, below the bar, so the bar itself stands alone.
            painter.drawText(QPointF(x + metrics.horizontalAdvance(text + u' '), baseline),
                             bar.kilometres ? tr("km") : tr("m"));
        }
    }
    painter.restore();
    drawFrame(context);
}

void ScaleBarItem::writeProperties(QJsonObject& json) const {
    json["frame"] = frameId;
    json["units"] = units == Units::Metres       ? QStringLiteral("m")
                    : units == Units::Kilometres ? QStringLiteral("km")
                                                 : QStringLiteral("auto");
    json["style"] = style == Style::DoubleBoxes ? QStringLiteral("double")
                    : style == Style::TickLine  ? QStringLiteral("line")
                                                : QStringLiteral("boxes");
    json["segments"] = segments;
    json["show_ratio"] = showRatio;
    json["size_pt"] = fontSizePt;
}

void ScaleBarItem::readProperties(const QJsonObject& json) {
    frameId = json["frame"].toString();
    const QString unitText = json["units"].toString();
    units = unitText == QLatin1String("m")    ? Units::Metres
            : unitText == QLatin1String("km") ? Units::Kilometres
                                              : Units::Auto;
    const QString styleText = json["style"].toString();
    style = styleText == QLatin1String("double") ? Style::DoubleBoxes
            : styleText == QLatin1String("line") ? Style::TickLine
                                                 : Style::AlternatingBoxes;
    segments = std::clamp(json["segments"].toInt(4), 1, 10);
    showRatio = json["show_ratio"].toBool(true);
    fontSizePt = json["size_pt"].toDouble(fontSizePt);
}

}  // namespace gis
