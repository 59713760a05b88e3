// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project_database.h"
#include "core/project.h"
#include "gis/error.h"
#include "gis/gdal_environment.h"
#include "gis/handles.h"
#include "tests/support/test_files.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QFile>

namespace {

QByteArray fileHash(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QString copyOfDefaultProject(const tests::ScratchDir& scratch) {
    const QString copy = scratch.file("project.gpkg");
    REQUIRE(QFile::copy(tests::defaultProjectPath(), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    return copy;
}

}  // namespace

TEST_CASE("GDAL opens the project GeoPackage with its layers and SRS", "[core][project]") {
    gis::initializeGdal();
    gis::GdalDatasetPtr dataset{GDALDataset::Open(tests::defaultProjectPath().toUtf8().constData(),
                                                  GDAL_OF_VECTOR | GDAL_OF_READONLY)};
    REQUIRE(dataset);
    CHECK(QString(dataset->GetDriver()->GetDescription()) == "GPKG");
    for (const char* name :
         {"base_province", "base_lake", "base_river", "plan_point", "plan_line", "plan_area"}) {
        INFO(name);
        OGRLayer* layer = dataset->GetLayerByName(name);
        REQUIRE(layer);
        REQUIRE(layer->GetSpatialRef());
        CHECK(QString(layer->GetSpatialRef()->GetAuthorityCode(nullptr)) == "4326");
    }
    CHECK(dataset->GetLayerByName("plan_point")->GetFeatureCount() >= 10);
    CHECK(dataset->GetLayerByName("base_province")->GetFeatureCount() == 2);
}

TEST_CASE("The project records its schema version, CRS and layers", "[core][project]") {
    const core::ProjectDatabase database(tests::defaultProjectPath(),
                                         core::ProjectDatabase::Access::ReadOnly);
    CHECK(database.schemaVersion() == core::ProjectDatabase::kSchemaVersion);
    CHECK(database.meta("crs") == QStringLiteral("EPSG:4543"));
    const auto layers = database.layers();
    REQUIRE(layers.size() >= 4);
    CHECK(layers.front().key == "base_province");
    CHECK(layers.back().key == "plan_cities");
    CHECK(layers.back().style.categoryField == "tier");

    const core::Project project = core::Project::open(tests::defaultProjectPath());
    CHECK(project.loadErrors().isEmpty());
    CHECK(project.title(QLocale(QLocale::Chinese)).contains(QStringLiteral("兰州—西宁城市群")));
    CHECK(project.homeExtent().width() > 500000);  // metres across the agglomeration
}

TEST_CASE("Layer records round-trip through the database", "[core][project]") {
    tests::ScratchDir scratch;
    const QString path = copyOfDefaultProject(scratch);
    core::ProjectDatabase database(path, core::ProjectDatabase::Access::ReadWrite);
    auto layers = database.layers();
    layers.front().visible = false;
    layers.front().style.defaultSymbol.fillColor = QColor(1, 2, 3);
    database.replaceLayers(layers);
    const auto back = core::ProjectDatabase(path, core::ProjectDatabase::Access::ReadOnly).layers();
    CHECK_FALSE(back.front().visible);
    CHECK(back.front().style.defaultSymbol.fillColor == QColor(1, 2, 3));
    CHECK(back.size() == layers.size());
}

TEST_CASE("Bad project files are refused with a clear message and left unchanged",
          "[core][project]") {
    tests::ScratchDir scratch;
    SECTION("a missing file") {
        CHECK_THROWS_WITH(core::Project::open(scratch.file("nowhere.gpkg")),
                          Catch::Contains("not found") && Catch::Contains("nowhere.gpkg"));
    }
    SECTION("a text file renamed .gpkg") {
        const QString path = scratch.file("notes.gpkg");
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("兰西城市群 meeting notes\n");
        file.close();
        const QByteArray before = fileHash(path);
        CHECK_THROWS_WITH(core::Project::open(path),
                          Catch::Contains("notes.gpkg") && Catch::Contains("not a GeoPackage"));
        CHECK(fileHash(path) == before);
    }
    SECTION("a GeoPackage that is not a project") {
        gis::initializeGdal();
        const QString path = scratch.file("plain.gpkg");
        GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
        gis::GdalDatasetPtr dataset{
            driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr)};
        REQUIRE(dataset);
        dataset.reset();
        CHECK_THROWS_WITH(core::Project::open(path), Catch::Contains("not a Lanxi Atlas project"));
    }
    SECTION("a project of a newer schema") {
        const QString path = copyOfDefaultProject(scratch);
        {
            core::ProjectDatabase database(path, core::ProjectDatabase::Access::ReadWrite);
            database.setMeta("schema_version",
                             QString::number(core::ProjectDatabase::kSchemaVersion + 1));
        }
        const QByteArray before = fileHash(path);
        CHECK_THROWS_WITH(core::Project::open(path),
                          Catch::Contains("newer Lanxi Atlas") && Catch::Contains("project.gpkg"));
        CHECK_THROWS(core::ProjectDatabase(path, core::ProjectDatabase::Access::ReadWrite));
        CHECK(fileHash(path) == before);
    }
}

TEST_CASE("An older project is upgraded in one transaction when opened", "[core][project]") {
    tests::ScratchDir scratch;
    const QString path = copyOfDefaultProject(scratch);
    {
        // Make it a schema-1 file: no catalog or bookmark tables.
        gis::SqliteDatabase sqlite(path, gis::SqliteDatabase::Mode::ReadWrite);
        sqlite.execute(
            "DROP TABLE lx_item_task; DROP TABLE lx_task_department; DROP TABLE lx_task; "
            "DROP TABLE lx_department; DROP TABLE lx_indicator; DROP TABLE lx_bookmark; "
            "UPDATE lx_meta SET value = '1' WHERE key = 'schema_version';");
    }
    CHECK_THROWS_WITH(core::ProjectDatabase(path, core::ProjectDatabase::Access::ReadOnly),
                      Catch::Contains("older project schema version 1"));
    const core::Project project = core::Project::open(path);
    CHECK(project.loadErrors().isEmpty());
    const core::ProjectDatabase upgraded(path, core::ProjectDatabase::Access::ReadOnly);
    CHECK(upgraded.schemaVersion() == core::ProjectDatabase::kSchemaVersion);
    CHECK(upgraded.sqlite().tableExists("lx_task"));
    CHECK(upgraded.sqlite().tableExists("lx_bookmark"));
    CHECK(upgraded.catalog().tasks.empty());  // the upgrade adds tables, it invents no data
    CHECK(project.catalog().items().size() > 100);
}

TEST_CASE("Bookmarks are saved in the project", "[core][project]") {
    tests::ScratchDir scratch;
    const QString path = copyOfDefaultProject(scratch);
    core::Project project = core::Project::open(path);
    REQUIRE(project.bookmarks().size() == 4);
    CHECK(project.bookmarks()[1].nameZh == QStringLiteral("兰州—白银都市圈"));
    project.addBookmark(
        {QStringLiteral("兰州新区"), "Lanzhou New Area", QRectF(103.5, 36.3, 0.4, 0.4)});
    const core::Project reopened = core::Project::open(path);
    REQUIRE(reopened.bookmarks().size() == 5);
    CHECK(reopened.bookmarks().back().nameZh == QStringLiteral("兰州新区"));
    CHECK(reopened.bookmarks().back().extentLonLat == QRectF(103.5, 36.3, 0.4, 0.4));
}
