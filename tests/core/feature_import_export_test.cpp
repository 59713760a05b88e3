// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/edit_session.h"
#include "core/feature_exporter.h"
#include "core/feature_importer.h"
#include "core/project_database.h"
#include "gis/sqlite_database.h"
#include "tests/support/test_files.h"

#include <catch2/catch.hpp>

#include <QFile>

namespace {

QString copyOfDefaultProject(const tests::ScratchDir& scratch,
                             const QString& name = "project.gpkg") {
    const QString copy = scratch.file(name);
    REQUIRE(QFile::copy(tests::defaultProjectPath(), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    return copy;
}

int count(const QString& path, const QString& where = "1") {
    const gis::SqliteDatabase db(path, gis::SqliteDatabase::Mode::ReadOnly);
    return db.scalar("SELECT count(*) FROM plan_area WHERE " + where)->toInt();
}

void writeText(const QString& path, const QByteArray& text) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(text);
}

}  // namespace

TEST_CASE("An import with one invalid feature writes nothing and reports it", "[core][import]") {
    tests::ScratchDir scratch;
    const QString path = copyOfDefaultProject(scratch);
    const int before = count(path);
    core::EditSession session(path, "plan_area", path);
    const auto report =
        core::FeatureImporter(session).run(tests::testDataPath("edit/footprints_one_bad.geojson"));
    REQUIRE(report.features.size() == 3);
    CHECK(report.features[0].imported);
    CHECK_FALSE(report.features[1].imported);
    CHECK(report.features[1].reason.contains("crosses itself"));
    CHECK(report.features[1].reason.contains("(101.05, 36.05)"));
    CHECK(report.features[2].imported);
    CHECK_FALSE(report.written);
    CHECK(count(path) == before);
    CHECK_FALSE(session.hasPendingEdits());
    CHECK_FALSE(core::EditSession::hasRecoveryJournal(path, "plan_area"));

    core::ImportOptions skip;
    skip.skipInvalid = true;
    const auto written = core::FeatureImporter(session).run(
        tests::testDataPath("edit/footprints_one_bad.geojson"), skip);
    CHECK(written.written);
    CHECK(count(path) == before + 2);
    CHECK(written.features[0].fid < written.features[2].fid);
    const core::ProjectDatabase project(path, core::ProjectDatabase::Access::ReadOnly);
    const auto history = project.featureHistory("plan_area", written.features[0].fid);
    REQUIRE(history.size() == 1);
    CHECK(history[0].after->attributes.value("name_zh") == "兰州新区机场扩建");
}

TEST_CASE("Imports reproject, read CSV as WKT or x/y and fill missing fields", "[core][import]") {
    tests::ScratchDir scratch;
    const QString path = copyOfDefaultProject(scratch);
    core::EditSession session(path, "plan_area", path);
    // Web Mercator metres around Xining.
    writeText(
        scratch.file("mercator.geojson"),
        R"({"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::3857"}},
                  "features":[{"type":"Feature","properties":{"name_zh":"墨卡托"},"geometry":{"type":"Polygon",
                  "coordinates":[[[11330000,4380000],[11332000,4380000],[11332000,4382000],[11330000,4382000],[11330000,4380000]]]}}]})");
    core::ImportOptions options;
    options.defaults = {{"kind", "industrial_park"}};
    const auto report =
        core::FeatureImporter(session).run(scratch.file("mercator.geojson"), options);
    REQUIRE(report.written);
    const auto stored = session.feature(report.features[0].fid);
    OGREnvelope envelope;
    stored->geometry()->getEnvelope(&envelope);
    CHECK(envelope.MinX == Approx(101.77912).margin(1e-5));  // 11330000 m east
    CHECK(envelope.MinY == Approx(36.57477).margin(1e-5));
    CHECK(stored->attributes.value("kind") == "industrial_park");

    writeText(scratch.file("wkt.csv"),
              "name_zh,kind,wkt\n"
              "甲,facility,\"POLYGON ((101 36, 101.1 36, 101.1 36.1, 101 36))\"\n"
              "乙,spaceport,\"POLYGON ((102 36, 102.1 36, 102.1 36.1, 102 36))\"\n");
    const auto csv = core::FeatureImporter(session).run(scratch.file("wkt.csv"));
    REQUIRE(csv.features.size() == 2);
    CHECK(csv.features[0].imported);
    CHECK(csv.features[1].reason.contains("spaceport"));

    core::EditSession points(path, "plan_point", path);
    writeText(scratch.file("xy.csv"), "name_zh,kind,lon,lat\n丙,airport,103.1,36.2\n");
    const auto xy = core::FeatureImporter(points).run(scratch.file("xy.csv"));
    REQUIRE(xy.written);
    const auto point = points.feature(xy.features[0].fid)->geometry();
    CHECK(point->toPoint()->getX() == Approx(103.1));
    CHECK(point->toPoint()->getY() == Approx(36.2));
}

TEST_CASE("Every export format imports back", "[core][import][export]") {
    tests::ScratchDir scratch;
    const QString path = copyOfDefaultProject(scratch);
    const QString where = "kind IN ('ecological_zone', 'metropolitan_area')";
    const int selected = count(path, where);
    REQUIRE(selected > 1);
    for (const QString& extension : core::FeatureExporter::extensions()) {
        CAPTURE(extension.toStdString());
        const QString out = scratch.file("out." + extension);
        CHECK(core::FeatureExporter::run(path, "plan_area", where, out) == selected);
        CHECK_THROWS_WITH(core::FeatureExporter::run(path, "plan_area", where, out),
                          Catch::Contains("already exists"));
        const QString target = copyOfDefaultProject(scratch, "target-" + extension + ".gpkg");
        const int before = count(target);
        core::EditSession session(target, "plan_area", target);
        core::ImportOptions options;
        options.defaults = {{"name_zh", "导入"}, {"kind", "ecological_zone"}};  // DXF has no fields
        const auto report = core::FeatureImporter(session).run(out, options);
        CHECK(report.refusedCount() == 0);
        CHECK(report.written);
        if (extension == "dxf") {
            // DXF has no multi-part entities: each part of a multipolygon comes back alone.
            CHECK(count(target) > before + selected);
        } else {
            CHECK(count(target) == before + selected);
        }
    }
    CHECK_THROWS_WITH(core::FeatureExporter::run(path, "plan_area", "no_such_column = 1",
                                                 scratch.file("bad.geojson")),
                      Catch::Contains("not valid"));
    CHECK_FALSE(QFile::exists(scratch.file("bad.geojson")));
    CHECK_THROWS_WITH(core::FeatureExporter::run(path, "plan_area", {}, scratch.file("x.svg")),
                      Catch::Contains("extension"));
}
