// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/gauss_kruger_locator.h"

#include "gis/gauss_kruger.h"

#include <cmath>

namespace gis {

std::optional<GaussKrugerPosition> GaussKrugerLocator::locate(const QPointF& lonLat) {
    if (!std::isfinite(lonLat.x()) || !std::isfinite(lonLat.y()) || std::abs(lonLat.y()) > 84) {
        return std::nullopt;
    }
    const int zone = gaussKrugerZone3(lonLat.x());
    const int epsg = gaussKrugerZone3Epsg(zone);
    if (epsg == 0) {
        return std::nullopt;
    }
    auto& transform = transforms_[epsg];
    if (!transform) {
        // WGS 84 and CGCS2000 agree within centimetres; PROJ applies no datum shift between them.
        transform = std::make_unique<CoordinateTransform>(Crs::wgs84(), Crs::fromEpsg(epsg));
    }
    const QPointF eastNorth = transform->transform(lonLat);
    if (!std::isfinite(eastNorth.x())) {
        return std::nullopt;
    }
    return GaussKrugerPosition{zone, epsg, eastNorth.x(), eastNorth.y()};
}

}  // namespace gis
