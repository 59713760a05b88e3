// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/csv_table.h"
#include "core/edit_session.h"
#include "core/plan_catalog.h"
#include "core/project_database.h"
#include "gis/gdal_environment.h"
#include "gis/handles.h"
#include "gis/sqlite_database.h"
#include "tests/support/test_files.h"

#include <catch2/catch.hpp>

#include <QFile>

namespace {

QString copyOfDefaultProject(const tests::ScratchDir& scratch) {
    const QString copy = scratch.file("project.gpkg");
    REQUIRE(QFile::copy(tests::defaultProjectPath(), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    return copy;
}

OGRGeometryUniquePtr square() {
    OGRGeometry* raw = nullptr;
    REQUIRE(OGRGeometryFactory::createFromWkt(
                "POLYGON ((103.6 36.3, 103.7 36.3, 103.7 36.4, 103.6 36.4, 103.6 36.3))", nullptr,
                &raw) == OGRERR_NONE);
    return OGRGeometryUniquePtr(raw);
}

QVariantMap park(const QString& tasks) {
    return {{"name_zh", QStringLiteral("新材料产业园")},
            {"kind", "industrial_park"},
            {"status", "build"},
            {"accuracy", "schematic"},
            {"tasks", tasks}};
}

/// The task's lead departments as data/plan/tasks.csv lists them.
QStringList leadsInCsv(const QString& taskId) {
    const core::CsvTable tasks =
        core::CsvTable::read(QStringLiteral(LANXI_SOURCE_DATA_DIR) + "/plan/tasks.csv");
    for (std::size_t row = 0; row < tasks.rowCount(); ++row) {
        if (tasks.value(row, "id") == taskId) {
            return tasks.list(row, "lead_departments");
        }
    }
    return {};
}

std::vector<std::vector<QVariant>> links(const QString& path, const QString& itemId) {
    gis::SqliteDatabase sqlite(path, gis::SqliteDatabase::Mode::ReadOnly);
    return sqlite.query("SELECT item_id, task_id FROM lx_item_task WHERE item_id = ?1", {itemId});
}

bool hasTasksColumn(const QString& path, const QString& table) {
    gis::SqliteDatabase sqlite(path, gis::SqliteDatabase::Mode::ReadOnly);
    for (const auto& row : sqlite.query("PRAGMA table_info(" + table + ")")) {
        if (row[1].toString() == "tasks") {
            return true;
        }
    }
    return false;
}

}  // namespace

TEST_CASE("A new plan item gets an id, and its tasks are stored only as links",
          "[core][edit][tasks]") {
    tests::ScratchDir scratch;
    const QString path = copyOfDefaultProject(scratch);
    const QStringList leads = leadsInCsv("t2_4_3");
    REQUIRE_FALSE(leads.isEmpty());
    QString itemId;
    {
        core::EditSession session(path, "plan_area", path);
        const std::int64_t fid = session.addFeature(*square(), park("t2_4_3"));
        itemId = session.feature(fid)->attributes.value("item_id").toString();
        CHECK(itemId.startsWith("industrial_park_"));
        CHECK(links(path, itemId).empty());  // nothing written before the save
        session.save();
    }
    const auto stored = links(path, itemId);
    REQUIRE(stored.size() == 1);
    CHECK(stored[0][1].toString() == "t2_4_3");
    for (const char* table : {"plan_point", "plan_line", "plan_area"}) {
        CHECK_FALSE(hasTasksColumn(path, table));
    }
    const core::ProjectDatabase database(path, core::ProjectDatabase::Access::ReadOnly);
    const core::PlanCatalog catalog = core::PlanCatalog::load(path, database);
    const core::PlanItem* item = catalog.item(itemId);
    REQUIRE(item);
    CHECK(item->taskIds == QStringList{"t2_4_3"});
    CHECK(catalog.departmentIdsOf(*item, true) == leads);
}

TEST_CASE("Undo before saving leaves no link; an unknown task is refused by name",
          "[core][edit][tasks]") {
    tests::ScratchDir scratch;
    const QString path = copyOfDefaultProject(scratch);
    core::EditSession session(path, "plan_area", path);
    const std::int64_t fid = session.addFeature(*square(), park("t2_4_3"));
    const QString itemId = session.feature(fid)->attributes.value("item_id").toString();
    session.undoStack().undo();
    session.save();
    CHECK(links(path, itemId).empty());
    CHECK_THROWS_WITH(session.addFeature(*square(), park("t2_4_3|t9_9_9")),
                      Catch::Contains("t9_9_9"));
    const auto problems = session.checkAttributes(park("t9_9_9"));
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].field == "tasks");
    CHECK(problems[0].message.contains("t9_9_9"));
}

TEST_CASE("A project with tasks in a column is upgraded into links", "[core][project][tasks]") {
    tests::ScratchDir scratch;
    const QString path = copyOfDefaultProject(scratch);
    {
        // Schema 6: plan_area had a tasks column; one item there has a task the links lack,
        // another has no item id.
        // GDAL writes the values: a GeoPackage's triggers need its SQL functions.
        gis::SqliteDatabase sqlite(path, gis::SqliteDatabase::Mode::ReadWrite);
        sqlite.execute(
            "ALTER TABLE plan_area ADD COLUMN tasks TEXT; "
            "UPDATE lx_meta SET value = '6' WHERE key = 'schema_version';");
    }
    {
        gis::initializeGdal();
        gis::GdalDatasetPtr dataset(GDALDataset::FromHandle(
            GDALOpenEx(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr, nullptr,
                       nullptr)));
        REQUIRE(dataset);
        for (const char* sql :
             {"UPDATE plan_area SET tasks = 't2_4_3|t9_9_9' WHERE fid = 1",
              "UPDATE plan_area SET item_id = '', tasks = 't2_1_1' WHERE fid = 2"}) {
            dataset->ExecuteSQL(sql, nullptr, nullptr);
        }
    }
    gis::SqliteDatabase before(path, gis::SqliteDatabase::Mode::ReadOnly);
    const QString first =
        before.query("SELECT item_id FROM plan_area WHERE fid = 1")[0][0].toString();
    const int linksBefore = before.query("SELECT count(*) FROM lx_item_task")[0][0].toInt();
    const bool hadLink = !before
                              .query(
                                  "SELECT 1 FROM lx_item_task WHERE item_id = ?1 AND "
                                  "task_id = 't2_4_3'",
                                  {first})
                              .empty();
    const core::ProjectDatabase upgraded(path, core::ProjectDatabase::Access::ReadWrite);
    CHECK(upgraded.schemaVersion() == core::ProjectDatabase::kSchemaVersion);
    CHECK_FALSE(hasTasksColumn(path, "plan_area"));
    gis::SqliteDatabase after(path, gis::SqliteDatabase::Mode::ReadOnly);
    CHECK(
        after.query("SELECT 1 FROM lx_item_task WHERE item_id = ?1 AND task_id = 't2_4_3'", {first})
            .size() == 1);
    CHECK(after.query("SELECT 1 FROM lx_item_task WHERE task_id = 't9_9_9'").empty());
    const QString second =
        after.query("SELECT item_id FROM plan_area WHERE fid = 2")[0][0].toString();
    CHECK_FALSE(second.isEmpty());
    CHECK(links(path, second).size() == 1);
    CHECK(after.query("SELECT count(*) FROM lx_item_task")[0][0].toInt() ==
          linksBefore + (hadLink ? 0 : 1) + 1);
}
