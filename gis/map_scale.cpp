// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/map_scale.h"

#include "gis/coordinate_transform.h"

#include <geodesic.h>

#include <cmath>

namespace gis {

namespace {
constexpr double kWgs84SemiMajor = 6378137.0;
constexpr double kWgs84Flattening = 1.0 / 298.257223563;
constexpr double kSampleHalfWidthPixels = 50.0;
}  // namespace

double geodesicDistanceMetres(double lon1, double lat1, double lon2, double lat2) {
    geod_geodesic geodesic;
    geod_init(&geodesic, kWgs84SemiMajor, kWgs84Flattening);
    double distance = 0;
    geod_inverse(&geodesic, lat1, lon1, lat2, lon2, &distance, nullptr, nullptr);
    return distance;
}

double scaleDenominator(const MapSettings& settings) {
    if (!settings.isValid()) {
        return 0;
    }
    const QPointF center(settings.outputSize.width() / 2.0, settings.outputSize.height() / 2.0);
    QPointF left = settings.pixelToMap(center - QPointF(kSampleHalfWidthPixels, 0));
    QPointF right = settings.pixelToMap(center + QPointF(kSampleHalfWidthPixels, 0));
    const CoordinateTransform toLonLat(settings.crs, Crs::wgs84());
    left = toLonLat.transform(left);
    right = toLonLat.transform(right);
    const double metres = geodesicDistanceMetres(left.x(), left.y(), right.x(), right.y());
    const double outputMetres = 2 * kSampleHalfWidthPixels / settings.dpi * 0.0254;
    if (!std::isfinite(metres) || outputMetres <= 0) {
        return 0;
    }
    return metres / outputMetres;
}

}  // namespace gis
