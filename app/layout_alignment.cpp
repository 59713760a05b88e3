// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/layout_alignment.h"

#include <vector>

namespace app {

void alignLayoutItems(gis::PrintLayout& layout, const QStringList& ids, LayoutAlignment alignment) {
    std::vector<gis::LayoutItem*> items;
    for (const QString& id : ids) {
        if (gis::LayoutItem* item = layout.item(id)) {
            items.push_back(item);
        }
    }
    if (items.empty()) {
        return;
    }
    QRectF bounds =
        items.size() == 1 ? QRectF(QPointF(0, 0), layout.page.sizeMm()) : items.front()->rectMm;
    if (items.size() > 1) {
        for (const gis::LayoutItem* item : items) {
            bounds = bounds.united(item->rectMm);
        }
    }
    for (gis::LayoutItem* item : items) {
        QRectF& r = item->rectMm;
        switch (alignment) {
            case LayoutAlignment::Left:
                r.moveLeft(bounds.left());
                break;
            case LayoutAlignment::Right:
                r.moveRight(bounds.right());
                break;
            case LayoutAlignment::Top:
                r.moveTop(bounds.top());
                break;
            case LayoutAlignment::Bottom:
                r.moveBottom(bounds.bottom());
                break;
            case LayoutAlignment::HorizontalCentre:
                r.moveCenter(QPointF(bounds.center().x(), r.center().y()));
                break;
            case LayoutAlignment::VerticalCentre:
                r.moveCenter(QPointF(r.center().x(), bounds.center().y()));
                break;
        }
    }
}

}  // namespace app
