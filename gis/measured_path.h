// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPolygonF>

#include <vector>

namespace gis {

/// A pixel polyline that knows the distance along it to each vertex, so that points at a distance
/// are found by binary search. A value type; any thread.
class MeasuredPath {
public:
    explicit MeasuredPath(QPolygonF points);

    double length() const { return distances_.empty() ? 0.0 : distances_.back(); }
    /// The point `distance` pixels along the path, clamped to its ends.
    QPointF pointAt(double distance) const;
    const QPolygonF& points() const { return points_; }

private:
    QPolygonF points_;
    std::vector<double> distances_;
};

}  // namespace gis
