// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geometry_edits.h"

#include "gis/error.h"

#include <QPointF>

#include <algorithm>
#include <cmath>

namespace core {

namespace {

using Points = std::vector<QPointF>;

Points pointsOf(GEOSContextHandle_t context, const GEOSGeometry* line) {
    const GEOSCoordSequence* sequence = GEOSGeom_getCoordSeq_r(context, line);
    unsigned int size = 0;
    GEOSCoordSeq_getSize_r(context, sequence, &size);
    Points points(size);
    for (unsigned int i = 0; i < size; ++i) {
        double x = 0;
        double y = 0;
        GEOSCoordSeq_getXY_r(context, sequence, i, &x, &y);
        points[i] = {x, y};
    }
    return points;
}

/// The distance along the line at each vertex: what GEOSProject_r measures.
std::vector<double> distancesAlong(const Points& points) {
    std::vector<double> along(points.size(), 0.0);
    for (std::size_t i = 1; i < points.size(); ++i) {
        const QPointF step = points[i] - points[i - 1];
        along[i] = along[i - 1] + std::hypot(step.x(), step.y());
    }
    return along;
}

/// Appends `point` unless it repeats the last one (a crossing on a vertex).
void append(Points& out, const QPointF& point) {
    if (out.empty() || out.back() != point) {
        out.push_back(point);
    }
}

/// Appends the vertices lying strictly between the distances `from` and `to` along a line.
void appendBetween(Points& out, const Points& points, const std::vector<double>& along, double from,
                   double to) {
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (along[i] > from && along[i] < to) {
            append(out, points[i]);
        }
    }
}

}  // namespace

GeometryEdits::GeometryEdits() : context_(GEOS_init_r()) {}

gis::GeosGeometryPtr GeometryEdits::own(GEOSGeometry* geometry) const {
    if (!geometry) {
        throw gis::Error(tr("The geometry operation failed in GEOS"));
    }
    return gis::GeosGeometryPtr(geometry, gis::GeosGeometryDestroyer{context_.get()});
}

gis::GeosGeometryPtr GeometryEdits::toGeos(const OGRGeometry& geometry) const {
    return own(geometry.exportToGEOS(context_.get()));
}

OGRGeometryUniquePtr GeometryEdits::toOgr(const GEOSGeometry* geometry) const {
    return OGRGeometryUniquePtr(
        OGRGeometryFactory::createFromGEOS(context_.get(), const_cast<GEOSGeometry*>(geometry)));
}

std::vector<OGRGeometryUniquePtr> GeometryEdits::split(const OGRGeometry& geometry,
                                                       const OGRGeometry& blade) const {
    GEOSContextHandle_t context = context_.get();
    const OGRwkbGeometryType type = wkbFlatten(geometry.getGeometryType());
    const bool polygonal =
        OGR_GT_IsSubClassOf(type, wkbPolygon) || OGR_GT_IsSubClassOf(type, wkbMultiPolygon);
    const bool linear =
        OGR_GT_IsSubClassOf(type, wkbLineString) || OGR_GT_IsSubClassOf(type, wkbMultiLineString);
    if (!polygonal && !linear) {
        throw gis::Error(tr("Only lines and polygons can be split"));
    }
    const gis::GeosGeometryPtr target = toGeos(geometry);
    const gis::GeosGeometryPtr knife = toGeos(blade);
    const int partsBefore = GEOSGetNumGeometries_r(context, target.get());
    std::vector<OGRGeometryUniquePtr> pieces;
    if (linear) {
        const gis::GeosGeometryPtr rest = own(GEOSDifference_r(context, target.get(), knife.get()));
        for (int i = 0; i < GEOSGetNumGeometries_r(context, rest.get()); ++i) {
            pieces.push_back(toOgr(GEOSGetGeometryN_r(context, rest.get(), i)));
        }
    } else {
        for (int p = 0; p < partsBefore; ++p) {
            const GEOSGeometry* part = GEOSGetGeometryN_r(context, target.get(), p);
            const gis::GeosGeometryPtr boundary = own(GEOSBoundary_r(context, part));
            // The union nodes the boundary and the blade where they cross.
            const gis::GeosGeometryPtr noded =
                own(GEOSUnion_r(context, boundary.get(), knife.get()));
            const GEOSGeometry* inputs[] = {noded.get()};
            const gis::GeosGeometryPtr faces = own(GEOSPolygonize_r(context, inputs, 1));
            for (int i = 0; i < GEOSGetNumGeometries_r(context, faces.get()); ++i) {
                const GEOSGeometry* face = GEOSGetGeometryN_r(context, faces.get(), i);
                const gis::GeosGeometryPtr inside = own(GEOSPointOnSurface_r(context, face));
                // Faces that fill the polygon's holes lie outside it.
                if (GEOSContains_r(context, part, inside.get()) == 1) {
                    pieces.push_back(toOgr(face));
                }
            }
        }
    }
    if (int(pieces.size()) <= partsBefore) {
        throw gis::Error(
            tr("The line does not cut the feature: draw it across, from outside to "
               "outside"));
    }
    return pieces;
}

