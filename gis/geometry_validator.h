// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gis/handles.h"

#include <QCoreApplication>
#include <QPointF>
#include <QString>

#include <ogr_geometry.h>

#include <optional>

namespace gis {

/// What is wrong with a geometry that must not be stored.
enum class GeometryProblemKind {
    Empty,
    EmptyPart,
    InvalidCoordinate,
    UnclosedRing,
    TooFewPoints,
    ZeroArea,
    ZeroLength,
    SelfIntersection,
    HoleOutsideShell,
    NestedHoles,
    DisconnectedInterior,
    NestedShells,
    DuplicateRings,
    Other
};

/// A refused geometry: the kind, a translated message naming what is wrong and where, and the spot
/// to mark on the map (in the geometry's own coordinates) when there is one.
struct GeometryProblem {
    GeometryProblemKind kind = GeometryProblemKind::Other;
    QString message;
    std::optional<QPointF> location;
};

/// Checks a geometry before it is stored: the structure first (empty parts, NaN coordinates,
/// unclosed or degenerate rings and lines, which GEOS cannot even build), then GEOS validity
/// (self-intersections, holes outside their shell or nested, nested shells …). Curves are checked
/// on their linear approximation. Owns one GEOS context: one instance per thread.
class GeometryValidator {
    Q_DECLARE_TR_FUNCTIONS(GeometryValidator)

public:
    GeometryValidator();

    /// The first problem found, or nothing when the geometry may be stored.
    std::optional<GeometryProblem> check(const OGRGeometry& geometry) const;

private:
    std::optional<GeometryProblem> checkGeos(const OGRGeometry& geometry) const;

    GeosContextPtr context_;
};

}  // namespace gis
