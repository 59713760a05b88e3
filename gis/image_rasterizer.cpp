// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/image_rasterizer.h"

#include <agg_conv_dash.h>
#include <agg_conv_stroke.h>
#include <agg_pixfmt_rgba.h>
#include <agg_rasterizer_scanline_aa.h>
#include <agg_renderer_base.h>
#include <agg_renderer_scanline.h>
#include <agg_rendering_buffer.h>
#include <agg_scanline_u.h>

#include <QtEndian>

namespace gis {

namespace {

// ARGB32 pixels are 0xAARRGGBB words: B, G, R, A in memory on a little-endian machine.
static_assert(Q_BYTE_ORDER == Q_LITTLE_ENDIAN, "pixel layout assumes a little-endian machine");
using PixelFormat = agg::pixfmt_bgra32_pre;
using BaseRenderer = agg::renderer_base<PixelFormat>;

/// An AGG vertex source over a QPolygonF, so that points go to the rasterizer without copies.
class PolygonSource {
public:
    PolygonSource(const QPolygonF& points, bool closed) : points_(points), closed_(closed) {}

    void rewind(unsigned) { index_ = 0; }

    unsigned vertex(double* x, double* y) {
        const qsizetype count = points_.size();
        if (index_ < count) {
            *x = points_[index_].x();
            *y = points_[index_].y();
            return index_++ == 0 ? agg::path_cmd_move_to : agg::path_cmd_line_to;
        }
        if (closed_ && index_ == count && count > 0) {
            ++index_;
            return unsigned(agg::path_cmd_end_poly) | unsigned(agg::path_flags_close);
        }
        return agg::path_cmd_stop;
    }

private:
    const QPolygonF& points_;
    bool closed_;
    qsizetype index_ = 0;
};

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

    agg::rendering_buffer buffer;
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
    PolygonSource source(points, closed);
    if (pen.style() == Qt::SolidLine) {
        agg::conv_stroke<PolygonSource> stroke(source);
        setUpStroke(stroke, pen, width);
        engine_->render(stroke, paint);
        return;
    }
    // Qt's dash patterns are in pen widths (a hairline's in pixels).
    agg::conv_dash<PolygonSource> dash(source);
    const QList<qreal> pattern = pen.dashPattern();
    for (qsizetype i = 0; i + 1 < pattern.size(); i += 2) {
        dash.add_dash(pattern[i] * width, pattern[i + 1] * width);
    }
    dash.dash_start(pen.dashOffset() * width);
    agg::conv_stroke<agg::conv_dash<PolygonSource>> stroke(dash);
    setUpStroke(stroke, pen, width);
    engine_->render(stroke, paint);
}

}  // namespace gis
