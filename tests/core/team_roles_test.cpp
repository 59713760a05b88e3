// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/team_roles.h"
#include "gis/postgres_database.h"
#include "gis/postgres_error.h"
#include "tests/support/postgres_cluster.h"

#include <catch2/catch.hpp>

using core::TeamRole;
using core::TeamRoles;

namespace {

const QString kAllowed = QStringLiteral("allowed");

/// "allowed", or the SQLSTATE the server refused `sql` with.
QString outcome(gis::PostgresDatabase& db, const QString& sql) {
    try {
        db.execute(sql);
        return kAllowed;
    } catch (const gis::PostgresError& error) {
        return error.sqlState();
    }
}

const QString kInsertArea = QStringLiteral(
    "INSERT INTO plan_area (name, geom) VALUES ('兰西示范区', ST_Multi(ST_GeomFromText("
    "'POLYGON((101 36,102 36,102 37,101 37,101 36))', 4490)))");
const QString kDenied = QStringLiteral("42501");

/// A project database with a plan table, the history and a layer table, roles granted, and one
/// user of each role.
struct TeamFixture {
    tests::PostgresCluster& cluster = tests::PostgresCluster::shared();
    QString database = cluster.createDatabase(QStringLiteral("team"));

    // Roles belong to the whole cluster, and each SECTION makes a new fixture: names get the
    // database's name.
    QString viewerName = QStringLiteral("viewer_wang_") + database;
    QString analystName = QStringLiteral("analyst li ") + database;
    QString adminName = QStringLiteral("Admin_Zhao_") + database;

