// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/ogr/ogr_feature_source.h"
#include "gis/error.h"
#include "gis/gdal_environment.h"
#include "gis/handles.h"
#include "tests/support/test_files.h"

#include <catch2/catch.hpp>

#include <QFile>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

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

TEST_CASE("Queries on one thread reuse its open file, and see every write to it", "[gis][source]") {
    tests::ScratchDir scratch;
    const QString path = scratch.file("zones.gpkg");
    {
        gis::initializeGdal();
        GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
        gis::GdalDatasetPtr dataset(
            driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
        REQUIRE(dataset);
        OGRLayer* layer =
            dataset->CreateLayer("zones", OGRSpatialReference::GetWGS84SRS(), wkbPoint, nullptr);
        OGRFieldDefn name("name", OFTString);
        layer->CreateField(&name);
        OGRFeature feature(layer->GetLayerDefn());
        feature.SetField("name", "兰州新区");
        OGRPoint point(103.68, 36.50);
        feature.SetGeometry(&point);
        REQUIRE(layer->CreateFeature(&feature) == OGRERR_NONE);
    }
    const gis::OgrFeatureSource source({path, "zones", {}});
    const auto count = [&](const gis::FeatureQuery& query) {
        auto features = source.query(query);
        gis::Feature feature;
        int found = 0;
        while (features->next(feature)) {
            ++found;
        }
        return found;
    };
    const QRectF region(QPointF(100, 34), QPointF(106, 38));
    CHECK(count({region, {"name"}}) == 1);
    // A query stopped half-way leaves the kept handle ready for the next one.
    { auto features = source.query({{}, {"name"}}); }
    CHECK(count({QRectF(QPointF(101, 36), QPointF(102, 37)), {}}) == 0);
    CHECK(count({region, {"name"}}) == 1);

    // Another handle adds a feature and a column: the next query on this thread sees both.
    {
        gis::GdalDatasetPtr dataset(
            GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
        REQUIRE(dataset);
        OGRLayer* layer = dataset->GetLayerByName("zones");
        OGRFieldDefn status("status", OFTString);
        REQUIRE(layer->CreateField(&status) == OGRERR_NONE);
        OGRFeature feature(layer->GetLayerDefn());
        feature.SetField("name", "西宁");
        feature.SetField("status", "在建");
        OGRPoint point(101.78, 36.62);
        feature.SetGeometry(&point);
        REQUIRE(layer->CreateFeature(&feature) == OGRERR_NONE);
    }
    CHECK(count({region, {"name", "status"}}) == 2);
}
