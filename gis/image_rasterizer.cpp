// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/image_rasterizer.h"

#include <agg_conv_dash.h>
#include <agg_conv_stroke.h>
#include <agg_pixfmt_rgba.h>
#include <agg_rasterizer_outline_aa.h>
#include <agg_rasterizer_scanline_aa.h>
#include <agg_renderer_base.h>
#include <agg_renderer_outline_aa.h>
#include <agg_renderer_scanline.h>
#include <agg_rendering_buffer.h>
#include <agg_scanline_u.h>

#include <QtEndian>

#include <cmath>
#include <map>
#include <optional>

namespace gis {

namespace {

// ARGB32 pixels are 0xAARRGGBB words: B, G, R, A in memory on a little-endian machine.
static_assert(Q_BYTE_ORDER == Q_LITTLE_ENDIAN, "pixel layout assumes a little-endian machine");
using PixelFormat = agg::pixfmt_bgra32_pre;
using BaseRenderer = agg::renderer_base<PixelFormat>;
using OutlineRenderer = agg::renderer_outline_aa<BaseRenderer>;

/// Solid lines up to this width go through AGG's outline renderer, which draws antialiased lines
/// directly, a third faster than stroking them into polygons; its joins are always round, which
/// at this width cannot be told from a bevel or a miter.
constexpr double kOutlineWidthPixels = 4.0;
/// How far from the image's corner the outline renderer's points may lie (see stroke()).
constexpr double kOutlineReachPixels = 100000;

/// An AGG vertex source over points held elsewhere, so that they go to the rasterizer uncopied.
class PolygonSource {
public:
    PolygonSource(const QPointF* points, qsizetype count, bool closed)
        : points_(points), count_(count), closed_(closed) {}
    PolygonSource(const QPolygonF& points, bool closed)
        : PolygonSource(points.constData(), points.size(), closed) {}

    void rewind(unsigned) { index_ = 0; }

