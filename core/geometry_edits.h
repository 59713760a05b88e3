// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gis/handles.h"

#include <QCoreApplication>

#include <functional>

#include <ogr_geometry.h>

#include <vector>

namespace core {

/// The GEOS operations behind split and merge. Owns one GEOS context: one instance per thread.
class GeometryEdits {
    Q_DECLARE_TR_FUNCTIONS(GeometryEdits)

public:
    GeometryEdits();

    /// Cuts a line or polygon (single or multi) with a line. Polygons: the boundary is noded with
    /// the blade and polygonized; pieces inside the original are kept. Lines: the difference with
    /// the blade. Every resulting part is one piece. Throws gis::Error when the blade does not
    /// cut the geometry or the geometry is not a line or polygon.
    std::vector<OGRGeometryUniquePtr> split(const OGRGeometry& geometry,
                                            const OGRGeometry& blade) const;

    /// Reshapes a polygon or a line (single or multi) with a drawn line, as QGIS's Reshape
    /// Features does. A polygon part whose outline the line crosses exactly twice: a line drawn
    /// inside cuts away the smaller side, one drawn outside adds the area between it and the
    /// outline; holes are kept. A line part the drawn line meets twice or more: the drawn line
    /// between its first and last meeting replaces the part between them (its dangling ends are
    /// dropped); met once, at the drawn line's start or end: the part from there to its nearer
    /// end is replaced by the drawn line (from an end: the line is extended). Every part so met
    /// is reshaped. Throws gis::Error when no part is, or the geometry is neither kind.
    OGRGeometryUniquePtr reshape(const OGRGeometry& geometry, const OGRGeometry& line) const;

    /// The union of the geometries (lines merged into as few parts as possible).
    OGRGeometryUniquePtr merge(const std::vector<const OGRGeometry*>& geometries) const;

private:
    /// One polygon reshaped by the line; null when the line does not cross its outline twice.
    gis::GeosGeometryPtr reshapePart(const GEOSGeometry* polygon, const GEOSGeometry* line) const;
    OGRGeometryUniquePtr reshapeLine(const OGRGeometry& geometry, const OGRGeometry& line) const;
    /// Every part of `geometry` reshaped by `reshapeOne` or kept as it was, as a collection of
    /// `collectionType`; null when `reshapeOne` reshaped no part.
    gis::GeosGeometryPtr reshapeEachPart(
        const OGRGeometry& geometry, const OGRGeometry& line, int collectionType,
        const std::function<gis::GeosGeometryPtr(const GEOSGeometry*, const GEOSGeometry*)>&
            reshapeOne) const;
    /// One line reshaped by the pen; null when the pen does not meet it as reshape() needs.
    gis::GeosGeometryPtr reshapeLinePart(const GEOSGeometry* target, const GEOSGeometry* pen) const;
    gis::GeosGeometryPtr toGeos(const OGRGeometry& geometry) const;
    gis::GeosGeometryPtr own(GEOSGeometry* geometry) const;
    OGRGeometryUniquePtr toOgr(const GEOSGeometry* geometry) const;

    gis::GeosContextPtr context_;
};

}  // namespace core
