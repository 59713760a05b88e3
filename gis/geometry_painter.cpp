// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/geometry_painter.h"

#include "gis/image_rasterizer.h"

#include <ogr_api.h>

#include <QCoreApplication>
#include <QPaintEngine>
#include <QPainterPath>
#include <QSvgRenderer>

#include <cmath>

namespace gis {

namespace {

constexpr double kMinimumVertexSpacingPixels = 0.5;
/// Lines and polygons are clipped outside the view by 5 % of its longer side (LayerRenderer): the
/// grid reaches further.
constexpr double kGridMargin = 0.06;
constexpr double kCosmeticWidthPixels = 1.5;
constexpr double kRoundJoinWidthPixels = 4.0;

bool isRaster(const QPainter& painter) {
    return painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Raster;
}

QString spriteKey(const Symbol& symbol) {
    return QStringLiteral("%1|%2|%3|%4|%5|%6|%7")
        .arg(int(symbol.markerShape))
        .arg(symbol.markerSizeMm)
        .arg(symbol.fillColor.rgba())
        .arg(symbol.strokeColor.rgba())
        .arg(symbol.strokeWidthMm)
        .arg(int(symbol.strokeStyle))
        .arg(symbol.svgMarker);
}

QPen penFor(const Symbol& symbol, double pixelsPerMillimetre) {
    if (symbol.strokeStyle == Qt::NoPen || symbol.strokeColor.alpha() == 0) {
        return Qt::NoPen;
    }
    const double width = std::max(0.0, symbol.strokeWidthMm * pixelsPerMillimetre);
    QPen pen(symbol.strokeColor, width);
    pen.setStyle(symbol.strokeStyle);
    if (width <= kCosmeticWidthPixels && symbol.strokeStyle == Qt::SolidLine) {
        // Hairlines take Qt's fast cosmetic stroker instead of the general one; at this width
        // joins and caps cannot be told apart anyway.
        pen.setWidthF(1.0);
        pen.setCosmetic(true);
        return pen;
    }
    // Round joins cost the stroker curves at every vertex; below a few pixels a bevel looks the
    // same.
    const bool round = width > kRoundJoinWidthPixels;
    pen.setJoinStyle(round ? Qt::RoundJoin : Qt::BevelJoin);
    pen.setCapStyle(round ? Qt::RoundCap : Qt::FlatCap);
    return pen;
}

QPolygonF regularPolygon(const QPointF& center, double radius, int corners, double startDegrees,
                         double innerRatio = 1.0) {
    QPolygonF polygon;
    const int steps = innerRatio < 1.0 ? corners * 2 : corners;
    for (int i = 0; i < steps; ++i) {
        const double angle = (startDegrees + 360.0 * i / steps) * M_PI / 180.0;
        const double r = (innerRatio < 1.0 && i % 2 == 1) ? radius * innerRatio : radius;
        polygon << center + QPointF(r * std::cos(angle), -r * std::sin(angle));
    }
    return polygon;
}

}  // namespace

namespace {

QRectF gridRect(const QRectF& view) {
    const double margin = std::max(view.width(), view.height()) * kGridMargin;
    return view.adjusted(-margin, -margin, margin, margin);
}

}  // namespace

GeometryPainter::GeometryPainter(const CoordinateTransform& toMap, const QTransform& mapToPixel,
                                 double pixelsPerMillimetre, const QRectF& visibleSourceRect)
    : toMap_(toMap),
      mapToPixel_(mapToPixel),
      pixelsPerMillimetre_(pixelsPerMillimetre),
      visibleSourceRect_(visibleSourceRect),
      // Over the view and the margin that clipped geometries keep outside it.
      grid_(toMap, mapToPixel, gridRect(visibleSourceRect)) {}

GeometryPainter::~GeometryPainter() = default;

namespace {

/// The area centroid of a hole-free polygon when it falls inside it (most parcels and zones);
/// nothing otherwise, so the caller falls back to GEOS's point-on-surface.
std::optional<OGRPoint> ringCentroidInside(const OGRPolygon& polygon) {
    const OGRLinearRing* ring = polygon.getExteriorRing();
    if (!ring || polygon.getNumInteriorRings() > 0 || ring->getNumPoints() < 4) {
        return std::nullopt;
    }
    QPolygonF points;
    points.reserve(ring->getNumPoints());
    for (int i = 0; i < ring->getNumPoints(); ++i) {
        points << QPointF(ring->getX(i), ring->getY(i));
    }
    double area = 0;
    double cx = 0;
    double cy = 0;
    for (qsizetype i = 0; i + 1 < points.size(); ++i) {
        const double cross = points[i].x() * points[i + 1].y() - points[i + 1].x() * points[i].y();
        area += cross;
        cx += (points[i].x() + points[i + 1].x()) * cross;
        cy += (points[i].y() + points[i + 1].y()) * cross;
    }
    if (std::abs(area) < 1e-18) {
        return std::nullopt;
    }
    const QPointF centroid(cx / (3 * area), cy / (3 * area));
    if (!points.containsPoint(centroid, Qt::OddEvenFill)) {
        return std::nullopt;
    }
    return OGRPoint(centroid.x(), centroid.y());
}

}  // namespace

std::optional<OGRPoint> GeometryPainter::pointInsideVisiblePart(const OGRPolygon& polygon) const {
    OGRGeometryUniquePtr clipped;
    const OGRGeometry* target = &polygon;
    OGREnvelope envelope;
    polygon.getEnvelope(&envelope);
    const QRectF bounds(QPointF(envelope.MinX, envelope.MinY),
                        QPointF(envelope.MaxX, envelope.MaxY));
    if (visibleSourceRect_.isNull() || visibleSourceRect_.contains(bounds)) {
        // Fast path for the common case: a polygon without holes whose centroid lies inside it.
        if (const auto centroid = ringCentroidInside(polygon)) {
            return centroid;
        }
    } else {
        OGRLinearRing ring;
        const QRectF& r = visibleSourceRect_;
        ring.addPoint(r.left(), r.top());
        ring.addPoint(r.right(), r.top());
        ring.addPoint(r.right(), r.bottom());
        ring.addPoint(r.left(), r.bottom());
        ring.closeRings();
        OGRPolygon view;
        view.addRing(&ring);
        clipped.reset(polygon.Intersection(&view));
        if (!clipped || clipped->IsEmpty()) {
            return std::nullopt;
        }
        target = clipped.get();
    }
    // GEOS's point-on-surface (through OGR's C API): always inside, unlike a centroid.
    OGRGeometryUniquePtr point(OGRGeometry::FromHandle(
        OGR_G_PointOnSurface(OGRGeometry::ToHandle(const_cast<OGRGeometry*>(target)))));
    if (!point || point->IsEmpty() || wkbFlatten(point->getGeometryType()) != wkbPoint) {
        return std::nullopt;
    }
    return *point->toPoint();
}

double GeometryPainter::markerRadiusPixels(const Symbol& symbol) const {
    return symbol.markerSizeMm * pixelsPerMillimetre_ / 2.0;
}

QPointF GeometryPainter::toPixel(double x, double y) {
    toMap_.transformInPlace(&x, &y, 1);
    return mapToPixel_.map(QPointF(x, y));
}

QPolygonF GeometryPainter::toPixels(const OGRSimpleCurve& curve) {
    const int count = curve.getNumPoints();
    xs_.resize(count);
    ys_.resize(count);
    curve.getPoints(xs_.data(), sizeof(double), ys_.data(), sizeof(double));
    OGREnvelope envelope;
    curve.getEnvelope(&envelope);
    const bool onGrid = grid_.isUsable() && grid_.covers(envelope.MinX, envelope.MinY) &&
                        grid_.covers(envelope.MaxX, envelope.MaxY);
    if (!onGrid) {
        toMap_.transformInPlace(xs_.data(), ys_.data(), count);
    }
    QPolygonF pixels;
    pixels.reserve(count);
    for (int i = 0; i < count; ++i) {
        if (std::isnan(xs_[i])) {
            continue;
        }
        const QPointF pixel =
            onGrid ? grid_.map(xs_[i], ys_[i]) : mapToPixel_.map(QPointF(xs_[i], ys_[i]));
        if (!pixels.isEmpty() && i + 1 < count) {
            const QPointF delta = pixel - pixels.back();
            if (std::abs(delta.x()) < kMinimumVertexSpacingPixels &&
                std::abs(delta.y()) < kMinimumVertexSpacingPixels) {
                continue;
            }
        }
        pixels << pixel;
    }
    return pixels;
}

void GeometryPainter::collectParts(const OGRGeometry& geometry,
                                   std::vector<const OGRGeometry*>& parts) {
    if (OGR_GT_IsSubClassOf(geometry.getGeometryType(), wkbGeometryCollection)) {
        for (const OGRGeometry* part : *geometry.toGeometryCollection()) {
            collectParts(*part, parts);
        }
    } else {
        parts.push_back(&geometry);
    }
}

QSvgRenderer* GeometryPainter::svgRenderer(const QString& path) {
    auto it = svgRenderers_.find(path);
    if (it == svgRenderers_.end()) {
        auto renderer = std::make_unique<QSvgRenderer>(path);
        if (!renderer->isValid()) {
            renderer.reset();
            problems_ << QCoreApplication::translate("gis::GeometryPainter",
                                                     "Cannot read the SVG marker %1")
                             .arg(path);
        }
        it = svgRenderers_.emplace(path, std::move(renderer)).first;
    }
    return it->second.get();
}

void GeometryPainter::drawMarker(QPainter& painter, const QPointF& center, const Symbol& symbol) {
    if (!isRaster(painter)) {
        drawMarkerShape(painter, center, symbol);  // PDF and SVG keep vector markers
        return;
    }
    // On images a marker is drawn once into a sprite and then copied: far cheaper than
    // rasterizing the same antialiased shape thousands of times.
    const QString key = spriteKey(symbol);
    auto sprite = sprites_.find(key);
    if (sprite == sprites_.end()) {
        const double extent =
            markerRadiusPixels(symbol) * 1.4 + symbol.strokeWidthMm * pixelsPerMillimetre_ + 2;
        const int side = int(std::ceil(2 * extent));
        QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter spritePainter(&image);
        spritePainter.setRenderHint(QPainter::Antialiasing, true);
        spritePainter.setPen(penFor(symbol, pixelsPerMillimetre_));
        spritePainter.setBrush(painter.brush());
        drawMarkerShape(spritePainter, QPointF(side / 2.0, side / 2.0), symbol);
        spritePainter.end();
        sprite = sprites_.emplace(key, std::move(image)).first;
    }
    const QImage& image = sprite->second;
    painter.drawImage(QPointF(center.x() - image.width() / 2.0, center.y() - image.height() / 2.0),
                      image);
}

void GeometryPainter::drawMarkerShape(QPainter& painter, const QPointF& center,
                                      const Symbol& symbol) {
    const double radius = markerRadiusPixels(symbol);
    if (!symbol.svgMarker.isEmpty()) {
        if (QSvgRenderer* svg = svgRenderer(symbol.svgMarker)) {
            // As wide as the marker size, keeping the picture's aspect ratio.
            const QSizeF size = svg->viewBoxF().size();
            const double height = size.width() > 0 ? 2 * radius * size.height() / size.width() : 0;
            svg->render(&painter,
                        QRectF(center.x() - radius, center.y() - height / 2, 2 * radius, height));
            return;
        }
    }
    switch (symbol.markerShape) {
        case MarkerShape::Circle:
            painter.drawEllipse(center, radius, radius);
            break;
        case MarkerShape::Square:
            painter.drawRect(
                QRectF(center.x() - radius, center.y() - radius, 2 * radius, 2 * radius));
            break;
        case MarkerShape::Triangle:
            painter.drawPolygon(regularPolygon(center, radius * 1.15, 3, 90));
            break;
        case MarkerShape::Diamond:
            painter.drawPolygon(regularPolygon(center, radius * 1.2, 4, 90));
            break;
        case MarkerShape::Star:
            painter.drawPolygon(regularPolygon(center, radius * 1.3, 5, 90, 0.45));
            break;
    }
}

ImageRasterizer* GeometryPainter::rasterizerFor(const QPainter& painter) {
    QPaintDevice* device = painter.device();
    if (!isRaster(painter) || !device || device->devType() != QInternal::Image ||
        !painter.deviceTransform().isIdentity() || painter.hasClipping() ||
        painter.compositionMode() != QPainter::CompositionMode_SourceOver ||
        !painter.testRenderHint(QPainter::Antialiasing)) {
        return nullptr;
    }
    QImage& image = *static_cast<QImage*>(device);
    if (!ImageRasterizer::supports(image)) {
        return nullptr;
    }
    if (!rasterizer_ || rasterizedBits_ != image.constBits()) {
        rasterizer_ = std::make_unique<ImageRasterizer>(image);
        rasterizedBits_ = image.constBits();
    }
    return rasterizer_.get();
}

void GeometryPainter::drawLinesAndAreas(QPainter& painter, const OGRGeometry& part) {
    if (wkbFlatten(part.getGeometryType()) == wkbLineString) {
        painter.drawPolyline(toPixels(*part.toLineString()));
        return;
    }
    const OGRPolygon* polygon = part.toPolygon();
    if (polygon->getNumInteriorRings() == 0 && polygon->getExteriorRing()) {
        painter.drawPolygon(toPixels(*polygon->getExteriorRing()));
        return;
    }
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    for (const OGRLinearRing* ring : *polygon) {
        path.addPolygon(toPixels(*ring));
        path.closeSubpath();
    }
    painter.drawPath(path);
}

void GeometryPainter::rasterizeLinesAndAreas(ImageRasterizer& rasterizer, QPainter& painter,
                                             const OGRGeometry& part, const Symbol& symbol) {
    const double opacity = painter.opacity();
    const QPen pen = painter.pen();
    // Qt's cosmetic stroker draws hairlines as fast as AGG does (measured with callgrind); AGG
    // wins on wider lines, where QPainter goes through its general stroker.
    const bool hairline = pen.isCosmetic();
    if (wkbFlatten(part.getGeometryType()) == wkbLineString) {
        if (hairline) {
            painter.drawPolyline(toPixels(*part.toLineString()));
        } else {
            rasterizer.stroke(toPixels(*part.toLineString()), false, pen, opacity);
        }
        return;
    }
    rings_.clear();
    for (const OGRLinearRing* ring : *part.toPolygon()) {
        rings_.push_back(toPixels(*ring));
    }
    const QBrush brush = painter.brush();
    if (brush.style() == Qt::SolidPattern) {
        rasterizer.fill(rings_, symbol.fillColor, opacity);
    }
    if (pen.style() == Qt::NoPen) {
        return;
    }
    if (!hairline) {
        for (const QPolygonF& ring : rings_) {
            rasterizer.stroke(ring, true, pen, opacity);
        }
        return;
    }
    painter.setBrush(Qt::NoBrush);
    for (const QPolygonF& ring : rings_) {
        painter.drawPolygon(ring);
    }
    painter.setBrush(brush);
}

void GeometryPainter::draw(QPainter& painter, const OGRGeometry& geometry, const Symbol& symbol) {
    std::vector<const OGRGeometry*> parts;
    collectParts(geometry, parts);
    painter.setPen(penFor(symbol, pixelsPerMillimetre_));
    painter.setBrush(symbol.fillColor.alpha() > 0
                         ? QBrush(symbol.fillColor, brushStyle(symbol.hatch))
                         : QBrush(Qt::NoBrush));
    // Hatched fills and custom dashes stay with QPainter.
    ImageRasterizer* rasterizer = rasterizerFor(painter);
    if (rasterizer &&
        (!ImageRasterizer::supports(painter.pen()) ||
         (painter.brush().style() != Qt::NoBrush && painter.brush().style() != Qt::SolidPattern))) {
        rasterizer = nullptr;
    }
    for (const OGRGeometry* part : parts) {
        switch (wkbFlatten(part->getGeometryType())) {
            case wkbPoint: {
                const OGRPoint* point = part->toPoint();
                const QPointF pixel = toPixel(point->getX(), point->getY());
                if (!std::isnan(pixel.x())) {
                    drawMarker(painter, pixel, symbol);
                    const double radius = markerRadiusPixels(symbol);
                    markerBoxes_.emplace_back(pixel.x() - radius, pixel.y() - radius, 2 * radius,
                                              2 * radius);
                }
                break;
            }
            case wkbLineString:
            case wkbPolygon:
                if (rasterizer) {
                    rasterizeLinesAndAreas(*rasterizer, painter, *part, symbol);
                } else {
                    drawLinesAndAreas(painter, *part);
                }
                break;
            default:
                break;
        }
    }
}

std::optional<QPointF> GeometryPainter::labelAnchor(const OGRGeometry& geometry) {
    std::vector<const OGRGeometry*> parts;
    collectParts(geometry, parts);
    const OGRGeometry* best = nullptr;
    double bestSize = -1;
    for (const OGRGeometry* part : parts) {
        double size = 0;
        switch (wkbFlatten(part->getGeometryType())) {
            case wkbLineString:
                size = part->toLineString()->get_Length();
                break;
            case wkbPolygon:
                size = part->toPolygon()->get_Area();
                break;
            default:
                break;
        }
        if (size > bestSize) {
            best = part;
            bestSize = size;
        }
    }
    if (!best) {
        return std::nullopt;
    }
    OGRPoint anchor;
    switch (wkbFlatten(best->getGeometryType())) {
        case wkbPoint:
            anchor = *best->toPoint();
            break;
        case wkbLineString: {
            const OGRLineString* line = best->toLineString();
            line->Value(line->get_Length() / 2, &anchor);
            break;
        }
        case wkbPolygon: {
            const auto inside = pointInsideVisiblePart(*best->toPolygon());
            if (!inside) {
                return std::nullopt;
            }
            anchor = *inside;
            break;
        }
        default:
            return std::nullopt;
    }
    const QPointF pixel = toPixel(anchor.getX(), anchor.getY());
    if (std::isnan(pixel.x())) {
        return std::nullopt;
    }
    return pixel;
}

}  // namespace gis
