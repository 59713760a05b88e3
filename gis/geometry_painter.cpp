// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/geometry_painter.h"

#include <ogr_api.h>

#include <QPainterPath>

#include <cmath>

namespace gis {

namespace {

constexpr double kMinimumVertexSpacingPixels = 0.5;

QPen penFor(const Symbol& symbol, double pixelsPerMillimetre) {
    if (symbol.strokeStyle == Qt::NoPen || symbol.strokeColor.alpha() == 0) {
        return Qt::NoPen;
    }
    QPen pen(symbol.strokeColor, std::max(0.0, symbol.strokeWidthMm * pixelsPerMillimetre));
    pen.setStyle(symbol.strokeStyle);
    pen.setJoinStyle(Qt::RoundJoin);
    pen.setCapStyle(Qt::RoundCap);
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

GeometryPainter::GeometryPainter(const CoordinateTransform& toMap, const QTransform& mapToPixel,
                                 double pixelsPerMillimetre, const QRectF& visibleSourceRect)
    : toMap_(toMap),
      mapToPixel_(mapToPixel),
      pixelsPerMillimetre_(pixelsPerMillimetre),
      visibleSourceRect_(visibleSourceRect) {}

std::optional<OGRPoint> GeometryPainter::pointInsideVisiblePart(const OGRPolygon& polygon) const {
    OGRGeometryUniquePtr clipped;
    const OGRGeometry* target = &polygon;
    OGREnvelope envelope;
    polygon.getEnvelope(&envelope);
    const QRectF bounds(QPointF(envelope.MinX, envelope.MinY),
                        QPointF(envelope.MaxX, envelope.MaxY));
    if (!visibleSourceRect_.isNull() && !visibleSourceRect_.contains(bounds)) {
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
    toMap_.transformInPlace(xs_.data(), ys_.data(), count);
    QPolygonF pixels;
    pixels.reserve(count);
    for (int i = 0; i < count; ++i) {
        if (std::isnan(xs_[i])) {
            continue;
        }
        const QPointF pixel = mapToPixel_.map(QPointF(xs_[i], ys_[i]));
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

void GeometryPainter::drawMarker(QPainter& painter, const QPointF& center, const Symbol& symbol) {
    const double radius = markerRadiusPixels(symbol);
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

void GeometryPainter::draw(QPainter& painter, const OGRGeometry& geometry, const Symbol& symbol) {
    std::vector<const OGRGeometry*> parts;
    collectParts(geometry, parts);
    painter.setPen(penFor(symbol, pixelsPerMillimetre_));
    painter.setBrush(symbol.fillColor.alpha() > 0 ? QBrush(symbol.fillColor) : Qt::NoBrush);
    for (const OGRGeometry* part : parts) {
        switch (wkbFlatten(part->getGeometryType())) {
            case wkbPoint: {
                const OGRPoint* point = part->toPoint();
                const QPointF pixel = toPixel(point->getX(), point->getY());
                if (!std::isnan(pixel.x())) {
                    drawMarker(painter, pixel, symbol);
                }
                break;
            }
            case wkbLineString:
                painter.drawPolyline(toPixels(*part->toLineString()));
                break;
            case wkbPolygon: {
                QPainterPath path;
                path.setFillRule(Qt::OddEvenFill);
                for (const OGRLinearRing* ring : *part->toPolygon()) {
                    path.addPolygon(toPixels(*ring));
                    path.closeSubpath();
                }
                painter.drawPath(path);
                break;
            }
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
