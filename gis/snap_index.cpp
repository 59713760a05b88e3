// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/snap_index.h"

#include "gis/coordinate_transform.h"
#include "gis/error.h"

#include <ogr_geometry.h>

#include <algorithm>
#include <cmath>

namespace gis {

namespace {

constexpr int kMaxCellsPerAxis = 2048;
constexpr double kItemsPerCell = 8;

/// Adds the vertices and segments of `geometry`, transformed by `toMap`, to the lists.
void collect(const OGRGeometry& geometry, const CoordinateTransform& toMap,
             std::vector<QPointF>& vertices, std::vector<QLineF>& segments) {
    const OGRwkbGeometryType type = wkbFlatten(geometry.getGeometryType());
    if (type == wkbPoint) {
        const QPointF point =
            toMap.transform({geometry.toPoint()->getX(), geometry.toPoint()->getY()});
        if (std::isfinite(point.x()) && std::isfinite(point.y())) {
            vertices.push_back(point);
        }
        return;
    }
    if (OGR_GT_IsSubClassOf(type, wkbCurve)) {
        const OGRCurve* curve = geometry.toCurve();
        std::unique_ptr<OGRLineString> linear;
        const OGRSimpleCurve* simple = nullptr;
        if (type == wkbLineString || type == wkbLinearRing) {
            simple = geometry.toSimpleCurve();
        } else {
            linear.reset(curve->CurveToLine());
            simple = linear.get();
        }
        const int count = simple->getNumPoints();
        std::vector<double> x(count);
        std::vector<double> y(count);
        for (int i = 0; i < count; ++i) {
            x[i] = simple->getX(i);
            y[i] = simple->getY(i);
        }
        toMap.transformInPlace(x.data(), y.data(), x.size());
        // A closed ring repeats its first point; index it once.
        const int distinct =
            count > 1 && x.front() == x.back() && y.front() == y.back() ? count - 1 : count;
        for (int i = 0; i < count; ++i) {
            const bool finite = std::isfinite(x[i]) && std::isfinite(y[i]);
            if (finite && i < distinct) {
                vertices.emplace_back(x[i], y[i]);
            }
            if (finite && i > 0 && std::isfinite(x[i - 1]) && std::isfinite(y[i - 1])) {
                segments.emplace_back(x[i - 1], y[i - 1], x[i], y[i]);
            }
        }
        return;
    }
    if (OGR_GT_IsSubClassOf(type, wkbCurvePolygon)) {
        for (const OGRCurve* ring : *geometry.toCurvePolygon()) {
            collect(*ring, toMap, vertices, segments);
        }
        return;
    }
    if (OGR_GT_IsSubClassOf(type, wkbGeometryCollection)) {
        for (const OGRGeometry* part : *geometry.toGeometryCollection()) {
            collect(*part, toMap, vertices, segments);
        }
    }
}

/// The point of segment `s` nearest to `p`.
QPointF footOfPerpendicular(const QLineF& s, const QPointF& p) {
    const QPointF d = s.p2() - s.p1();
    const double lengthSquared = QPointF::dotProduct(d, d);
    if (lengthSquared == 0) {
        return s.p1();
    }
    const double t = std::clamp(QPointF::dotProduct(p - s.p1(), d) / lengthSquared, 0.0, 1.0);
    return s.p1() + t * d;
}

double distance(const QPointF& a, const QPointF& b) {
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}

}  // namespace

std::shared_ptr<const SnapIndex> SnapIndex::build(
    const std::vector<std::shared_ptr<const FeatureSource>>& sources, const Crs& mapCrs,
    const QRectF& mapExtent, const std::atomic<bool>* cancel) {
    std::shared_ptr<SnapIndex> index(new SnapIndex(mapCrs, mapExtent));
    const auto cancelled = [cancel] { return cancel && cancel->load(); };
    for (const auto& source : sources) {
        if (!source) {
            continue;
        }
        try {
            const CoordinateTransform toMap(source->crs(), mapCrs);
            const CoordinateTransform toSource(mapCrs, source->crs());
            FeatureQuery query;
            query.rect = toSource.isIdentity() ? mapExtent : toSource.transformBounds(mapExtent);
            if (query.rect.isNull()) {
                continue;
            }
            const auto features = source->query(query);
            Feature feature;
            while (features->next(feature)) {
                if (cancelled()) {
                    return nullptr;
                }
                if (feature.geometry) {
                    collect(*feature.geometry, toMap, index->vertices_, index->segments_);
                }
            }
        } catch (const Error&) {
            // No transform to the map CRS: the layer has nothing to snap to in this map.
        }
    }
    if (cancelled()) {
        return nullptr;
    }
    index->buildGrid();
    return index;
}

int SnapIndex::column(double x) const {
    return std::clamp(static_cast<int>(std::floor((x - extent_.left()) / cellWidth_)), 0,
                      columns_ - 1);
}

int SnapIndex::row(double y) const {
    return std::clamp(static_cast<int>(std::floor((y - extent_.top()) / cellHeight_)), 0,
                      rows_ - 1);
}

SnapIndex::Buckets SnapIndex::bucket(
    std::vector<std::pair<std::uint32_t, std::uint32_t>>& cellItems, std::size_t cellCount) {
    std::sort(cellItems.begin(), cellItems.end());
    Buckets buckets;
    buckets.offsets.assign(cellCount + 1, 0);
    buckets.items.reserve(cellItems.size());
    for (const auto& [cell, item] : cellItems) {
        ++buckets.offsets[cell + 1];
        buckets.items.push_back(item);
    }
    for (std::size_t c = 0; c < cellCount; ++c) {
        buckets.offsets[c + 1] += buckets.offsets[c];
    }
    return buckets;
}

void SnapIndex::buildGrid() {
    // QRectF's "top" is the smaller y: rows count northwards from the extent's minimum y.
    const double items = static_cast<double>(vertices_.size() + segments_.size());
    const double aspect = extent_.height() > 0 ? extent_.width() / extent_.height() : 1.0;
    const double cells = std::max(1.0, items / kItemsPerCell);
    columns_ = std::clamp(static_cast<int>(std::sqrt(cells * aspect)), 1, kMaxCellsPerAxis);
    rows_ = std::clamp(static_cast<int>(cells / columns_), 1, kMaxCellsPerAxis);
    cellWidth_ = extent_.width() > 0 ? extent_.width() / columns_ : 1.0;
    cellHeight_ = extent_.height() > 0 ? extent_.height() / rows_ : 1.0;
    const std::size_t cellCount = static_cast<std::size_t>(columns_) * rows_;

    std::vector<std::pair<std::uint32_t, std::uint32_t>> cellItems;
    cellItems.reserve(vertices_.size());
    for (std::uint32_t i = 0; i < vertices_.size(); ++i) {
        if (extent_.contains(vertices_[i])) {
            cellItems.emplace_back(row(vertices_[i].y()) * columns_ + column(vertices_[i].x()), i);
        }
    }
    vertexCells_ = bucket(cellItems, cellCount);

    cellItems.clear();
    cellItems.reserve(segments_.size() * 2);
    for (std::uint32_t i = 0; i < segments_.size(); ++i) {
        const QLineF& s = segments_[i];
        // (QRectF::intersects() is false for the flat box of a level segment, so compare here.)
        if (std::max(s.x1(), s.x2()) < extent_.left() ||
            std::min(s.x1(), s.x2()) > extent_.right() ||
            std::max(s.y1(), s.y2()) < extent_.top() ||
            std::min(s.y1(), s.y2()) > extent_.bottom()) {
            continue;
        }
        const int r0 = row(std::min(s.y1(), s.y2()));
        const int r1 = row(std::max(s.y1(), s.y2()));
        // Row by row, only the columns the segment passes through in that row's band.
        for (int r = r0; r <= r1; ++r) {
            double x0 = std::min(s.x1(), s.x2());
            double x1 = std::max(s.x1(), s.x2());
            if (r0 != r1 && s.dy() != 0) {
                const double bandLow =
                    std::max(extent_.top() + r * cellHeight_, std::min(s.y1(), s.y2()));
                const double bandHigh =
                    std::min(extent_.top() + (r + 1) * cellHeight_, std::max(s.y1(), s.y2()));
                const double xa = s.x1() + (bandLow - s.y1()) * s.dx() / s.dy();
                const double xb = s.x1() + (bandHigh - s.y1()) * s.dx() / s.dy();
                x0 = std::min(xa, xb);
                x1 = std::max(xa, xb);
            }
            for (int c = column(x0); c <= column(x1); ++c) {
                cellItems.emplace_back(r * columns_ + c, i);
            }
        }
    }
    segmentCells_ = bucket(cellItems, cellCount);
}

std::optional<SnapMatch> SnapIndex::snap(const QPointF& mapPoint, double tolerance) const {
    const QRectF window(mapPoint.x() - tolerance, mapPoint.y() - tolerance, 2 * tolerance,
                        2 * tolerance);
    if (tolerance <= 0 || !window.intersects(extent_)) {
        return std::nullopt;
    }
    const int c0 = column(window.left());
    const int c1 = column(window.right());
    const int r0 = row(window.top());
    const int r1 = row(window.bottom());

    std::optional<SnapMatch> vertex;
    std::vector<std::uint32_t> nearSegments;
    for (int r = r0; r <= r1; ++r) {
        for (int c = c0; c <= c1; ++c) {
            const std::size_t cell = static_cast<std::size_t>(r) * columns_ + c;
            for (auto i = vertexCells_.offsets[cell]; i < vertexCells_.offsets[cell + 1]; ++i) {
                const QPointF& candidate = vertices_[vertexCells_.items[i]];
                const double d = distance(candidate, mapPoint);
                if (d <= tolerance && (!vertex || d < vertex->distance)) {
                    vertex = SnapMatch{candidate, SnapKind::Vertex, d};
                }
            }
            for (auto i = segmentCells_.offsets[cell]; i < segmentCells_.offsets[cell + 1]; ++i) {
                nearSegments.push_back(segmentCells_.items[i]);
            }
        }
    }
    if (vertex) {
        return vertex;
    }
    std::sort(nearSegments.begin(), nearSegments.end());
    nearSegments.erase(std::unique(nearSegments.begin(), nearSegments.end()), nearSegments.end());

    std::optional<SnapMatch> onSegment;
    std::vector<std::uint32_t> within;
    for (std::uint32_t index : nearSegments) {
        const QPointF foot = footOfPerpendicular(segments_[index], mapPoint);
        const double d = distance(foot, mapPoint);
        if (d <= tolerance) {
            within.push_back(index);
            if (!onSegment || d < onSegment->distance) {
                onSegment = SnapMatch{foot, SnapKind::Segment, d};
            }
        }
    }
    // Two segments cross within the tolerance only if both pass within it.
    std::optional<SnapMatch> crossing;
    for (std::size_t a = 0; a < within.size(); ++a) {
        for (std::size_t b = a + 1; b < within.size(); ++b) {
            QPointF point;
            if (segments_[within[a]].intersects(segments_[within[b]], &point) !=
                QLineF::BoundedIntersection) {
                continue;
            }
            const double d = distance(point, mapPoint);
            if (d <= tolerance && (!crossing || d < crossing->distance)) {
                crossing = SnapMatch{point, SnapKind::Intersection, d};
            }
        }
    }
    return crossing ? crossing : onSegment;
}

}  // namespace gis
