// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gis/coordinate_transform.h"

#include <QPointF>

#include <map>
#include <memory>
#include <optional>

namespace gis {

/// A position in the CGCS2000 3° Gauss–Krüger zone under it. `easting` carries the zone number
/// in front (as EPSG:4522/4523 define it), and the axes are given as east and north explicitly,
/// whatever order the EPSG definition declares.
struct GaussKrugerPosition {
    int zone = 0;
    int epsg = 0;
    double easting = 0;
    double northing = 0;
};

/// Finds the 3° Gauss–Krüger zone of a lon/lat point and its coordinates there. Keeps one
/// transform per zone it has met. Not thread-safe (one per thread, like CoordinateTransform).
class GaussKrugerLocator {
public:
    std::optional<GaussKrugerPosition> locate(const QPointF& lonLat);

private:
    std::map<int, std::unique_ptr<CoordinateTransform>> transforms_;
};

}  // namespace gis
