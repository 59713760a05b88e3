// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gis/label_candidate.h"

#include <QFont>
#include <QPainter>
#include <QRectF>

#include <vector>

namespace gis {

/// A label that found room: its text, the font it is drawn in, and where its baseline starts.
struct PlacedLabel {
    QString text;
    QFont font;
    QPointF baseline;
    QRectF box;
    LabelStyle style;
};

/// Places labels from all layers without overlaps: the highest priority first, each tried at a few
/// positions around its anchor, none allowed past the map's edge. Pure geometry, any thread.
class LabelPlacer {
public:
    LabelPlacer(QRectF bounds, double dpi);

    /// `obstacles` (point symbols on the map, in pixels) are kept clear like placed labels.
    std::vector<PlacedLabel> place(std::vector<LabelCandidate> candidates,
                                   const std::vector<QRectF>& obstacles = {}) const;
    void draw(QPainter& painter, const std::vector<PlacedLabel>& labels) const;
    /// The font a label style is drawn with at this placer's dpi.
    QFont fontFor(const LabelStyle& style) const;

private:
    QRectF bounds_;
    double dpi_;
};

}  // namespace gis
