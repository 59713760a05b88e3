// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "gis/crs.h"
#include "gis/layout/layout_item.h"
#include "gis/layout/map_grid.h"

#include <vector>

namespace gis {

struct AtlasPage;
class LayoutDataSource;
struct MapFrameState;

/// A map on the page: its own CRS, view (an extent, or a centre at an exact scale 1:N) and theme
/// (the layer set a LayoutDataSource gives for `themeId`), with optional grids. An inset locator
/// map names the frame it locates in `locatorOf` and outlines that frame's extent. On an atlas
/// page a frame that follows the atlas shows the page's feature.
class MapFrameItem : public LayoutItem {
    Q_DECLARE_TR_FUNCTIONS(MapFrameItem)

public:
    LayoutItemKind kind() const override { return LayoutItemKind::MapFrame; }
    std::unique_ptr<LayoutItem> clone() const override;
    void draw(LayoutPaintContext& context) const override;

    /// Where and what this frame shows when drawn at `dpi` (device pixels from the page corner).
    /// `locatedFrame` is the state of the frame this one locates, if any. Throws gis::Error when
    /// the view cannot be computed (no CRS, an extent PROJ cannot transform).
    MapFrameState state(double dpi, const LayoutDataSource& data, const AtlasPage* atlasPage) const;

    /// Empty: the data source's default CRS.
    Crs crs;
    /// In `crs`; empty: the data source's default view.
    QRectF extent;
    /// 0: fit `extent`; otherwise the frame shows 1:N at its centre (geodesic, as the scale bar).
    double scaleDenominator = 0;
    QString themeId;
    std::vector<MapGrid> grids;
    QString locatorOf;
    bool followsAtlas = true;
    QColor locatorColor = QColor(220, 30, 30);

protected:
    void writeProperties(QJsonObject& json) const override;
    void readProperties(const QJsonObject& json) override;
};

}  // namespace gis
