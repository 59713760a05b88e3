// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gis/coordinate_transform.h"

#include <ogr_geometry.h>

#include <QPolygonF>
#include <QTransform>

#include <vector>

namespace gis {

/// The line strings of `geometry` (a line, a multi-line or a collection holding them) in output
/// pixels: reprojected with `toMap`, mapped with `mapToPixel`, vertices closer than a pixel dropped
/// and points that cannot be reprojected left out. Polygons and points give nothing. Pass the part
/// of the feature in view, so that labels go where the map shows the line. Any thread (the
/// transform belongs to the calling thread).
std::vector<QPolygonF> linePixelPaths(const OGRGeometry& geometry, const CoordinateTransform& toMap,
                                      const QTransform& mapToPixel);

}  // namespace gis
