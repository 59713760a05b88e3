// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gis/coordinate_transform.h"

#include <QPointF>
#include <QRectF>
#include <QTransform>

#include <vector>

namespace gis {

/// Source coordinates → output pixels for a whole rectangle of the source, by bilinear
/// interpolation between the corners of a grid of exactly reprojected points. Reprojecting every
/// vertex with PROJ (a Gauss–Krüger view of lon/lat data) took a fifth of a render; the map
/// projections used here are smooth, so over a map view a fine grid is exact to a small fraction
/// of a pixel. The grid is checked when built: where it would be off by more than `tolerance`
/// pixels anywhere (at cell centres and edge midpoints, where bilinear error peaks), it refines,
/// and gives up (isUsable() false) rather than draw anything misplaced.
class PixelGridTransform {
public:
    PixelGridTransform(const CoordinateTransform& toMap, const QTransform& mapToPixel,
                       const QRectF& sourceRect, double tolerancePixels = 0.05);

    bool isUsable() const { return usable_; }
    bool covers(double x, double y) const {
        return x >= left_ && x <= right_ && y >= top_ && y <= bottom_;
    }
    /// The pixel for a source point that covers() holds for.
    QPointF map(double x, double y) const;

private:
    bool build(int cells);
    QPointF exact(double x, double y) const;

    const CoordinateTransform& toMap_;
    QTransform mapToPixel_;
    double left_ = 0, top_ = 0, right_ = 0, bottom_ = 0;
    int cells_ = 0;
    double cellWidth_ = 0, cellHeight_ = 0;
    double tolerance_ = 0;
    std::vector<QPointF> nodes_;  // (cells_ + 1)² pixels, row by row from `top_`
    bool usable_ = false;
};

}  // namespace gis
