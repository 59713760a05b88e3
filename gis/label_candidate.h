// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gis/style.h"

#include <QPointF>
#include <QPolygonF>
#include <QString>

#include <cstdint>
#include <vector>

namespace gis {

/// A label a layer renderer would like drawn: its text and anchor in output pixels, how far from
/// the anchor it must stay (the marker's radius), and its priority across all layers. A label
/// whose style places it along lines carries the visible parts of its line in `linePaths` (output
/// pixels, see linePixelPaths()); without them it is placed around the anchor.
struct LabelCandidate {
    QString text;
    QPointF anchor;
    double clearancePixels = 0;
    int priority = 0;
    LabelStyle style;
    std::vector<QPolygonF> linePaths;
    /// The labelled feature's id: a layer's labels are offered in this order, however the map was
    /// cut up to draw it.
    std::int64_t featureId = 0;
};

}  // namespace gis
