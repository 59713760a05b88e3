// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gis/map_settings.h"

namespace gis {

/// The true scale denominator N of 1:N at the centre of the map: the geodesic length (WGS 84
/// ellipsoid) of a short horizontal segment through the centre, against its length on the output
/// at the settings' dpi. Correct in any CRS, geographic or projected. Returns 0 when undefined.
double scaleDenominator(const MapSettings& settings);

/// The geodesic distance in metres between two lon/lat points on the WGS 84 ellipsoid.
double geodesicDistanceMetres(double lon1, double lat1, double lon2, double lat2);

}  // namespace gis
