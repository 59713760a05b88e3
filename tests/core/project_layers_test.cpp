// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project.h"
#include "core/project_database.h"
#include "gis/error.h"
#include "tests/support/test_files.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSignalSpy>

namespace {

QString copyOfDefaultProject(const tests::ScratchDir& scratch) {
    const QString copy = scratch.file("project.gpkg");
    REQUIRE(QFile::copy(tests::defaultProjectPath(), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    return copy;
}

QString writeFile(const tests::ScratchDir& scratch, const QString& name, const QByteArray& text) {
    const QString path = scratch.file(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(text);
    return path;
}

QString writeStations(const tests::ScratchDir& scratch) {
    return writeFile(scratch, "stations.geojson", R"({"type":"FeatureCollection","features":[
      {"type":"Feature","properties":{"name":"西宁站"},"geometry":{"type":"Point","coordinates":[101.778,36.617]}},
      {"type":"Feature","properties":{"name":"兰州站"},"geometry":{"type":"Point","coordinates":[103.834,36.061]}}]})");
}

core::LayerRecord recordFor(const QString& dataset, const QString& table = {}) {
    core::LayerRecord record;
    record.dataset = dataset;
    record.table = table;
    return record;
}

/// The first feature's point of a layer, read through the source as the renderer does.
QPointF firstPoint(const gis::FeatureSource& source) {
    auto features = source.query({});
    gis::Feature feature;
    REQUIRE(features->next(feature));
    REQUIRE(feature.geometry);
    const OGRPoint* point = feature.geometry->toPoint();
    return {point->getX(), point->getY()};
}

}  // namespace

TEST_CASE("Added layers, their order, opacity, scale range and the CRS survive reopening",
          "[core][project][layers]") {
    tests::ScratchDir scratch;
    const QString path = copyOfDefaultProject(scratch);
    const QString stations = writeStations(scratch);
    const QString wkt =
        writeFile(scratch, "lines.csv", "id,shape\n1,\"LINESTRING (101.7 36.6, 103.8 36.0)\"\n");

    core::Project project = core::Project::open(path);
    const std::size_t baseCount = project.layerRecords().size();
    const QString first = project.addLayer(recordFor(stations));
    core::LayerRecord lines = recordFor(wkt);
    lines.openOptions = {"GEOM_POSSIBLE_NAMES=shape", "KEEP_GEOM_COLUMNS=NO"};
    lines.crsOverride = "EPSG:4326";
    const QString second = project.addLayer(lines);
    const QString again = project.addLayer(recordFor(stations));
    CHECK(first == "stations");
    CHECK(again == "stations_2");
    REQUIRE(project.layerRecords().size() == baseCount + 3);
    CHECK(project.layerRecords().back().key == again);  // new layers go on top

    // Each gets the default style of its geometry kind, in a colour of its own.
    const auto& records = project.layerRecords();
    const gis::Symbol pointSymbol = records[baseCount].style.defaultSymbol;
    const gis::Symbol lineSymbol = records[baseCount + 1].style.defaultSymbol;
    CHECK(pointSymbol.fillColor.alpha() == 255);
    CHECK(lineSymbol.fillColor.alpha() == 0);
    CHECK(lineSymbol.strokeWidthMm > pointSymbol.strokeWidthMm);
    CHECK(pointSymbol.fillColor.rgb() !=
          records[baseCount + 2].style.defaultSymbol.fillColor.rgb());
    CHECK(project.source(second)->featureCount() == 1);

    project.moveLayer(second, 0);
    project.setLayerOpacity(first, 0.4);
    project.setLayerScaleRange(first, 500000, 5000);
    project.setLayerVisible(again, false);
    project.removeLayer(again);
    project.setCrs(gis::Crs::fromEpsg(4522));

    const core::Project reopened = core::Project::open(path);
    CHECK(reopened.loadErrors().isEmpty());
    CHECK(reopened.crs().authId() == "EPSG:4522");
    CHECK(reopened.homeExtent().left() > 34000000);  // zone 34 false easting
    const auto& back = reopened.layerRecords();
    REQUIRE(back.size() == baseCount + 2);
    CHECK(back.front().key == second);
    CHECK(back.front().crsOverride == "EPSG:4326");
    CHECK(back.front().openOptions == lines.openOptions);
    CHECK(back.back().key == first);
    CHECK(back.back().dataset == stations);
    CHECK(back.back().opacity == Approx(0.4));
    CHECK(back.back().minScale == 500000);
    CHECK(back.back().maxScale == 5000);
    CHECK(back.back().style.defaultSymbol == pointSymbol);
    CHECK(reopened.source(second)->geometryKind() == gis::GeometryKind::Unknown);
}

TEST_CASE("A layer shows only within its scale range", "[core][project][layers]") {
    tests::ScratchDir scratch;
    core::Project project = core::Project::open(copyOfDefaultProject(scratch));
    const QString key = project.addLayer(recordFor(writeStations(scratch)));
    project.setLayerScaleRange(key, 1000000, 10000);
    const auto visibleAt = [&](double scale) {
        return project.mapLayers({}, scale).back().visible;
    };
    CHECK(visibleAt(0));  // scale unknown
    CHECK(visibleAt(500000));
    CHECK_FALSE(visibleAt(2000000));
    CHECK_FALSE(visibleAt(5000));
    CHECK_THROWS_WITH(project.setLayerScaleRange(key, 10000, 1000000),
                      Catch::Contains("stations") && Catch::Contains("empty"));
    CHECK(project.layerRecords().back().minScale == 1000000);
}

TEST_CASE("Datasets are found relative to the project file", "[core][project][layers]") {
    tests::ScratchDir scratch;
    const QString path = copyOfDefaultProject(scratch);
    writeStations(scratch);
    core::Project project = core::Project::open(path);
    const QString key = project.addLayer(recordFor("stations.geojson"));
    CHECK(project.resolvedDataset(project.layerRecords().back()) ==
          scratch.file("stations.geojson"));
    CHECK(project.source(key)->featureCount() == 2);
    CHECK(project.resolvedDataset(recordFor("PG:dbname=lanxi")) == "PG:dbname=lanxi");
}

TEST_CASE("A layer that cannot be opened is not added", "[core][project][layers]") {
    tests::ScratchDir scratch;
    const QString path = copyOfDefaultProject(scratch);
    core::Project project = core::Project::open(path);
    const std::size_t before = project.layerRecords().size();
    CHECK_THROWS_WITH(project.addLayer(recordFor(scratch.file("missing.geojson"))),
                      Catch::Contains("missing.geojson"));
    const QString noCrs =
        writeFile(scratch, "nocrs.csv", "WKT,name\n\"POINT (101.778 36.617)\",a\n");
    CHECK_THROWS_WITH(
        project.addLayer(recordFor(noCrs)),
        Catch::Contains("nocrs") && Catch::Contains("no coordinate reference system"));
    CHECK(project.layerRecords().size() == before);
    CHECK(core::ProjectDatabase(path, core::ProjectDatabase::Access::ReadOnly).layers().size() ==
          before);
}

TEST_CASE("A CRS override places data that has none", "[core][project][layers]") {
    tests::ScratchDir scratch;
    const QString path = copyOfDefaultProject(scratch);
    const QString csv = writeFile(scratch, "towns.csv", "name,lon,lat\n西宁,101.778,36.617\n");
    core::LayerRecord record = recordFor(csv);
    record.openOptions = {"X_POSSIBLE_NAMES=lon", "Y_POSSIBLE_NAMES=lat", "KEEP_GEOM_COLUMNS=NO"};
    record.crsOverride = "EPSG:4326";
    core::Project project = core::Project::open(path);
    const QString key = project.addLayer(record);
    const auto source = project.source(key);
    CHECK(source->crs().authId() == "EPSG:4326");
    CHECK(source->geometryKind() == gis::GeometryKind::Point);
    REQUIRE(source->fields().size() == 1);  // the coordinate columns became the geometry
    const QPointF xining = firstPoint(*source);
    CHECK(xining.x() == Approx(101.778));
    CHECK(xining.y() == Approx(36.617));

    // A layer saved without a CRS loads with an error, and setting one repairs it.
    {
        core::ProjectDatabase database(path, core::ProjectDatabase::Access::ReadWrite);
        auto layers = database.layers();
        layers.back().crsOverride.clear();
        database.replaceLayers(layers);
    }
    core::Project broken = core::Project::open(path);
    CHECK(broken.source(key) == nullptr);
    CHECK(broken.layerError(key).contains("no coordinate reference system"));
    REQUIRE(broken.loadErrors().size() == 1);
    CHECK_THROWS_WITH(broken.setLayerCrsOverride(key, "EPSG:999999"),
                      Catch::Contains("towns") && Catch::Contains("EPSG:999999"));
    broken.setLayerCrsOverride(key, "EPSG:4326");
    CHECK(broken.loadErrors().isEmpty());
    CHECK(broken.source(key)->crs().authId() == "EPSG:4326");
    CHECK(core::Project::open(path).source(key) != nullptr);
}

TEST_CASE("A schema-2 project gains the layer columns of schema 3 when opened",
          "[core][project][layers]") {
    tests::ScratchDir scratch;
    const QString path = copyOfDefaultProject(scratch);
    {
        gis::SqliteDatabase sqlite(path, gis::SqliteDatabase::Mode::ReadWrite);
        sqlite.execute(
            "ALTER TABLE lx_layer DROP COLUMN min_scale; ALTER TABLE lx_layer DROP COLUMN "
            "max_scale; ALTER TABLE lx_layer DROP COLUMN crs_override; ALTER TABLE lx_layer DROP "
            "COLUMN open_options; UPDATE lx_meta SET value = '2' WHERE key = 'schema_version';");
    }
    CHECK_THROWS_WITH(core::ProjectDatabase(path, core::ProjectDatabase::Access::ReadOnly),
                      Catch::Contains("older project schema version 2"));
    core::Project project = core::Project::open(path);
    CHECK(project.loadErrors().isEmpty());
    const core::ProjectDatabase upgraded(path, core::ProjectDatabase::Access::ReadOnly);
    CHECK(upgraded.schemaVersion() == core::ProjectDatabase::kSchemaVersion);
    const auto layers = upgraded.layers();
    REQUIRE(layers.size() == project.layerRecords().size());
    CHECK(layers.back().key == "plan_cities");
    CHECK(layers.back().minScale == 0);
    CHECK(layers.back().crsOverride.isEmpty());
    CHECK(layers.back().style.categoryField == "tier");  // nothing else changed

    project.setLayerScaleRange("plan_cities", 2000000, 0);
    CHECK(core::Project::open(path).layerRecords().back().minScale == 2000000);
}

TEST_CASE("The project signals each change it saved, so views can follow",
          "[core][project][layers]") {
    tests::ensureApplication();
    tests::ScratchDir scratch;
    const QString path = copyOfDefaultProject(scratch);
    core::Project project = core::Project::open(path);
    const core::ProjectChanges* changes = project.changes();
    QSignalSpy layers(changes, &core::ProjectChanges::layersChanged);
    QSignalSpy styles(changes, &core::ProjectChanges::stylesChanged);
    QSignalSpy bookmarks(changes, &core::ProjectChanges::bookmarksChanged);
    QSignalSpy crs(changes, &core::ProjectChanges::crsChanged);
    QSignalSpy visibility(changes, &core::ProjectChanges::visibilityChanged);

    project.setLayerOpacity("base_lake", 0.5);
    project.setLayerStyle("base_lake", core::Project::defaultStyle(gis::GeometryKind::Polygon, 2));
    project.addBookmark({"测试视图", "test view", QRectF(103, 36, 1, 1)});
    project.setCrs(gis::Crs::fromUserInput("EPSG:4523"));
    project.setLayerVisible("base_river", false);
    project.setPlanFilter("kind = 'airport'");
    CHECK(layers.count() == 2);  // opacity, plan filter
    CHECK(styles.count() == 1);
    CHECK(bookmarks.count() == 1);
    CHECK(crs.count() == 1);
    REQUIRE(visibility.count() == 1);
    CHECK(visibility.front().front().toString() == "base_river");

    // A change that could not be saved says nothing.
    CHECK_THROWS_AS(project.setLayerScaleRange("base_lake", 1000, 50000), gis::Error);
    CHECK(layers.count() == 2);
}
