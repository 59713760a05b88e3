// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gis/measured_path.h"

#include <QFontMetricsF>
#include <QPolygonF>
#include <QRectF>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace gis {

/// One glyph of a label laid along a line. It is drawn in a frame turned by `angleDegrees`
/// (clockwise, as QPainter::rotate) about `center`, its baseline starting at `origin` in that
/// frame; `box` is the axis-aligned pixel box it covers, for collision tests.
struct PlacedGlyph {
    QString text;
    QPointF center;
    double angleDegrees = 0;
    QPointF origin;
    QRectF box;
};

/// Lays one label glyph by glyph along pixel polylines, each glyph centred on the line and turned
/// with it. It uses only the parts of a line inside the bounds, keeps the text upright (it reads
/// along the reversed line where the line runs right to left), skips stretches that bend more
/// sharply than the glyphs can follow, and repeats the label on long lines. Whether a position is
/// free is the caller's to say. Pure geometry, any thread.
class LineLabelLayout {
public:
    /// Splits `text` into graphemes and measures them with `metrics`.
    LineLabelLayout(const QString& text, const QFontMetricsF& metrics);

    /// The length of line the label needs, in pixels.
    double width() const { return width_; }

    /// Whether a glyph's pixel box is free to take (clear of what is already on the map).
    using Free = std::function<bool(const QRectF&)>;
    /// Takes a label's glyphs (true) or refuses them.
    using Take = std::function<bool(const std::vector<PlacedGlyph>&)>;

    /// The glyphs of the label on the stretch of `path` from `start` to start + width(), or
    /// nothing where the path is too short there, bends too sharply, would turn the text over or,
    /// when `free` is given, covers a box that is not free (it stops at the first such glyph).
    std::optional<std::vector<PlacedGlyph>> layoutAt(const MeasuredPath& path, double start,
                                                     const Free& free = {}) const;

    /// Offers positions on the parts of `path` inside `bounds` whose glyphs are all free to
    /// `take`: one label on each stretch of `spacing` pixels, tried first at the middle of its
    /// stretch, then at shifts either side. Returns how many were taken.
    int place(const QPolygonF& path, const QRectF& bounds, double spacing, const Free& free,
              const Take& take) const;

private:
    std::vector<QString> glyphs_;
    std::vector<double> advances_;
    double width_ = 0;
    double ascent_ = 0;
    double descent_ = 0;
};

}  // namespace gis
