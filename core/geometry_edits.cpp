// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geometry_edits.h"

#include "gis/error.h"

namespace core {

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
