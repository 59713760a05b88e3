// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/ogr/ogr_feature_source.h"
#include "gis/error.h"
#include "gis/gdal_environment.h"
#include "tests/support/test_files.h"

#include <catch2/catch.hpp>

#include <QFile>

namespace {

/// Writes a small GeoJSON file of two named points (GeoJSON is always EPSG:4326).
QString writePoints(const tests::ScratchDir& scratch) {
    const QString path = scratch.file("cities.geojson");
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(R"({"type":"FeatureCollection","features":[
      {"type":"Feature","properties":{"name":"兰州","rank":1},"geometry":{"type":"Point","coordinates":[103.834,36.061]}},
      {"type":"Feature","properties":{"name":"西宁","rank":1},"geometry":{"type":"Point","coordinates":[101.778,36.617]}}]})");
    return path;
}

}  // namespace

TEST_CASE("An OGR source reads metadata and answers a spatial query with chosen columns",
          "[gis][source]") {
    tests::ScratchDir scratch;
    const gis::OgrFeatureSource source({writePoints(scratch), {}, {}});
    CHECK(source.crs().authId() == "EPSG:4326");
    CHECK(source.featureCount() == 2);
    CHECK(source.geometryKind() == gis::GeometryKind::Point);
    CHECK(source.extent().contains(QPointF(103, 36.3)));
    REQUIRE(source.fields().size() == 2);

    auto features = source.query({QRectF(QPointF(103, 35.5), QPointF(104.5, 36.5)), {"name"}});
    gis::Feature feature;
    REQUIRE(features->next(feature));
    REQUIRE(feature.attributes.size() == 1);
    CHECK(feature.attributes[0].toString() == QStringLiteral("兰州"));
    CHECK(feature.geometry->toPoint()->getX() == Approx(103.834));
    CHECK_FALSE(features->next(feature));
}

TEST_CASE("An attribute filter restricts the source", "[gis][source]") {
    tests::ScratchDir scratch;
    const gis::OgrFeatureSource source({writePoints(scratch), {}, "name = '西宁'"});
    auto features = source.query({{}, {"name"}});
    gis::Feature feature;
    REQUIRE(features->next(feature));
    CHECK(feature.attributes[0].toString() == QStringLiteral("西宁"));
    CHECK_FALSE(features->next(feature));
}

TEST_CASE("Broken sources fail with messages naming file, layer or field", "[gis][source]") {
    tests::ScratchDir scratch;
    CHECK_THROWS_WITH(gis::OgrFeatureSource({scratch.file("missing.gpkg"), "x", {}}),
                      Catch::Contains("File not found") && Catch::Contains("missing.gpkg"));
    const QString points = writePoints(scratch);
    CHECK_THROWS_WITH(gis::OgrFeatureSource({points, "nonexistent", {}}),
                      Catch::Contains("nonexistent"));
    const gis::OgrFeatureSource source({points, {}, {}});
    CHECK_THROWS_WITH(source.query({{}, {"population"}}), Catch::Contains("population"));

    QFile garbage(scratch.file("garbage.gpkg"));
    REQUIRE(garbage.open(QIODevice::WriteOnly));
    garbage.write("this is not a geopackage");
    garbage.close();
    CHECK_THROWS_WITH(gis::OgrFeatureSource({garbage.fileName(), {}, {}}),
                      Catch::Contains("garbage.gpkg"));
}

TEST_CASE("A layer without a CRS is reported, not drawn in the wrong place", "[gis][source]") {
    tests::ScratchDir scratch;
    const QString path = scratch.file("nocrs.csv");
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("WKT,name\n\"POINT (103.8 36.0)\",a\n");
    file.close();
    CHECK_THROWS_WITH(gis::OgrFeatureSource({path, {}, {}}),
                      Catch::Contains("no coordinate reference system"));
}
