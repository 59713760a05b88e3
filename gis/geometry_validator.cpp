// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/geometry_validator.h"

#include <cmath>
#include <cstring>

namespace gis {

namespace {

QString pointText(const QPointF& point) {
    return QStringLiteral("(%1, %2)").arg(point.x(), 0, 'g', 10).arg(point.y(), 0, 'g', 10);
}

QPointF pointOf(const OGRSimpleCurve& curve, int index) {
    return QPointF(curve.getX(index), curve.getY(index));
}

GeometryProblem problem(GeometryProblemKind kind, const QString& message,
                        std::optional<QPointF> location = std::nullopt) {
    if (location) {
        return {kind, GeometryValidator::tr("%1 at %2").arg(message, pointText(*location)),
                location};
    }
    return {kind, message, std::nullopt};
}

/// "the outer ring of part 2" / "hole 1 of part 2": how a user finds the ring.
QString ringName(int ring, int part) {
    return ring == 0 ? GeometryValidator::tr("the outer ring of part %1").arg(part)
                     : GeometryValidator::tr("hole %1 of part %2").arg(ring).arg(part);
}

std::optional<GeometryProblem> checkCoordinates(const OGRSimpleCurve& curve, int part) {
    for (int i = 0; i < curve.getNumPoints(); ++i) {
        if (!std::isfinite(curve.getX(i)) || !std::isfinite(curve.getY(i))) {
            std::optional<QPointF> neighbour;
            if (i > 0) {
                neighbour = pointOf(curve, i - 1);
            }
            return problem(GeometryProblemKind::InvalidCoordinate,
                           GeometryValidator::tr("Vertex %1 of part %2 has an invalid coordinate "
                                                 "(not a number); the vertex before it is")
                               .arg(i + 1)
                               .arg(part),
                           neighbour);
        }
    }
    return std::nullopt;
}

/// All points on one straight line: the ring encloses nothing. (A zero signed area is not enough:
/// the two lobes of a bow tie cancel out, and that is a self-intersection.)
bool isCollinear(const OGRSimpleCurve& ring) {
    const QPointF origin = pointOf(ring, 0);
    QPointF direction;
    double scale = 0;
    for (int i = 1; i < ring.getNumPoints(); ++i) {
        const QPointF offset = pointOf(ring, i) - origin;
        scale = std::max(scale, std::max(std::abs(offset.x()), std::abs(offset.y())));
        if (direction.isNull()) {
            direction = offset;
        } else if (std::abs(direction.x() * offset.y() - direction.y() * offset.x()) >
                   1e-12 * scale * scale) {
            return false;
        }
    }
    return true;
}

std::optional<GeometryProblem> checkRing(const OGRLinearRing& ring, int index, int part) {
    if (auto bad = checkCoordinates(ring, part)) {
        return bad;
    }
    const int count = ring.getNumPoints();
    if (count < 4) {
        return problem(GeometryProblemKind::TooFewPoints,
                       GeometryValidator::tr("%1 has only %2 points; a ring needs at least 4 "
                                             "(3 corners and the closing point)")
                           .arg(ringName(index, part))
                           .arg(count),
                       count > 0 ? std::optional<QPointF>(pointOf(ring, 0)) : std::nullopt);
    }
    if (pointOf(ring, 0) != pointOf(ring, count - 1)) {
        return problem(GeometryProblemKind::UnclosedRing,
                       GeometryValidator::tr("%1 is not closed: it starts at %2 and ends")
                           .arg(ringName(index, part), pointText(pointOf(ring, 0))),
                       pointOf(ring, count - 1));
    }
    if (isCollinear(ring)) {
        return problem(GeometryProblemKind::ZeroArea,
                       GeometryValidator::tr("%1 encloses no area (its points lie on one line)")
                           .arg(ringName(index, part)),
                       pointOf(ring, 0));
    }
    return std::nullopt;
}

std::optional<GeometryProblem> checkLine(const OGRLineString& line, int part) {
    if (auto bad = checkCoordinates(line, part)) {
        return bad;
    }
    if (line.getNumPoints() < 2) {
        return problem(GeometryProblemKind::TooFewPoints,
                       GeometryValidator::tr("Line part %1 has only one point; a line needs at "
                                             "least 2")
                           .arg(part),
                       pointOf(line, 0));
    }
    if (line.get_Length() == 0.0) {
        return problem(GeometryProblemKind::ZeroLength,
                       GeometryValidator::tr("Line part %1 has no length (all its points are "
                                             "the same)")
                           .arg(part),
                       pointOf(line, 0));
    }
    return std::nullopt;
}

/// Structure checks GEOS cannot make because it refuses to build such geometries.
std::optional<GeometryProblem> checkStructure(const OGRGeometry& geometry, int part) {
    if (geometry.IsEmpty()) {
        return problem(GeometryProblemKind::EmptyPart,
                       GeometryValidator::tr("Part %1 is empty").arg(part));
    }
    switch (wkbFlatten(geometry.getGeometryType())) {
        case wkbPoint: {
            const auto& point = *geometry.toPoint();
            if (!std::isfinite(point.getX()) || !std::isfinite(point.getY())) {
                return problem(GeometryProblemKind::InvalidCoordinate,
                               GeometryValidator::tr("Point %1 has an invalid coordinate (not a "
                                                     "number)")
                                   .arg(part));
            }
            return std::nullopt;
        }
        case wkbLineString:
            return checkLine(*geometry.toLineString(), part);
        case wkbPolygon: {
            const auto& polygon = *geometry.toPolygon();
            for (int ring = 0; ring <= polygon.getNumInteriorRings(); ++ring) {
                const OGRLinearRing* linear =
                    ring == 0 ? polygon.getExteriorRing() : polygon.getInteriorRing(ring - 1);
                if (auto bad = checkRing(*linear, ring, part)) {
                    return bad;
                }
            }
            return std::nullopt;
        }
        default:
            break;
    }
    if (const auto* collection = dynamic_cast<const OGRGeometryCollection*>(&geometry)) {
        for (int i = 0; i < collection->getNumGeometries(); ++i) {
            if (auto bad = checkStructure(*collection->getGeometryRef(i), i + 1)) {
                return bad;
            }
        }
    }
    return std::nullopt;
}

/// GEOS reasons (GEOS 3.11 IsValidOp) in the user's words.
std::pair<GeometryProblemKind, QString> translateReason(const char* reason) {
    struct Entry {
        const char* prefix;
        GeometryProblemKind kind;
        const char* message;
    };
    static const Entry entries[] = {
        {"Ring Self-intersection", GeometryProblemKind::SelfIntersection,
         QT_TRANSLATE_NOOP("GeometryValidator", "A ring touches or crosses itself")},
        {"Self-intersection", GeometryProblemKind::SelfIntersection,
         QT_TRANSLATE_NOOP("GeometryValidator", "The outline crosses itself")},
        {"Hole lies outside shell", GeometryProblemKind::HoleOutsideShell,
         QT_TRANSLATE_NOOP("GeometryValidator", "A hole lies outside its polygon")},
        {"Holes are nested", GeometryProblemKind::NestedHoles,
         QT_TRANSLATE_NOOP("GeometryValidator", "A hole lies inside another hole")},
        {"Interior is disconnected", GeometryProblemKind::DisconnectedInterior,
         QT_TRANSLATE_NOOP("GeometryValidator", "Holes cut the polygon's interior into pieces")},
        {"Nested shells", GeometryProblemKind::NestedShells,
         QT_TRANSLATE_NOOP("GeometryValidator", "One polygon part lies inside another")},
        {"Duplicate Rings", GeometryProblemKind::DuplicateRings,
         QT_TRANSLATE_NOOP("GeometryValidator", "The same ring appears twice")},
        {"Too few points", GeometryProblemKind::TooFewPoints,
         QT_TRANSLATE_NOOP("GeometryValidator", "A part has too few distinct points")},
        {"Invalid Coordinate", GeometryProblemKind::InvalidCoordinate,
         QT_TRANSLATE_NOOP("GeometryValidator", "A coordinate is not a number")},
        {"Ring is not closed", GeometryProblemKind::UnclosedRing,
         QT_TRANSLATE_NOOP("GeometryValidator", "A ring is not closed")},
    };
    for (const Entry& entry : entries) {
        if (std::strncmp(reason, entry.prefix, std::strlen(entry.prefix)) == 0) {
            return {entry.kind, GeometryValidator::tr(entry.message)};
        }
    }
    return {GeometryProblemKind::Other,
            GeometryValidator::tr("The geometry is invalid (%1)").arg(QString::fromUtf8(reason))};
}

}  // namespace

GeometryValidator::GeometryValidator() : context_(GEOS_init_r()) {}

std::optional<GeometryProblem> GeometryValidator::check(const OGRGeometry& input) const {
    if (input.IsEmpty()) {
        return problem(GeometryProblemKind::Empty, tr("The geometry is empty"));
    }
    std::unique_ptr<OGRGeometry> linear;
    const OGRGeometry* geometry = &input;
    if (input.hasCurveGeometry()) {
        linear.reset(input.getLinearGeometry());
        geometry = linear.get();
    }
    if (auto bad = checkStructure(*geometry, 1)) {
        return bad;
    }
    return checkGeos(*geometry);
}

std::optional<GeometryProblem> GeometryValidator::checkGeos(const OGRGeometry& geometry) const {
    GEOSContextHandle_t context = context_.get();
    GeosGeometryPtr geos(geometry.exportToGEOS(context), GeosGeometryDestroyer{context});
    if (!geos) {
        return problem(GeometryProblemKind::Other,
                       tr("The geometry cannot be checked: GEOS does not accept it"));
    }
    char* reason = nullptr;
    GEOSGeometry* location = nullptr;
    const char valid = GEOSisValidDetail_r(context, geos.get(), 0, &reason, &location);
    GeosGeometryPtr locationOwner(location, GeosGeometryDestroyer{context});
    if (valid == 1) {
        return std::nullopt;
    }
    if (valid != 0 || !reason) {
        GEOSFree_r(context, reason);
        return problem(GeometryProblemKind::Other, tr("The geometry cannot be checked"));
    }
    const auto [kind, message] = translateReason(reason);
    GEOSFree_r(context, reason);
    std::optional<QPointF> spot;
    double x = 0;
    double y = 0;
    if (location && GEOSGeomGetX_r(context, location, &x) == 1 &&
        GEOSGeomGetY_r(context, location, &y) == 1 && std::isfinite(x) && std::isfinite(y)) {
        spot = QPointF(x, y);
    }
    return problem(kind, message, spot);
}

}  // namespace gis
