// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/measured_path.h"

#include <algorithm>
#include <cmath>

namespace gis {

MeasuredPath::MeasuredPath(QPolygonF points) : points_(std::move(points)) {
    distances_.reserve(points_.size());
    double total = 0;
    for (qsizetype i = 0; i < points_.size(); ++i) {
        if (i > 0) {
            // sqrt rather than QLineF::length's hypot: a tenth of the cost, and precise enough.
            const QPointF d = points_[i] - points_[i - 1];
            total += std::sqrt(d.x() * d.x() + d.y() * d.y());
        }
        distances_.push_back(total);
    }
}

QPointF MeasuredPath::pointAt(double distance) const {
    if (points_.isEmpty()) {
        return {};
    }
    if (distance <= 0 || points_.size() == 1) {
        return points_.front();
    }
    if (distance >= length()) {
        return points_.back();
    }
    // The first vertex beyond `distance`; the point lies on the segment that ends there.
    const auto after = std::upper_bound(distances_.begin(), distances_.end(), distance);
    const std::size_t end = std::size_t(after - distances_.begin());
    const double segment = distances_[end] - distances_[end - 1];
    const double t = segment > 0 ? (distance - distances_[end - 1]) / segment : 0.0;
    return points_[end - 1] + (points_[end] - points_[end - 1]) * t;
}

}  // namespace gis
