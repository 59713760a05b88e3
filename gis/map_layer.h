// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gis/feature_source.h"
#include "gis/raster/raster_style.h"
#include "gis/style.h"

#include <QString>

#include <cstdint>
#include <memory>
#include <set>

namespace gis {

class RasterSource;

/// Ids of features a render leaves out.
using FeatureIdSet = std::set<std::int64_t>;

/// A layer as the renderer sees it: a shared read-only source plus the style and visibility to draw
/// it with. A layer has either a vector `source` or a `raster`, never both. A value type; copying
/// one is how a render snapshot is taken.
struct MapLayer {
    QString id;
    QString name;
    std::shared_ptr<const FeatureSource> source;
    Style style;
    bool visible = true;
    double opacity = 1.0;
    std::shared_ptr<const RasterSource> raster;
    RasterStyle rasterStyle;
    /// The excluded-feature filter: features of `source` not drawn (an editor shows their
    /// unsaved versions itself). Null: all are drawn.
    std::shared_ptr<const FeatureIdSet> excludedFeatures;
};

}  // namespace gis