OGRGeometryUniquePtr GeometryEdits::reshape(const OGRGeometry& geometry,
                                            const OGRGeometry& line) const {
    GEOSContextHandle_t context = context_.get();
    const OGRwkbGeometryType type = wkbFlatten(geometry.getGeometryType());
    if (OGR_GT_IsSubClassOf(type, wkbLineString) || OGR_GT_IsSubClassOf(type, wkbMultiLineString)) {
        return reshapeLine(geometry, line);
    }
    if (!OGR_GT_IsSubClassOf(type, wkbPolygon) && !OGR_GT_IsSubClassOf(type, wkbMultiPolygon)) {
        throw gis::Error(tr("Only polygons and lines can be reshaped"));
    }
    const gis::GeosGeometryPtr collection =
        reshapeEachPart(geometry, line, GEOS_MULTIPOLYGON,
                        [this](const GEOSGeometry* part, const GEOSGeometry* pen) {
                            return reshapePart(part, pen);
                        });
    if (!collection) {
        throw gis::Error(tr("The line must cross the outline exactly twice"));
    }
    OGRGeometryUniquePtr out = toOgr(collection.get());
    if (OGR_GT_IsSubClassOf(type, wkbPolygon) &&
        GEOSGetNumGeometries_r(context, collection.get()) == 1) {
        out.reset(OGRGeometryFactory::forceToPolygon(out.release()));
    }
    return out;
}

gis::GeosGeometryPtr GeometryEdits::reshapePart(const GEOSGeometry* polygon,
                                                const GEOSGeometry* line) const {
    GEOSContextHandle_t context = context_.get();
    const gis::GeosGeometryPtr shell = own(GEOSGeom_createPolygon_r(
        context, GEOSGeom_clone_r(context, GEOSGetExteriorRing_r(context, polygon)), nullptr, 0));
    const gis::GeosGeometryPtr outline = own(GEOSBoundary_r(context, shell.get()));
    const gis::GeosGeometryPtr crossings = own(GEOSIntersection_r(context, outline.get(), line));
    if (GEOSGeomTypeId_r(context, crossings.get()) != GEOS_MULTIPOINT ||
        GEOSGetNumGeometries_r(context, crossings.get()) != 2) {
        return {};
    }
    // Noding the outline with the line and polygonizing drops the line's dangling ends: the faces
    // are the two sides of a line drawn inside, or the shell and the added area of one outside.
    const gis::GeosGeometryPtr noded = own(GEOSUnion_r(context, outline.get(), line));
    const GEOSGeometry* inputs[] = {noded.get()};
    const gis::GeosGeometryPtr faces = own(GEOSPolygonize_r(context, inputs, 1));
    const GEOSGeometry* largestInside = nullptr;
    double largestArea = -1;
    std::vector<GEOSGeometry*> outside;
    for (int i = 0; i < GEOSGetNumGeometries_r(context, faces.get()); ++i) {
        const GEOSGeometry* face = GEOSGetGeometryN_r(context, faces.get(), i);
        const gis::GeosGeometryPtr probe = own(GEOSPointOnSurface_r(context, face));
        if (GEOSContains_r(context, shell.get(), probe.get()) == 1) {
            double area = 0;
            GEOSArea_r(context, face, &area);
            if (area > largestArea) {
                largestArea = area;
                largestInside = face;
            }
        } else {
            outside.push_back(GEOSGeom_clone_r(context, face));
        }
    }
    gis::GeosGeometryPtr reshaped;
    if (outside.empty()) {
        if (!largestInside) {
            return {};
        }
        reshaped = own(GEOSGeom_clone_r(context, largestInside));
    } else {
        outside.push_back(GEOSGeom_clone_r(context, shell.get()));
        const gis::GeosGeometryPtr all = own(GEOSGeom_createCollection_r(
            context, GEOS_GEOMETRYCOLLECTION, outside.data(), unsigned(outside.size())));
        reshaped = own(GEOSUnaryUnion_r(context, all.get()));
    }
    for (int h = 0; h < GEOSGetNumInteriorRings_r(context, polygon); ++h) {
        const gis::GeosGeometryPtr hole = own(GEOSGeom_createPolygon_r(
            context, GEOSGeom_clone_r(context, GEOSGetInteriorRingN_r(context, polygon, h)),
            nullptr, 0));
        reshaped = own(GEOSDifference_r(context, reshaped.get(), hole.get()));
    }
    return GEOSGeomTypeId_r(context, reshaped.get()) == GEOS_POLYGON ? std::move(reshaped)
                                                                     : gis::GeosGeometryPtr{};
}

