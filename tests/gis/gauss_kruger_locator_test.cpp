// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/gauss_kruger_locator.h"
#include "gis/gauss_kruger.h"

#include <catch2/catch.hpp>

using Catch::Matchers::WithinAbs;

TEST_CASE("The 3-degree zone under a point and its EPSG code", "[gis][crs]") {
    CHECK(gis::gaussKrugerZone3(101.778) == 34);  // Xining
    CHECK(gis::gaussKrugerZone3(103.834) == 35);  // Lanzhou
    CHECK(gis::gaussKrugerZone3(99.9) == 33);     // west shore of Qinghai Lake
    CHECK(gis::gaussKrugerZone3Epsg(34) == 4522);
    CHECK(gis::gaussKrugerZone3Epsg(35) == 4523);
    CHECK(gis::gaussKrugerZone3Epsg(33) == 4521);
    CHECK(gis::gaussKrugerZone3Epsg(12) == 0);
}

TEST_CASE("The locator switches zone between Xining and Lanzhou", "[gis][crs]") {
    gis::GaussKrugerLocator locator;
    const auto xining = locator.locate({101.778, 36.617});
    REQUIRE(xining);
    CHECK(xining->epsg == 4522);
    CHECK_THAT(xining->easting, WithinAbs(34480140.73, 0.05));
    CHECK_THAT(xining->northing, WithinAbs(4054030.86, 0.05));
    const auto lanzhou = locator.locate({103.834, 36.061});
    REQUIRE(lanzhou);
    CHECK(lanzhou->zone == 35);
    CHECK_THAT(lanzhou->easting, WithinAbs(35394947.92, 0.05));
    CHECK_FALSE(locator.locate({103.0, 89.0}));
}
