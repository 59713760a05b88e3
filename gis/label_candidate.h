// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gis/style.h"

#include <QPointF>
#include <QString>

namespace gis {

/// A label a layer renderer would like drawn: its text and anchor in output pixels, how far from
/// the anchor it must stay (the marker's radius), and its priority across all layers.
struct LabelCandidate {
    QString text;
    QPointF anchor;
    double clearancePixels = 0;
    int priority = 0;
    LabelStyle style;
};

}  // namespace gis