gis::GeosGeometryPtr GeometryEdits::reshapeEachPart(
    const OGRGeometry& geometry, const OGRGeometry& line, int collectionType,
    const std::function<gis::GeosGeometryPtr(const GEOSGeometry*, const GEOSGeometry*)>& reshapeOne)
    const {
    GEOSContextHandle_t context = context_.get();
    const gis::GeosGeometryPtr target = toGeos(geometry);
    const gis::GeosGeometryPtr pen = toGeos(line);
    std::vector<GEOSGeometry*> parts;
    bool reshaped = false;
    for (int p = 0; p < GEOSGetNumGeometries_r(context, target.get()); ++p) {
        const GEOSGeometry* part = GEOSGetGeometryN_r(context, target.get(), p);
        gis::GeosGeometryPtr result = reshapeOne(part, pen.get());
        reshaped = reshaped || result;
        parts.push_back(result ? result.release() : GEOSGeom_clone_r(context, part));
    }
    gis::GeosGeometryPtr collection = own(
        GEOSGeom_createCollection_r(context, collectionType, parts.data(), unsigned(parts.size())));
    if (!reshaped) {
        return {};
    }
    return collection;
}

OGRGeometryUniquePtr GeometryEdits::reshapeLine(const OGRGeometry& geometry,
                                                const OGRGeometry& line) const {
    const gis::GeosGeometryPtr collection =
        reshapeEachPart(geometry, line, GEOS_MULTILINESTRING,
                        [this](const GEOSGeometry* part, const GEOSGeometry* pen) {
                            return reshapeLinePart(part, pen);
                        });
    if (!collection) {
        throw gis::Error(tr("The line must cross the feature's line twice, or start or end on it"));
    }
    OGRGeometryUniquePtr out = toOgr(collection.get());
    if (wkbFlatten(geometry.getGeometryType()) == wkbLineString) {
        out.reset(OGRGeometryFactory::forceToLineString(out.release(), false));
    }
    return out;
}