    unsigned vertex(double* x, double* y) {
        if (index_ < count_) {
            *x = points_[index_].x();
            *y = points_[index_].y();
            return index_++ == 0 ? agg::path_cmd_move_to : agg::path_cmd_line_to;
        }
        if (closed_ && index_ == count_ && count_ > 0) {
            ++index_;
            return unsigned(agg::path_cmd_end_poly) | unsigned(agg::path_flags_close);
        }
        return agg::path_cmd_stop;
    }

private:
    const QPointF* points_;
    qsizetype count_;
    bool closed_;
    qsizetype index_ = 0;
};

/// A stretch of a polyline that comes near the image: points [first, last], and how far along
/// the line it starts (for the dash pattern to go on where it was).
struct Run {
    qsizetype first = 0;
    qsizetype last = 0;
    double startLength = 0;
};

bool segmentNear(const QPointF& a, const QPointF& b, const QRectF& area) {
    return std::max(a.x(), b.x()) >= area.left() && std::min(a.x(), b.x()) <= area.right() &&
           std::max(a.y(), b.y()) >= area.top() && std::min(a.y(), b.y()) <= area.bottom();
}

/// The runs of consecutive segments of `points` whose boxes meet `area`. Each run ends on a point
/// of a segment that misses `area`, so the caps and joins cut there stay outside it. Where runs
/// start along the line is measured only when asked (a dashed line needs it).
std::vector<Run> runsNear(const QPolygonF& points, const QRectF& area, bool measured) {
    std::vector<Run> runs;
    std::optional<Run> open;
    double length = 0;
    for (qsizetype i = 0; i + 1 < points.size(); ++i) {
        const QPointF& a = points[i];
        const QPointF& b = points[i + 1];
        const bool near = segmentNear(a, b, area);
        if (near && !open) {
            open = Run{i, i, length};
        } else if (!near && open) {
            open->last = i;
            runs.push_back(*open);
            open.reset();
        }
        if (measured) {
            length += std::hypot(b.x() - a.x(), b.y() - a.y());
        }
    }
    if (open) {
        open->last = points.size() - 1;
        runs.push_back(*open);
    }
    return runs;
}

agg::rgba8 premultiplied(const QColor& color, double opacity) {
    const QRgb rgb = color.rgba();
    const int alpha = qBound(0, qRound(qAlpha(rgb) * opacity), 255);
    return agg::rgba8(qRed(rgb), qGreen(rgb), qBlue(rgb), alpha).premultiply();
}

agg::line_join_e joinOf(Qt::PenJoinStyle join) {
    switch (join) {
        case Qt::RoundJoin:
            return agg::round_join;
        case Qt::BevelJoin:
            return agg::bevel_join;
        default:
            return agg::miter_join_revert;
    }
}

agg::line_cap_e capOf(Qt::PenCapStyle cap) {
    switch (cap) {
        case Qt::RoundCap:
            return agg::round_cap;
        case Qt::SquareCap:
            return agg::square_cap;
        default:
            return agg::butt_cap;
    }
}

template <class Source>
void setUpStroke(agg::conv_stroke<Source>& stroke, const QPen& pen, double width) {
    stroke.width(width);
    stroke.line_join(joinOf(pen.joinStyle()));
    stroke.line_cap(capOf(pen.capStyle()));
    stroke.miter_limit(pen.miterLimit());
}

/// Strokes one open or closed line; `startLength` is how far along its whole line it begins.
/// `asOutline`: draw it with the outline renderer, if the pen allows.
template <class Engine>
void strokeRun(Engine& engine, PolygonSource source, const QPen& pen, double width,
               double startLength, const agg::rgba8& paint, bool asOutline) {
    if (asOutline && pen.style() == Qt::SolidLine && width <= kOutlineWidthPixels &&
        pen.capStyle() != Qt::SquareCap) {
        OutlineRenderer outline(engine.renderer, engine.profile(width));
        outline.color(paint);
        // No clip_box(): AGG's clipped outline lines can loop forever. Lines reach here already cut
        // to the view and to the stretches near the image, and renderer_base clips each pixel.
        agg::rasterizer_outline_aa<OutlineRenderer> lines(outline);
        lines.line_join(agg::outline_round_join);
        lines.round_cap(pen.capStyle() == Qt::RoundCap);
        lines.add_path(source);
        return;
    }
    if (pen.style() == Qt::SolidLine) {
        agg::conv_stroke<PolygonSource> stroke(source);
        setUpStroke(stroke, pen, width);
        engine.render(stroke, paint);
        return;
    }
    // Qt's dash patterns are in pen widths (a hairline's in pixels).
    agg::conv_dash<PolygonSource> dash(source);
    const QList<qreal> pattern = pen.dashPattern();
    for (qsizetype i = 0; i + 1 < pattern.size(); i += 2) {
        dash.add_dash(pattern[i] * width, pattern[i + 1] * width);
    }
    dash.dash_start(pen.dashOffset() * width + startLength);
    agg::conv_stroke<agg::conv_dash<PolygonSource>> stroke(dash);
    setUpStroke(stroke, pen, width);
    engine.render(stroke, paint);
}

}  // namespace

struct ImageRasterizer::Engine {
    explicit Engine(QImage& image)
        // constBits(): a QPainter open on the image has already detached it; bits() would detach
        // again if anything else shared it, and the painter would go on drawing elsewhere.
        : buffer(const_cast<uchar*>(image.constBits()), image.width(), image.height(),
                 int(image.bytesPerLine())),
          pixels(buffer),
          renderer(pixels) {
        rasterizer.clip_box(0, 0, image.width(), image.height());
    }

    template <class Source>
    void render(Source& source, const agg::rgba8& color) {
        rasterizer.reset();
        rasterizer.add_path(source);
        agg::render_scanlines_aa_solid(rasterizer, scanline, renderer, color);
    }