    TeamFixture() {
        gis::PostgresDatabase owner(cluster.conninfo(database));
        owner.execute(QStringLiteral(R"(
CREATE TABLE plan_area (id serial PRIMARY KEY, name text NOT NULL,
                        geom geometry(MultiPolygon, 4490));
CREATE TABLE lx_history (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                         feature_id integer, note text);
CREATE TABLE lx_layer (layer_key text PRIMARY KEY, title text);
INSERT INTO plan_area (name, geom) VALUES ('兰州新区', ST_Multi(ST_GeomFromText(
    'POLYGON((103 36,104 36,104 37,103 37,103 36))', 4490)));
INSERT INTO lx_layer VALUES ('plan_area', '规划片区');
)"));
        TeamRoles::ensureRoles(owner);
        TeamRoles::ensureRoles(owner);  // roles are cluster-wide: a second run changes nothing
        TeamRoles::grant(owner, {QStringLiteral("plan_area")});
        TeamRoles::addUser(owner, viewerName, TeamRole::Viewer, QStringLiteral("secret 1"));
        TeamRoles::addUser(owner, analystName, TeamRole::Analyst, QStringLiteral("it's 密码"));
        TeamRoles::addUser(owner, adminName, TeamRole::Administrator, {});
        CHECK(TeamRoles::roleOf(owner) == TeamRole::Administrator);  // the superuser
    }

    gis::PostgresDatabase connectAs(const QString& user) const {
        return gis::PostgresDatabase(cluster.conninfo(database, user));
    }
};

}  // namespace

TEST_CASE("Team roles are enforced by the server", "[postgres][team]") {
    TeamFixture f;

    SECTION("a viewer reads but changes nothing") {
        gis::PostgresDatabase viewer = f.connectAs(f.viewerName);
        CHECK(TeamRoles::roleOf(viewer) == TeamRole::Viewer);
        CHECK(viewer.scalar("SELECT count(*) FROM plan_area")->toLongLong() == 1);
        CHECK(viewer.scalar("SELECT title FROM lx_layer")->toString() == "规划片区");
        CHECK(outcome(viewer, kInsertArea) == kDenied);
        CHECK(outcome(viewer, "UPDATE plan_area SET name = 'x'") == kDenied);
        CHECK(outcome(viewer, "DELETE FROM plan_area") == kDenied);
        CHECK(outcome(viewer, "INSERT INTO lx_history (feature_id) VALUES (1)") == kDenied);
        CHECK(outcome(viewer, "UPDATE lx_layer SET title = 'x'") == kDenied);
        CHECK(outcome(viewer, "CREATE TABLE lx_mine (id integer)") == kDenied);
    }

    SECTION("an analyst edits plan features and writes history, not the project") {
        gis::PostgresDatabase analyst = f.connectAs(f.analystName);
        CHECK(TeamRoles::roleOf(analyst) == TeamRole::Analyst);
        CHECK(outcome(analyst, kInsertArea) == kAllowed);
        CHECK(outcome(analyst, "UPDATE plan_area SET name = '兰州新区（扩）' WHERE id = 1") ==
              kAllowed);
        CHECK(outcome(analyst, "DELETE FROM plan_area WHERE id = 1") == kAllowed);
        CHECK(outcome(analyst, "INSERT INTO lx_history (feature_id, note) VALUES (2, 'add')") ==
              kAllowed);
        CHECK(outcome(analyst, "UPDATE lx_history SET note = 'rewritten'") == kDenied);
        CHECK(outcome(analyst, "DELETE FROM lx_history") == kDenied);
        CHECK(outcome(analyst, "UPDATE lx_layer SET title = 'x'") == kDenied);
        CHECK(outcome(analyst, "INSERT INTO lx_layer VALUES ('k', 't')") == kDenied);
        CHECK(outcome(analyst, "CREATE TABLE lx_mine (id integer)") == kDenied);
        CHECK(analyst.scalar("SELECT count(*) FROM plan_area")->toLongLong() == 1);
    }

    SECTION("an administrator changes the project and makes tables the team can read") {
        gis::PostgresDatabase admin = f.connectAs(f.adminName);
        CHECK(TeamRoles::roleOf(admin) == TeamRole::Administrator);
        CHECK(outcome(admin, "UPDATE lx_layer SET title = '规划片区（新）'") == kAllowed);
        CHECK(outcome(admin, "INSERT INTO lx_layer VALUES ('plan_line', '规划线')") == kAllowed);
        CHECK(outcome(admin, "DELETE FROM lx_history") == kAllowed);
        CHECK(outcome(admin, kInsertArea) == kAllowed);
        // Tables made as lanxi_admin belong to the group, so every administrator may alter them.
        CHECK(outcome(admin,
                      "SET ROLE lanxi_admin; CREATE TABLE lx_bookmark (name text); "
                      "INSERT INTO lx_bookmark VALUES ('兰州—白银都市圈'); RESET ROLE") ==
              kAllowed);
        gis::PostgresDatabase viewer = f.connectAs(f.viewerName);
        CHECK(viewer.scalar("SELECT name FROM lx_bookmark")->toString() == "兰州—白银都市圈");
        CHECK(outcome(viewer, "DELETE FROM lx_bookmark") == kDenied);
    }

    SECTION("tables the owner makes later are readable by viewers") {
        gis::PostgresDatabase owner(f.cluster.conninfo(f.database));
        owner.execute("CREATE TABLE lx_layout (name text); INSERT INTO lx_layout VALUES ('A3')");
        gis::PostgresDatabase viewer = f.connectAs(f.viewerName);
        CHECK(viewer.scalar("SELECT name FROM lx_layout")->toString() == "A3");
        gis::PostgresDatabase admin = f.connectAs(f.adminName);
        CHECK(outcome(admin, "UPDATE lx_layout SET name = 'A4'") == kAllowed);
    }

    SECTION("a login outside the team cannot connect") {
        gis::PostgresDatabase owner(f.cluster.conninfo(f.database));
        owner.execute("CREATE ROLE outsider LOGIN");
        CHECK_THROWS_AS(f.connectAs(QStringLiteral("outsider")), gis::PostgresError);
    }
}

TEST_CASE("Team roles refuse unknown editable tables and duplicate users", "[postgres][team]") {
    auto& cluster = tests::PostgresCluster::shared();
    gis::PostgresDatabase owner(cluster.conninfo(cluster.createDatabase(QStringLiteral("team"))));
    TeamRoles::ensureRoles(owner);
    CHECK_THROWS_AS(TeamRoles::grant(owner, {QStringLiteral("plan_missing")}), gis::Error);
    TeamRoles::addUser(owner, QStringLiteral("twice"), TeamRole::Viewer, QStringLiteral("pw"));
    try {
        TeamRoles::addUser(owner, QStringLiteral("twice"), TeamRole::Viewer, QStringLiteral("pw"));
        FAIL("the same user was added twice");
    } catch (const gis::PostgresError& error) {
        CHECK(error.sqlState() == "42710");  // duplicate_object
    }
    // A user whose name looks like SQL stays a name.
    const QString odd = QStringLiteral("x\"; DROP ROLE lanxi_admin; --");
    TeamRoles::addUser(owner, odd, TeamRole::Analyst, QStringLiteral("'); DROP TABLE x; --"));
    CHECK(owner.scalar("SELECT count(*) FROM pg_roles WHERE rolname = ?1", {odd})->toLongLong() ==
          1);
    CHECK(
        owner.scalar("SELECT count(*) FROM pg_roles WHERE rolname = 'lanxi_admin'")->toLongLong() ==
        1);
}
