// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gis/label_candidate.h"
#include "gis/line_label_layout.h"

#include <QFont>
#include <QPainter>
#include <QRectF>

#include <vector>

namespace gis {

/// A label that found room: its text, the font it is drawn in, where its baseline starts and the
/// box it covers. A label along a line has its `glyphs` (its baseline is then its middle glyph's
/// centre); a horizontal label has none.
struct PlacedLabel {
    QString text;
    QFont font;
    QPointF baseline;
    QRectF box;
    LabelStyle style;
    std::vector<PlacedGlyph> glyphs;
};

/// Places labels from all layers without overlaps: the highest priority first, each tried at a few
/// positions around its anchor, or glyph by glyph along its line (see LineLabelLayout), none
/// allowed past the map's edge. Pure geometry, any thread.
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
