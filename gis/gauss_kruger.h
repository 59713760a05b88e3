// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gis/crs.h"

namespace gis {

/// The CGCS2000 3-degree Gauss–Krüger zone whose central meridian is nearest to `longitude`
/// (zone n has its central meridian at 3n °E).
int gaussKrugerZone3(double longitude);

/// EPSG code of the CGCS2000 3° Gauss–Krüger CRS with the zone number in the easting
/// (EPSG:4513 zone 25 … EPSG:4533 zone 45; 4522 is zone 34 at 102°E). Returns 0 outside 25–45.
int gaussKrugerZone3Epsg(int zone);

}  // namespace gis
