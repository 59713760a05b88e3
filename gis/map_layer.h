// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gis/feature_source.h"
#include "gis/raster/raster_style.h"
#include "gis/style.h"

#include <QString>

#include <memory>

namespace gis {

class RasterSource;

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
};

}  // namespace gis
