// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geometry_edits.h"

#include "gis/error.h"

#include <catch2/catch.hpp>

#include <string>

namespace {

OGRGeometryUniquePtr fromWkt(const char* wkt) {
    OGRGeometry* raw = nullptr;
    REQUIRE(OGRGeometryFactory::createFromWkt(wkt, nullptr, &raw) == OGRERR_NONE);
    return OGRGeometryUniquePtr(raw);
}

std::string wktOf(const OGRGeometry& geometry) {
    char* text = nullptr;
    geometry.exportToWkt(&text);
    std::string wkt(text);
    CPLFree(text);
    return wkt;
}

std::string reshaped(const char* target, const char* pen) {
    const core::GeometryEdits edits;
    return wktOf(*edits.reshape(*fromWkt(target), *fromWkt(pen)));
}

}  // namespace

TEST_CASE("Reshaping a line replaces the part between two crossings", "[core][edit]") {
    // A detour north between x = 1 and x = 3; the pen's ends beyond the line are dropped.
    CHECK(reshaped("LINESTRING (0 0,2 0,4 0)", "LINESTRING (1 -1,1 1,3 1,3 -1)") ==
          "LINESTRING (0 0,1 0,1 1,3 1,3 0,4 0)");
    // Drawn against the line's direction: the detour is turned round to follow it.
    CHECK(reshaped("LINESTRING (0 0,2 0,4 0)", "LINESTRING (3 -1,3 1,1 1,1 -1)") ==
          "LINESTRING (0 0,1 0,1 1,3 1,3 0,4 0)");
    // Crossing on vertices keeps no repeated point.
    CHECK(reshaped("LINESTRING (0 0,1 0,3 0,4 0)", "LINESTRING (1 -1,1 1,3 1,3 -1)") ==
          "LINESTRING (0 0,1 0,1 1,3 1,3 0,4 0)");
}

TEST_CASE("A line started or ended on a line redraws it to its nearer end", "[core][edit]") {
    // Starting on the line near its east end: the east part is replaced by the pen.
    CHECK(reshaped("LINESTRING (0 0,4 0)", "LINESTRING (3 0,3 2,5 2)") ==
          "LINESTRING (0 0,3 0,3 2,5 2)");
    // Ending on it near the west end: the pen comes first.
    CHECK(reshaped("LINESTRING (0 0,4 0)", "LINESTRING (-1 2,1 2,1 0)") ==
          "LINESTRING (-1 2,1 2,1 0,4 0)");
    // From the end point: the line is extended.
    CHECK(reshaped("LINESTRING (0 0,4 0)", "LINESTRING (4 0,5 1)") == "LINESTRING (0 0,4 0,5 1)");
}

TEST_CASE("Reshaping a multi-line changes only the part the pen meets", "[core][edit]") {
    CHECK(reshaped("MULTILINESTRING ((0 0,4 0),(0 5,4 5))", "LINESTRING (1 4,1 6,3 6,3 4)") ==
          "MULTILINESTRING ((0 0,4 0),(0 5,1 5,1 6,3 6,3 5,4 5))");
}

TEST_CASE("A pen that does not meet the line as reshape needs is refused", "[core][edit]") {
    const core::GeometryEdits edits;
    const auto line = fromWkt("LINESTRING (0 0,4 0)");
    // Off the line altogether.
    CHECK_THROWS_WITH(edits.reshape(*line, *fromWkt("LINESTRING (0 1,4 1)")),
                      Catch::Contains("start or end on it"));
    // Crossing once, in its middle.
    CHECK_THROWS_AS(edits.reshape(*line, *fromWkt("LINESTRING (2 -1,2 1)")), gis::Error);
    // Points cannot be reshaped.
    CHECK_THROWS_WITH(edits.reshape(*fromWkt("POINT (1 1)"), *fromWkt("LINESTRING (0 1,4 1)")),
                      Catch::Contains("polygons and lines"));
}
