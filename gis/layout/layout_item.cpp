// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/layout/layout_item.h"

#include "gis/error.h"
#include "gis/layout/layout_paint_context.h"
#include "gis/layout/legend_item.h"
#include "gis/layout/map_frame_item.h"
#include "gis/layout/north_arrow_item.h"
#include "gis/layout/picture_item.h"
#include "gis/layout/scale_bar_item.h"
#include "gis/layout/shape_item.h"
#include "gis/layout/text_item.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <array>
#include <utility>

namespace gis {

namespace {

constexpr std::array<std::pair<LayoutItemKind, const char*>, 7> kKindNames{{
    {LayoutItemKind::MapFrame, "map"},
    {LayoutItemKind::Text, "text"},
    {LayoutItemKind::Legend, "legend"},
    {LayoutItemKind::ScaleBar, "scale_bar"},
    {LayoutItemKind::NorthArrow, "north_arrow"},
    {LayoutItemKind::Picture, "picture"},
    {LayoutItemKind::Shape, "shape"},
}};

std::unique_ptr<LayoutItem> makeItem(LayoutItemKind kind) {
    switch (kind) {
        case LayoutItemKind::MapFrame:
            return std::make_unique<MapFrameItem>();
        case LayoutItemKind::Text:
            return std::make_unique<TextItem>();
        case LayoutItemKind::Legend:
            return std::make_unique<LegendItem>();
        case LayoutItemKind::ScaleBar:
            return std::make_unique<ScaleBarItem>();
        case LayoutItemKind::NorthArrow:
            return std::make_unique<NorthArrowItem>();
        case LayoutItemKind::Picture:
            return std::make_unique<PictureItem>();
        case LayoutItemKind::Shape:
            return std::make_unique<ShapeItem>();
    }
    return nullptr;
}

}  // namespace

LayoutItem::~LayoutItem() = default;

QString LayoutItem::kindName(LayoutItemKind kind) {
    for (const auto& [known, name] : kKindNames) {
        if (known == kind) {
            return QLatin1String(name);
        }
    }
    return {};
}

QString colorToJson(const QColor& color) {
    return color.name(QColor::HexArgb);
}

QColor colorFromJson(const QJsonValue& value, const QColor& fallback) {
    const QColor color = QColor::fromString(value.toString());
    return value.isString() && color.isValid() ? color : fallback;
}

QJsonObject LayoutItem::toJson() const {
    QJsonObject json;
    json["type"] = kindName(kind());
    json["id"] = id;
    json["rect_mm"] = QJsonArray{rectMm.x(), rectMm.y(), rectMm.width(), rectMm.height()};
    json["frame"] = frameVisible;
    json["frame_color"] = colorToJson(frameColor);
    json["frame_width_mm"] = frameWidthMm;
    json["background"] = colorToJson(background);
    writeProperties(json);
    return json;
}

std::unique_ptr<LayoutItem> LayoutItem::fromJson(const QJsonObject& json) {
    const QString type = json["type"].toString();
    std::unique_ptr<LayoutItem> item;
    for (const auto& [kind, name] : kKindNames) {
        if (type == QLatin1String(name)) {
            item = makeItem(kind);
        }
    }
    if (!item) {
        throw Error(
            QCoreApplication::translate("gis::LayoutItem", "Unknown layout item type \"%1\"")
                .arg(type));
    }
    item->id = json["id"].toString();
    const QJsonArray rect = json["rect_mm"].toArray();
    if (rect.size() != 4 || rect[2].toDouble() < 0 || rect[3].toDouble() < 0) {
        throw Error(QCoreApplication::translate("gis::LayoutItem",
                                                "Layout item \"%1\": rect_mm must be [x, y, width, "
                                                "height] in millimetres")
                        .arg(item->id));
    }
    item->rectMm =
        QRectF(rect[0].toDouble(), rect[1].toDouble(), rect[2].toDouble(), rect[3].toDouble());
    item->frameVisible = json["frame"].toBool(false);
    item->frameColor = colorFromJson(json["frame_color"], item->frameColor);
    item->frameWidthMm = json["frame_width_mm"].toDouble(item->frameWidthMm);
    item->background = colorFromJson(json["background"], item->background);
    item->readProperties(json);
    return item;
}

void LayoutItem::drawBackground(LayoutPaintContext& context) const {
    if (background.alpha() > 0) {
        context.painter->fillRect(context.pixelRect(rectMm), background);
    }
}

void LayoutItem::drawFrame(LayoutPaintContext& context) const {
    if (!frameVisible) {
        return;
    }
    QPainter& painter = *context.painter;
    painter.save();
    QPen pen(frameColor, context.pixels(frameWidthMm));
    pen.setJoinStyle(Qt::MiterJoin);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(context.pixelRect(rectMm));
    painter.restore();
}

}  // namespace gis
