// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gis/crs.h"
#include "gis/feature_source.h"
#include "gis/layout/atlas.h"
#include "gis/map_layer.h"

#include <QRectF>
#include <QString>

#include <memory>
#include <vector>

namespace gis {

/// Where a layout gets its map data: the layers of a map frame for a theme, the default view, the
/// coverage layers of an atlas and text variables ({title}). An application implements it over
/// its project; the layout engine knows nothing of projects. Used on the thread that renders.
class LayoutDataSource {
public:
    virtual ~LayoutDataSource();

    /// Render snapshots of the layers for `themeId` (empty: the layers as they are), bottom first,
    /// with layers outside their scale range at 1:`scaleDenominator` made invisible.
    virtual std::vector<MapLayer> layers(const QString& themeId, double scaleDenominator) const = 0;
    /// The layers of a frame following atlas `page`: by default layers(); a source may restrict
    /// them by the page's layerFilter.
    virtual std::vector<MapLayer> pageLayers(const QString& themeId, double scaleDenominator,
                                             const AtlasPage& page) const {
        (void)page;
        return layers(themeId, scaleDenominator);
    }
    virtual Crs defaultCrs() const = 0;
    /// The default view of a map frame, in defaultCrs().
    virtual QRectF defaultExtent() const = 0;
    /// An atlas coverage layer by name, restricted to `filter` (an OGR SQL WHERE clause; empty:
    /// all). Throws gis::Error naming the layer when there is no such layer.
    virtual std::shared_ptr<const FeatureSource> coverage(const QString& name,
                                                          const QString& filter) const = 0;
    /// The value of a text variable such as "title"; empty when unknown.
    virtual QString variable(const QString& name) const;
};

}  // namespace gis
