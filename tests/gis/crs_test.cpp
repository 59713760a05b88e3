// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/crs.h"
#include "gis/error.h"

#include <catch2/catch.hpp>

TEST_CASE("Crs knows the CRSs of the region", "[gis][crs]") {
    const gis::Crs wgs84 = gis::Crs::fromEpsg(4326);
    CHECK(wgs84.authId() == "EPSG:4326");
    CHECK(wgs84.isGeographic());
    const gis::Crs zone34 = gis::Crs::fromUserInput(" EPSG:4522 ");
    CHECK(zone34.authId() == "EPSG:4522");
    CHECK_FALSE(zone34.isGeographic());
    CHECK(zone34.name().contains("zone 34"));
    CHECK(gis::Crs::fromEpsg(4490).isGeographic());
    CHECK(wgs84 != zone34);
}

TEST_CASE("Crs refuses a definition PROJ does not know, naming it", "[gis][crs]") {
    try {
        gis::Crs::fromUserInput("EPSG:999999");
        FAIL("no error raised");
    } catch (const gis::Error& error) {
        CHECK(error.message().contains("EPSG:999999"));
    }
}
