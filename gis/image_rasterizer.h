// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QImage>
#include <QPen>
#include <QPolygonF>

#include <memory>
#include <vector>

namespace gis {

/// Rasterizes antialiased polygon fills and strokes (width, dashes, joins, caps) straight into a
/// QImage's pixels with Anti-Grain Geometry. Images only: PDF, SVG and printers keep QPainter's
/// vectors. Strokes wider than a hairline cost QPainter's general stroker most of a map's render
/// time; AGG's stroker and scanline rasterizer draw the same picture several times faster.
/// It writes into the image's buffer without detaching it, so it can take turns with a QPainter
/// that is open on the same image (both draw at once, in call order). One instance per thread.
class ImageRasterizer {
public:
    /// `image` must outlive the rasterizer and be ARGB32_Premultiplied (see supports()).
    explicit ImageRasterizer(QImage& image);
    ~ImageRasterizer();
    ImageRasterizer(const ImageRasterizer&) = delete;
    ImageRasterizer& operator=(const ImageRasterizer&) = delete;

    static bool supports(const QImage& image);
    /// Whether `pen` can be stroked here: none, solid or one of Qt's standard dash styles.
    static bool supports(const QPen& pen);

    /// Fills the rings (outer ring and holes alike) with the odd-even rule, as QPainter does.
    void fill(const std::vector<QPolygonF>& rings, const QColor& color, double opacity);
    /// Strokes `points` with the pen's colour, width, style, join and cap; a cosmetic pen is one
    /// pixel wide. `closed` joins the last point back to the first. Solid lines up to 3 pixels
    /// wide are drawn as antialiased lines with round joins, not stroked.
    void stroke(const QPolygonF& points, bool closed, const QPen& pen, double opacity);

private:
    struct Engine;
    std::unique_ptr<Engine> engine_;
};

}  // namespace gis
