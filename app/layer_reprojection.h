// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gis/crs.h"

#include <ogr_geometry.h>

namespace app {

/// A copy of `geometry` moved from `from` to `to` (either null: taken as lon/lat EPSG:4326), with
/// no spatial reference attached. How the editing classes pass geometries between the canvas (map
/// CRS), the drawing tools (lon/lat) and a layer (its own CRS).
OGRGeometryUniquePtr reprojected(const OGRGeometry& geometry, const OGRSpatialReference* from,
                                 const OGRSpatialReference* to);

/// The OGR form of a map CRS, in lon/lat (x, y) order.
OGRSpatialReference ogrSrs(const gis::Crs& crs);

}  // namespace app
