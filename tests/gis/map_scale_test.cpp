// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/map_scale.h"

#include <catch2/catch.hpp>

using Catch::Matchers::WithinRel;

TEST_CASE("Geodesic distance matches a known value", "[gis][scale]") {
    // One degree of longitude at 36°N on WGS 84: 90.2 km (a cos(φ)/sqrt(1-e²sin²φ) · π/180).
    CHECK_THAT(gis::geodesicDistanceMetres(103, 36, 104, 36), WithinRel(90163.0, 0.001));
}

TEST_CASE("The scale is true at the centre in a projected and a geographic CRS", "[gis][scale]") {
    gis::MapSettings projected;
    projected.crs = gis::Crs::fromEpsg(4523);
    projected.dpi = 96;
    projected.outputSize = QSize(1000, 1000);
    // 1000 px at 96 dpi = 0.26458 m of screen for 100 km of ground near the central meridian.
    projected.extent = QRectF(35450000, 3950000, 100000, 100000);
    CHECK_THAT(gis::scaleDenominator(projected), WithinRel(100000.0 / 0.264583, 0.002));

    gis::MapSettings geographic = projected;
    geographic.crs = gis::Crs::wgs84();
    geographic.extent = QRectF(103, 35.5, 1, 1);  // the centre is at 36°N
    CHECK_THAT(gis::scaleDenominator(geographic), WithinRel(90163.0 / 0.264583, 0.003));
}
