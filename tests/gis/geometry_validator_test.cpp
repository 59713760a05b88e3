// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/geometry_validator.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

using gis::GeometryProblemKind;

namespace {

OGRGeometryUniquePtr fromWkt(const char* wkt) {
    OGRGeometry* raw = nullptr;
    REQUIRE(OGRGeometryFactory::createFromWkt(wkt, nullptr, &raw) == OGRERR_NONE);
    return OGRGeometryUniquePtr(raw);
}

std::optional<gis::GeometryProblem> check(const OGRGeometry& geometry) {
    return gis::GeometryValidator().check(geometry);
}

std::optional<gis::GeometryProblem> check(const char* wkt) {
    return check(*fromWkt(wkt));
}

}  // namespace

TEST_CASE("Valid points, lines, polygons with holes and multi-parts pass", "[geometry_validator]") {
    CHECK_FALSE(check("POINT (103.8 36.1)"));
    CHECK_FALSE(check("LINESTRING (103 36, 104 36.5, 105 36)"));
    CHECK_FALSE(check("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 4 2, 4 4, 2 4, 2 2))"));
    CHECK_FALSE(check("MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), ((5 5, 6 5, 6 6, 5 5)))"));
    CHECK_FALSE(check("CURVEPOLYGON (CIRCULARSTRING (0 0, 2 0, 0 0))"));
}

TEST_CASE("A self-intersecting polygon is refused at the crossing", "[geometry_validator]") {
    const auto bad = check("POLYGON ((0 0, 2 2, 2 0, 0 2, 0 0))");
    REQUIRE(bad);
    CHECK(bad->kind == GeometryProblemKind::SelfIntersection);
    REQUIRE(bad->location);
    CHECK(bad->location->x() == Approx(1));
    CHECK(bad->location->y() == Approx(1));
    CHECK(bad->message.contains(QStringLiteral("crosses itself")));
    CHECK(bad->message.contains(QStringLiteral("(1, 1)")));
}

TEST_CASE("A self-crossing line is allowed but overlapping multipolygon parts are not",
          "[geometry_validator]") {
    CHECK_FALSE(check("LINESTRING (0 0, 2 2, 2 0, 0 2)"));
    const auto bad =
        check("MULTIPOLYGON (((0 0, 4 0, 4 4, 0 4, 0 0)), ((2 2, 6 2, 6 6, 2 6, 2 2)))");
    REQUIRE(bad);
    CHECK(bad->kind == GeometryProblemKind::SelfIntersection);
    CHECK(bad->location);
}

TEST_CASE("An unclosed ring is refused naming its start and end", "[geometry_validator]") {
    const auto bad = check("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 1))");
    REQUIRE(bad);
    CHECK(bad->kind == GeometryProblemKind::UnclosedRing);
    CHECK(bad->message.contains(QStringLiteral("outer ring of part 1")));
    CHECK(bad->message.contains(QStringLiteral("(0, 0)")));
    REQUIRE(bad->location);
    CHECK(*bad->location == QPointF(0, 1));
}

TEST_CASE("A ring with fewer than 4 points is refused", "[geometry_validator]") {
    const auto bad = check("POLYGON ((0 0, 1 0, 0 0))");
    REQUIRE(bad);
    CHECK(bad->kind == GeometryProblemKind::TooFewPoints);
    CHECK(bad->message.contains(QStringLiteral("only 3 points")));
}

TEST_CASE("A ring of zero area is refused", "[geometry_validator]") {
    const auto bad = check("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (1 1, 2 2, 3 3, 1 1))");
    REQUIRE(bad);
    CHECK(bad->kind == GeometryProblemKind::ZeroArea);
    CHECK(bad->message.contains(QStringLiteral("hole 1 of part 1")));
    CHECK(*bad->location == QPointF(1, 1));
}

TEST_CASE("A line of one point or no length is refused", "[geometry_validator]") {
    OGRLineString single;
    single.addPoint(3, 4);
    const auto one = check(single);
    REQUIRE(one);
    CHECK(one->kind == GeometryProblemKind::TooFewPoints);
    const auto zero = check("LINESTRING (3 4, 3 4, 3 4)");
    REQUIRE(zero);
    CHECK(zero->kind == GeometryProblemKind::ZeroLength);
    CHECK(*zero->location == QPointF(3, 4));
}

TEST_CASE("A hole outside its shell is refused", "[geometry_validator]") {
    const auto bad =
        check("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (20 20, 21 20, 21 21, 20 21, 20 20))");
    REQUIRE(bad);
    CHECK(bad->kind == GeometryProblemKind::HoleOutsideShell);
    CHECK(bad->location);
}

TEST_CASE("Nested holes are refused", "[geometry_validator]") {
    const auto bad = check(
        "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (1 1, 9 1, 9 9, 1 9, 1 1), "
        "(2 2, 3 2, 3 3, 2 3, 2 2))");
    REQUIRE(bad);
    CHECK(bad->kind == GeometryProblemKind::NestedHoles);
}

TEST_CASE("A polygon part inside another is refused as nested shells", "[geometry_validator]") {
    const auto bad =
        check("MULTIPOLYGON (((0 0, 10 0, 10 10, 0 10, 0 0)), ((1 1, 2 1, 2 2, 1 2, 1 1)))");
    REQUIRE(bad);
    CHECK(bad->kind == GeometryProblemKind::NestedShells);
}

TEST_CASE("A hole that cuts the interior in two is refused", "[geometry_validator]") {
    const auto bad = check("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (5 0, 10 5, 5 10, 0 5, 5 0))");
    REQUIRE(bad);
    CHECK(bad->kind == GeometryProblemKind::DisconnectedInterior);
}

TEST_CASE("Empty geometries and empty parts are refused", "[geometry_validator]") {
    const auto empty = check("POLYGON EMPTY");
    REQUIRE(empty);
    CHECK(empty->kind == GeometryProblemKind::Empty);
    OGRMultiPolygon multi;
    multi.addGeometryDirectly(fromWkt("POLYGON ((0 0, 1 0, 1 1, 0 0))").release());
    multi.addGeometryDirectly(new OGRPolygon());
    const auto part = check(multi);
    REQUIRE(part);
    CHECK(part->kind == GeometryProblemKind::EmptyPart);
    CHECK(part->message.contains(QStringLiteral("Part 2")));
}

TEST_CASE("A NaN coordinate is refused naming the vertex", "[geometry_validator]") {
    OGRLineString line;
    line.addPoint(1, 1);
    line.addPoint(2, 2);
    line.addPoint(std::numeric_limits<double>::quiet_NaN(), 3);
    const auto bad = check(line);
    REQUIRE(bad);
    CHECK(bad->kind == GeometryProblemKind::InvalidCoordinate);
    CHECK(bad->message.contains(QStringLiteral("Vertex 3")));
    CHECK(*bad->location == QPointF(2, 2));
    const OGRPoint point(std::numeric_limits<double>::infinity(), 1);
    REQUIRE(check(point));
    CHECK(check(point)->kind == GeometryProblemKind::InvalidCoordinate);
}
