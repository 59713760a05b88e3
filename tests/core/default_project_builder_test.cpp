// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/default_project_builder.h"
#include "core/project.h"
#include "gis/error.h"
#include "tests/support/test_files.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>

namespace {

/// A data folder with the real base map, the fixture's catalog and the given items.csv text.
QString makeDataFolder(const tests::ScratchDir& scratch, const QByteArray& items) {
    const QString root = scratch.file("data");
    QDir().mkpath(root + "/plan");
    QDir().mkpath(root + "/basemap");
    REQUIRE(QFile::copy(QStringLiteral(LANXI_SOURCE_DATA_DIR) + "/basemap/lanxi-base.gpkg",
                        root + "/basemap/lanxi-base.gpkg"));
    for (const char* name : {"departments.csv", "tasks.csv", "indicators.csv"}) {
        REQUIRE(QFile::copy(tests::testDataPath(QStringLiteral("plan/") + name),
                            root + "/plan/" + name));
    }
    QFile file(root + "/plan/items.csv");
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(items);
    return root;
}

const QByteArray kHeader =
    "id,name_zh,aliases,name_en,kind,tier,status,status_zh,section,tasks,accuracy,geometry_note,"
    "beyond_region,wkt\n";

}  // namespace

TEST_CASE("The builder turns the test fixture into a project", "[core][builder]") {
    tests::ScratchDir scratch;
    QFile fixture(tests::testDataPath("plan/items.csv"));
    REQUIRE(fixture.open(QIODevice::ReadOnly));
    const QString data = makeDataFolder(scratch, fixture.readAll());
    const QString out = scratch.file("built.gpkg");
    core::DefaultProjectBuilder(data).build(out);
    const core::Project project = core::Project::open(out);
    CHECK(project.loadErrors().isEmpty());
    CHECK(project.mapLayers().back().source->featureCount() == 4);  // the four cities
    CHECK_FALSE(QFile::exists(out + ".partial"));
}

TEST_CASE("A self-intersecting polygon stops the build and names the line", "[core][builder]") {
    tests::ScratchDir scratch;
    const QString data = makeDataFolder(
        scratch,
        kHeader +
            "bowtie,蝴蝶,,Bowtie,ecological_zone,,protect,保护,三.(一).1,t3_1_1,schematic,x,,"
            "\"POLYGON ((100 36,101 37,101 36,100 37,100 36))\"\n");
    const QString out = scratch.file("built.gpkg");
    CHECK_THROWS_WITH(core::DefaultProjectBuilder(data).build(out), Catch::Contains("line 2") &&
                                                                        Catch::Contains("bowtie") &&
                                                                        Catch::Contains("invalid"));
    CHECK_FALSE(QFile::exists(out));
    CHECK_FALSE(QFile::exists(out + ".partial"));
}

TEST_CASE("An unknown task, a surveyed claim and an unflagged far-away item are refused",
          "[core][builder]") {
    tests::ScratchDir a;
    CHECK_THROWS_WITH(core::DefaultProjectBuilder(
                          makeDataFolder(a, kHeader + "x,某地,,X,city,node,develop,培育,二.(三).1,"
                                                      "t9_9_9,approximate,x,,POINT (100 36)\n"))
                          .build(a.file("a.gpkg")),
                      Catch::Contains("unknown task") && Catch::Contains("t9_9_9"));
    tests::ScratchDir b;
    CHECK_THROWS_WITH(core::DefaultProjectBuilder(
                          makeDataFolder(b, kHeader + "x,某地,,X,city,node,develop,培育,二.(三).1,"
                                                      "t2_1_1,surveyed,x,,POINT (100 36)\n"))
                          .build(b.file("b.gpkg")),
                      Catch::Contains("surveyed"));
    tests::ScratchDir c;
    CHECK_THROWS_WITH(
        core::DefaultProjectBuilder(
            makeDataFolder(c, kHeader + "x,拉萨,,Lhasa,city,node,develop,培育,二.(三).1,t2_1_1,"
                                        "approximate,x,,POINT (91.1 29.6)\n"))
            .build(c.file("c.gpkg")),
        Catch::Contains("outside the region"));
    tests::ScratchDir d;
    CHECK_THROWS_WITH(core::DefaultProjectBuilder(
                          makeDataFolder(d, kHeader + "x,某地,,X,spaceport,,develop,培育,二.(三).1,"
                                                      "t2_1_1,approximate,x,,POINT (100 36)\n"))
                          .build(d.file("d.gpkg")),
                      Catch::Contains("\"spaceport\" is not a valid kind"));
}

TEST_CASE("Broken WKT and a missing column are named", "[core][builder]") {
    tests::ScratchDir scratch;
    const QString data = makeDataFolder(scratch, kHeader +
                                                     "x,某地,,Somewhere,city,node,develop,培育,二.("
                                                     "三).1,t2_1_1,approximate,x,,POINT (100\n");
    CHECK_THROWS_WITH(core::DefaultProjectBuilder(data).build(scratch.file("a.gpkg")),
                      Catch::Contains("not valid WKT"));
    tests::ScratchDir other;
    const QString noWkt = makeDataFolder(other, "id,name_zh\nx,某地\n");
    CHECK_THROWS_WITH(core::DefaultProjectBuilder(noWkt).build(other.file("b.gpkg")),
                      Catch::Contains("no column"));
}
