// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/layout_item_factory.h"

#include "gis/layout/legend_item.h"
#include "gis/layout/map_frame_item.h"
#include "gis/layout/north_arrow_item.h"
#include "gis/layout/picture_item.h"
#include "gis/layout/scale_bar_item.h"
#include "gis/layout/shape_item.h"
#include "gis/layout/text_item.h"

namespace app {

QString LayoutItemFactory::uniqueId(const gis::PrintLayout& layout, const QString& stem) {
    QString id = stem;
    for (int n = 2; layout.item(id); ++n) {
        id = stem + QString::number(n);
    }
    return id;
}

std::unique_ptr<gis::LayoutItem> LayoutItemFactory::create(const gis::PrintLayout& layout,
                                                           gis::LayoutItemKind kind) {
    const gis::MapFrameItem* frame = layout.mainFrame();
    const QString frameId = frame ? frame->id : QString();
    std::unique_ptr<gis::LayoutItem> item;
    QSizeF size(40, 20);
    switch (kind) {
        case gis::LayoutItemKind::Text: {
            auto text = std::make_unique<gis::TextItem>();
            text->text = tr("Text");
            text->fontSizePt = 12;
            size = QSizeF(60, 12);
            item = std::move(text);
            break;
        }
        case gis::LayoutItemKind::Picture:
            item = std::make_unique<gis::PictureItem>();
            break;
        case gis::LayoutItemKind::Shape:
            item = std::make_unique<gis::ShapeItem>();
            break;
        case gis::LayoutItemKind::Legend: {
            auto legend = std::make_unique<gis::LegendItem>();
            legend->frameId = frameId;
            legend->title = tr("Legend");
            size = QSizeF(50, 70);
            item = std::move(legend);
            break;
        }
        case gis::LayoutItemKind::ScaleBar: {
            auto bar = std::make_unique<gis::ScaleBarItem>();
            bar->frameId = frameId;
            size = QSizeF(70, 14);
            item = std::move(bar);
            break;
        }
        case gis::LayoutItemKind::NorthArrow: {
            auto arrow = std::make_unique<gis::NorthArrowItem>();
            arrow->frameId = frameId;
            size = QSizeF(15, 20);
            item = std::move(arrow);
            break;
        }
        case gis::LayoutItemKind::MapFrame: {
            auto map = std::make_unique<gis::MapFrameItem>();
            if (frame) {
                map->crs = frame->crs;
                map->themeId = frame->themeId;
            }
            map->frameVisible = true;
            size = QSizeF(100, 80);
            item = std::move(map);
            break;
        }
    }
    item->id = uniqueId(layout, gis::LayoutItem::kindName(kind).toLower());
    item->rectMm = QRectF(QPointF(20, 20), size);
    return item;
}

}  // namespace app
