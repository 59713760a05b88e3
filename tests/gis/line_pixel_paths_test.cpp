// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/line_pixel_paths.h"
#include "gis/crs.h"

#include <catch2/catch.hpp>

#include <ogr_geometry.h>

#include <memory>

namespace {

std::unique_ptr<OGRGeometry> fromWkt(const char* wkt) {
    OGRGeometry* geometry = nullptr;
    REQUIRE(OGRGeometryFactory::createFromWkt(wkt, nullptr, &geometry) == OGRERR_NONE);
    return std::unique_ptr<OGRGeometry>(geometry);
}

}  // namespace

TEST_CASE("Line label paths are the lines of a feature in output pixels", "[gis][labels]") {
    const gis::CoordinateTransform toMap(gis::Crs::wgs84(), gis::Crs::fromEpsg(3857));
    // 1 pixel per kilometre, north up, the map's origin at 100 E on the equator.
    QTransform mapToPixel;
    mapToPixel.scale(0.001, -0.001).translate(-11131949.08, 0);
    const auto multi =
        fromWkt("MULTILINESTRING ((100 0, 101 0, 101 1), (102 0, 102.0001 0, 103 0))");
    const std::vector<QPolygonF> paths = gis::linePixelPaths(*multi, toMap, mapToPixel);
    REQUIRE(paths.size() == 2);
    REQUIRE(paths[0].size() == 3);
    CHECK(paths[0][0].x() == Approx(0).margin(0.01));
    CHECK(paths[0][1].x() == Approx(111.32).margin(0.01));
    CHECK(paths[0][2].y() == Approx(-111.33).margin(0.05));  // Mercator stretches north
    // The vertex 11 metres from the one before is dropped; the line's ends are kept.
    CHECK(paths[1].size() == 2);

    const auto mixed = fromWkt(
        "GEOMETRYCOLLECTION (POINT (100 0), POLYGON ((100 0, 101 0, 101 1, 100 0)),"
        " LINESTRING (100 0, 100 1))");
    CHECK(gis::linePixelPaths(*mixed, toMap, mapToPixel).size() == 1);
    CHECK(gis::linePixelPaths(*fromWkt("POLYGON ((100 0, 101 0, 101 1, 100 0))"), toMap, mapToPixel)
              .empty());
}