gis::GeosGeometryPtr GeometryEdits::reshapeLinePart(const GEOSGeometry* target,
                                                    const GEOSGeometry* pen) const {
    GEOSContextHandle_t context = context_.get();
    // Where the pen meets the line, ordered along the pen (an overlap counts by its ends).
    struct Meeting {
        double onPen;
        QPointF point;
    };
    std::vector<Meeting> meetings;
    const gis::GeosGeometryPtr common = own(GEOSIntersection_r(context, target, pen));
    for (int i = 0; i < GEOSGetNumGeometries_r(context, common.get()); ++i) {
        const GEOSGeometry* piece = GEOSGetGeometryN_r(context, common.get(), i);
        if (GEOSisEmpty_r(context, piece) == 1) {
            continue;
        }
        const Points ends = pointsOf(context, piece);
        for (const QPointF& point : {ends.front(), ends.back()}) {
            const gis::GeosGeometryPtr probe =
                own(GEOSGeom_createPointFromXY_r(context, point.x(), point.y()));
            meetings.push_back({GEOSProject_r(context, pen, probe.get()), point});
        }
    }
    if (meetings.empty()) {
        return {};
    }
    std::sort(meetings.begin(), meetings.end(),
              [](const Meeting& a, const Meeting& b) { return a.onPen < b.onPen; });
    const Points penPoints = pointsOf(context, pen);
    const std::vector<double> penAlong = distancesAlong(penPoints);
    const Points targetPoints = pointsOf(context, target);
    const std::vector<double> targetAlong = distancesAlong(targetPoints);
    const double tolerance = penAlong.back() * 1e-9;
    const auto onTarget = [&](const QPointF& point) {
        const gis::GeosGeometryPtr probe =
            own(GEOSGeom_createPointFromXY_r(context, point.x(), point.y()));
        return GEOSProject_r(context, target, probe.get());
    };
    Points reshaped;
    const Meeting& first = meetings.front();
    const Meeting& last = meetings.back();
    if (last.onPen - first.onPen > tolerance) {
        // Met twice: the pen between its first and last meeting replaces the line between them.
        Points bridge{first.point};
        appendBetween(bridge, penPoints, penAlong, first.onPen, last.onPen);
        append(bridge, last.point);
        double from = onTarget(first.point);
        double to = onTarget(last.point);
        if (from > to) {
            std::swap(from, to);
            std::reverse(bridge.begin(), bridge.end());
        }
        appendBetween(reshaped, targetPoints, targetAlong, -1, from);
        for (const QPointF& point : bridge) {
            append(reshaped, point);
        }
        appendBetween(reshaped, targetPoints, targetAlong, to, targetAlong.back() + 1);
    } else {
        // Met once: only at the pen's start or end, which redraws the line from there on to its
        // nearer end (or extends it, from an end).
        Points outward;
        if (first.onPen <= tolerance) {
            outward = penPoints;
        } else if (first.onPen >= penAlong.back() - tolerance) {
            outward.assign(penPoints.rbegin(), penPoints.rend());
        } else {
            return {};
        }
        outward.front() = first.point;
        const double at = onTarget(first.point);
        if (at <= targetAlong.back() / 2) {
            for (auto point = outward.rbegin(); point != outward.rend(); ++point) {
                append(reshaped, *point);
            }
            appendBetween(reshaped, targetPoints, targetAlong, at, targetAlong.back() + 1);
        } else {
            appendBetween(reshaped, targetPoints, targetAlong, -1, at);
            for (const QPointF& point : outward) {
                append(reshaped, point);
            }
        }
    }
    if (reshaped.size() < 2) {
        return {};
    }
    GEOSCoordSequence* sequence = GEOSCoordSeq_create_r(context, unsigned(reshaped.size()), 2);
    for (std::size_t i = 0; i < reshaped.size(); ++i) {
        GEOSCoordSeq_setXY_r(context, sequence, unsigned(i), reshaped[i].x(), reshaped[i].y());
    }
    return own(GEOSGeom_createLineString_r(context, sequence));
}

OGRGeometryUniquePtr GeometryEdits::merge(const std::vector<const OGRGeometry*>& geometries) const {
    GEOSContextHandle_t context = context_.get();
    std::vector<GEOSGeometry*> parts;
    for (const OGRGeometry* geometry : geometries) {
        parts.push_back(toGeos(*geometry).release());
    }
    const gis::GeosGeometryPtr collection = own(GEOSGeom_createCollection_r(
        context, GEOS_GEOMETRYCOLLECTION, parts.data(), unsigned(parts.size())));
    gis::GeosGeometryPtr merged = own(GEOSUnaryUnion_r(context, collection.get()));
    const int type = GEOSGeomTypeId_r(context, merged.get());
    if (type == GEOS_LINESTRING || type == GEOS_MULTILINESTRING) {
        merged = own(GEOSLineMerge_r(context, merged.get()));
    }
    return toOgr(merged.get());
}

}  // namespace core
