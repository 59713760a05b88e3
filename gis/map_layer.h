// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gis/feature_source.h"
#include "gis/style.h"

#include <QString>

#include <memory>

namespace gis {

/// A layer as the renderer sees it: a shared read-only source plus the style and visibility to draw
/// it with. A value type; copying one is how a render snapshot is taken.
struct MapLayer {
    QString id;
    QString name;
    std::shared_ptr<const FeatureSource> source;
    Style style;
    bool visible = true;
    double opacity = 1.0;
};

}  // namespace gis
