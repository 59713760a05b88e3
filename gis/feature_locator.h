// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gis/map_layer.h"

#include <QPointF>

#include <cstdint>
#include <optional>
#include <vector>

namespace gis {

/// A feature found under the cursor: its layer, id, distance from the click (0 inside a polygon),
/// and the geometry in the layer's CRS.
struct LocatedFeature {
    QString layerId;
    std::int64_t fid = -1;
    double distance = 0;
    std::shared_ptr<const OGRGeometry> geometry;
    /// Every field of the feature as text, in the layer's order.
    std::vector<std::pair<QString, QString>> attributes;
};

/// Finds the features of layers at a map point within a tolerance, for identify and selection.
/// Reads only the features whose boxes touch the tolerance square (spatial index). Any thread;
/// each call opens its own handles.
class FeatureLocator {
public:
    /// The features of `layer` within `tolerance` (map units) of `mapPoint` (map CRS `mapCrs`),
    /// nearest first; none of the layer's excluded features.
    static std::vector<LocatedFeature> locate(const MapLayer& layer, const Crs& mapCrs,
                                              const QPointF& mapPoint, double tolerance);

    /// The nearest feature among `layers`, trying the topmost (last) layer first, or nothing.
    static std::optional<LocatedFeature> topmost(const std::vector<MapLayer>& layers,
                                                 const Crs& mapCrs, const QPointF& mapPoint,
                                                 double tolerance);
};

}  // namespace gis
