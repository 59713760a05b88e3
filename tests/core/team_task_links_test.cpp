// SPDX-License-Identifier: GPL-3.0-or-later
// Task links on a PostGIS project (issue 12): publish and checkout keep them, an analyst's edit
// on the server writes them, and a schema-6 server with a tasks column is upgraded into them.
// Expected values are read with plain SQL from the server and plain SQLite from the files.
#include "core/edit_session.h"
#include "core/postgis_project_store.h"
#include "core/project_store.h"
#include "core/project_transfer.h"
#include "core/team_roles.h"
#include "gis/postgres_database.h"
#include "gis/sqlite_database.h"
#include "tests/support/postgres_cluster.h"
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

QVariantMap park(const QString& name) {
    return {{"name_zh", name},
            {"kind", "industrial_park"},
            {"status", "build"},
            {"accuracy", "schematic"},
            {"tasks", "t2_4_3"}};
}

/// Adds and saves a park with task t2_4_3; returns its item id.
QString addPark(const QString& dataset, const QString& name) {
    core::EditSession session(dataset, "plan_area", dataset);
    const std::int64_t fid = session.addFeature(*square(), park(name));
    const QString id = session.feature(fid)->attributes.value("item_id").toString();
    session.save();
    return id;
}

struct Server {
    tests::PostgresCluster& cluster = tests::PostgresCluster::shared();
    QString name = cluster.createDatabase(QStringLiteral("links"));
    QString connection = cluster.gdalName(name);
    gis::PostgresDatabase superuser() const {
        return gis::PostgresDatabase(cluster.conninfo(name));
    }
};

int serverLinks(gis::PostgresDatabase& pg, const QString& itemId) {
    return pg
        .scalar("SELECT count(*) FROM lx_item_task WHERE item_id = ?1 AND task_id = 't2_4_3'",
                {itemId})
        ->toInt();
}

bool serverHasTasksColumn(gis::PostgresDatabase& pg) {
    return pg.scalar(
                 "SELECT count(*) FROM information_schema.columns WHERE table_schema = "
                 "current_schema() AND table_name = 'plan_area' AND column_name = 'tasks'")
               ->toInt() > 0;
}

}  // namespace

TEST_CASE("Publish, checkout and a server edit keep an item's task links",
          "[postgres][team][tasks]") {
    tests::ScratchDir scratch;
    const QString path = copyOfDefaultProject(scratch);
    const QString fileItem = addPark(path, QStringLiteral("文件园区"));
    Server server;
    core::ProjectTransfer::publish(path, server.connection);
    gis::PostgresDatabase pg = server.superuser();
    CHECK(serverLinks(pg, fileItem) == 1);
    CHECK_FALSE(serverHasTasksColumn(pg));

    const QString login = QStringLiteral("analyst_") + server.name;
    core::TeamRoles::addUser(pg, login, core::TeamRole::Analyst, {});
    const QString asAnalyst = server.cluster.gdalName(server.name, login);
    const QString serverItem = addPark(asAnalyst, QStringLiteral("服务器园区"));
    CHECK(serverItem != fileItem);
    CHECK(serverLinks(pg, serverItem) == 1);
    CHECK(pg.scalar("SELECT count(*) FROM plan_area WHERE item_id = ?1", {serverItem})->toInt() ==
          1);

    const QString checkedOut = scratch.file("checkout.gpkg");
    core::ProjectTransfer::checkout(server.connection, checkedOut);
    const gis::SqliteDatabase file(checkedOut, gis::SqliteDatabase::Mode::ReadOnly);
    for (const QString& item : {fileItem, serverItem}) {
        CHECK(file.query("SELECT 1 FROM lx_item_task WHERE item_id = ?1 AND task_id = 't2_4_3'",
                         {item})
                  .size() == 1);
    }
}

TEST_CASE("A schema-6 server with a tasks column is upgraded into links",
          "[postgres][team][tasks]") {
    Server server;
    core::ProjectTransfer::publish(tests::defaultProjectPath(), server.connection);
    gis::PostgresDatabase pg = server.superuser();
    const qlonglong fid = pg.scalar("SELECT min(fid) FROM plan_area")->toLongLong();
    const QString itemId =
        pg.scalar("SELECT item_id FROM plan_area WHERE fid = ?1::bigint", {fid})->toString();
    pg.execute("DELETE FROM lx_item_task WHERE item_id = ?1", {itemId});
    pg.execute("ALTER TABLE plan_area ADD COLUMN tasks TEXT");
    pg.execute("UPDATE plan_area SET tasks = 't2_4_3|t9_9_9' WHERE fid = ?1::bigint", {fid});
    pg.execute("UPDATE lx_meta SET value = '6' WHERE key = 'schema_version'");

    const core::PostgisProjectStore store(server.connection);
    CHECK(store.schemaVersion() == core::ProjectStore::kSchemaVersion);
    CHECK_FALSE(serverHasTasksColumn(pg));
    CHECK(serverLinks(pg, itemId) == 1);
    CHECK(pg.scalar("SELECT count(*) FROM lx_item_task WHERE task_id = 't9_9_9'")->toInt() == 0);
}
