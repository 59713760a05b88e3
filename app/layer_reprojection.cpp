// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/layer_reprojection.h"

namespace app {

namespace {

OGRSpatialReference lonLatSrs() {
    OGRSpatialReference srs;
    srs.importFromEPSG(4326);
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    return srs;
}

}  // namespace

OGRGeometryUniquePtr reprojected(const OGRGeometry& geometry, const OGRSpatialReference* from,
                                 const OGRSpatialReference* to) {
    OGRGeometryUniquePtr copy(geometry.clone());
    const OGRSpatialReference lonLat = lonLatSrs();
    from = from ? from : &lonLat;
    to = to ? to : &lonLat;
    if (!from->IsSame(to)) {
        // GDAL takes non-const references; copies keep the layer's own untouched.
        OGRSpatialReference source(*from);
        OGRSpatialReference target(*to);
        copy->assignSpatialReference(&source);
        copy->transformTo(&target);
    }
    copy->assignSpatialReference(nullptr);
    return copy;
}

OGRSpatialReference ogrSrs(const gis::Crs& crs) {
    OGRSpatialReference srs;
    srs.SetFromUserInput(crs.definition().toUtf8().constData());
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    return srs;
}

}  // namespace app
