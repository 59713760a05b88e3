// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gis/handles.h"

#include <ogr_geometry.h>

#include <QRectF>

namespace gis {

/// Cuts geometries to a rectangle with GEOS's fast rectangle clipping, so that a huge polygon seen
/// up close reaches the painter as a small one (QPainter's fixed-point rasterizer misdraws
/// coordinates far outside the device). One instance per thread: it owns a GEOS context.
class RectClipper {
public:
    explicit RectClipper(const QRectF& rect);

    /// True when the geometry's envelope lies inside the rectangle and needs no clipping.
    bool contains(const OGRGeometry& geometry) const;
    /// The part of `geometry` inside the rectangle; null when nothing is inside or GEOS failed.
    OGRGeometryUniquePtr clip(const OGRGeometry& geometry) const;

private:
    QRectF rect_;
    GeosContextPtr context_;
};

}  // namespace gis
