// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/map_settings.h"

#include <algorithm>

namespace gis {

bool MapSettings::isValid() const {
    return crs.isValid() && extent.width() > 0 && extent.height() > 0 && !outputSize.isEmpty();
}

double MapSettings::mapUnitsPerPixel() const {
    if (!isValid()) {
        return 1.0;
    }
    return std::max(extent.width() / outputSize.width(), extent.height() / outputSize.height());
}

QRectF MapSettings::visibleExtent() const {
    const double unitsPerPixel = mapUnitsPerPixel();
    const double width = unitsPerPixel * outputSize.width();
    const double height = unitsPerPixel * outputSize.height();
    const QPointF center = extent.center();
    return {center.x() - width / 2, center.y() - height / 2, width, height};
}

QTransform MapSettings::mapToPixel() const {
    const QRectF visible = visibleExtent();
    const double scale = 1.0 / mapUnitsPerPixel();
    // x' = (x - left) * s ; y' = (top_in_map - y) * s where top_in_map is the maximum y.
    return QTransform(scale, 0, 0, -scale, -visible.left() * scale, visible.bottom() * scale);
}

QPointF MapSettings::pixelToMap(const QPointF& pixel) const {
    return mapToPixel().inverted().map(pixel);
}

}  // namespace gis
