// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <ogr_geometry.h>

#include <QVariant>

#include <cstdint>
#include <vector>

namespace gis {

/// One feature as a query returns it: its id, the attribute values of the requested columns (in
/// the order the query named them) and its geometry in the source's CRS.
struct Feature {
    std::int64_t id = -1;
    std::vector<QVariant> attributes;
    OGRGeometryUniquePtr geometry;
};

}  // namespace gis
