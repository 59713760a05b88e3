// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gis/crs.h"
#include "gis/handles.h"

#include <QPointF>
#include <QRectF>

#include <cstddef>

namespace gis {

/// Transforms coordinates from one CRS to another with PROJ, always in visualization axis order
/// (x = longitude/easting, y = latitude/northing), whatever order the CRS declares.
/// Not thread-safe: it uses the PROJ context of the thread that built it, so each thread builds
/// its own (render snapshots carry the two Crs values, not a transform).
class CoordinateTransform {
public:
    /// Throws gis::Error when PROJ has no operation between the two CRSs.
    CoordinateTransform(const Crs& source, const Crs& destination);

    const Crs& source() const { return source_; }
    const Crs& destination() const { return destination_; }
    bool isIdentity() const { return !pj_; }

    /// Returns NaN coordinates where the point cannot be transformed.
    QPointF transform(const QPointF& point) const;
    QPointF inverseTransform(const QPointF& point) const;

    /// Transforms arrays in place; failed points become NaN (HUGE_VAL from PROJ is mapped).
    void transformInPlace(double* x, double* y, std::size_t count) const;

    /// The bounding box of a transformed rectangle, densified along its edges so that curved
    /// edges are enclosed. Returns a null rectangle when it cannot be transformed.
    QRectF transformBounds(const QRectF& rect) const;

private:
    Crs source_;
    Crs destination_;
    ProjPtr pj_;
};

}  // namespace gis