    /// The outline renderer's line profile for `width`, built once per width (a table per width).
    agg::line_profile_aa& profile(double width) {
        std::unique_ptr<agg::line_profile_aa>& made = profiles[width];
        if (!made) {
            made = std::make_unique<agg::line_profile_aa>(width, agg::gamma_none());
        }
        return *made;
    }

    agg::rendering_buffer buffer;
    std::map<double, std::unique_ptr<agg::line_profile_aa>> profiles;
    PixelFormat pixels;
    BaseRenderer renderer;
    agg::rasterizer_scanline_aa<> rasterizer;
    agg::scanline_u8 scanline;
};

ImageRasterizer::ImageRasterizer(QImage& image) : engine_(std::make_unique<Engine>(image)) {}

ImageRasterizer::~ImageRasterizer() = default;

bool ImageRasterizer::supports(const QImage& image) {
    return image.format() == QImage::Format_ARGB32_Premultiplied;
}

bool ImageRasterizer::supports(const QPen& pen) {
    switch (pen.style()) {
        case Qt::NoPen:
        case Qt::SolidLine:
        case Qt::DashLine:
        case Qt::DotLine:
        case Qt::DashDotLine:
        case Qt::DashDotDotLine:
            return true;
        default:
            return false;
    }
}

void ImageRasterizer::fill(const std::vector<QPolygonF>& rings, const QColor& color,
                           double opacity) {
    const agg::rgba8 paint = premultiplied(color, opacity);
    if (paint.a == 0) {
        return;
    }
    auto& rasterizer = engine_->rasterizer;
    rasterizer.reset();
    rasterizer.filling_rule(agg::fill_even_odd);
    for (const QPolygonF& ring : rings) {
        PolygonSource source(ring, true);
        rasterizer.add_path(source);
    }
    agg::render_scanlines_aa_solid(rasterizer, engine_->scanline, engine_->renderer, paint);
    rasterizer.filling_rule(agg::fill_non_zero);
}

void ImageRasterizer::stroke(const QPolygonF& points, bool closed, const QPen& pen,
                             double opacity) {
    const agg::rgba8 paint = premultiplied(pen.color(), opacity);
    if (paint.a == 0 || pen.style() == Qt::NoPen || points.size() < 2) {
        return;
    }
    // Qt draws cosmetic and zero-width pens one pixel wide.
    const double width = pen.isCosmetic() || pen.widthF() <= 0 ? 1.0 : pen.widthF();
    // How far a stroke reaches from its line: a miter join the furthest, plus antialiasing.
    const double reach = width * std::max(1.0, pen.miterLimit()) + 2;
    const QRectF area = QRectF(0, 0, engine_->buffer.width(), engine_->buffer.height())
                            .adjusted(-reach, -reach, reach, reach);
    const QRectF bounds = points.boundingRect();
    // The outline renderer works in integer 1/256 pixels: far-off points would overflow it, and
    // every pixel of its lines is visited. Such lines are stroked, clipped, instead.
    const bool asOutline = QRectF(-kOutlineReachPixels, -kOutlineReachPixels,
                                  2 * kOutlineReachPixels, 2 * kOutlineReachPixels)
                               .contains(bounds);
    if (area.contains(bounds)) {
        strokeRun(*engine_, PolygonSource(points, closed), pen, width, 0, paint, asOutline);
        return;
    }
    // Only the stretches near the image are stroked: a line that mostly runs outside it (a long
    // road seen in one band of the map) costs what its visible part costs.
    QPolygonF path = points;
    if (closed) {
        path << points.front();
    }
    for (const Run& run : runsNear(path, area, pen.style() != Qt::SolidLine)) {
        strokeRun(*engine_,
                  PolygonSource(path.constData() + run.first, run.last - run.first + 1, false), pen,
                  width, run.startLength, paint, asOutline);
    }
}

}  // namespace gis
