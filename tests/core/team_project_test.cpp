// SPDX-License-Identifier: GPL-3.0-or-later
// The project on a shared PostGIS server (issue 11): publish and checkout round-trip the default
// project exactly; wrong targets are refused; two analysts, four writer processes and a killed
// writer on the server lose no update. Expected values come from plain SQLite reads of the files
// and plain SQL reads of the server, never from the stores under test.
#include "core/edit_session.h"
#include "core/project.h"
#include "core/project_database.h"
#include "core/project_transfer.h"
#include "core/team_roles.h"
#include "gis/map_renderer.h"
#include "gis/postgres_database.h"
#include "gis/sqlite_database.h"
#include "tests/support/conflict_writers.h"
#include "tests/support/image_compare.h"
#include "tests/support/postgres_cluster.h"
#include "tests/support/test_files.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

#include <algorithm>
#include <map>
#include <memory>

namespace {

using tests::PostgresCluster;

QString copyOfDefaultProject(const tests::ScratchDir& scratch) {
    const QString copy = scratch.file("project.gpkg");
    REQUIRE(QFile::copy(tests::defaultProjectPath(), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    return copy;
}

gis::SqliteDatabase reader(const QString& path) {
    return gis::SqliteDatabase(path, gis::SqliteDatabase::Mode::ReadOnly);
}

QByteArray isoWkbOfGeoPackageBlob(const QByteArray& blob) {
    if (blob.size() < 8) {
        return {};
    }
    static constexpr int kEnvelopeBytes[] = {0, 32, 48, 48, 64};
    const int envelope = kEnvelopeBytes[std::min((blob[3] >> 1) & 7, 4)];
    return blob.mid(8 + envelope);
}

/// Standard WKB of any WKB, so that byte order or variant cannot make equal shapes differ.
QByteArray normalizedWkb(const QByteArray& wkb) {
    if (wkb.isEmpty()) {
        return {};
    }
    OGRGeometry* raw = nullptr;
    REQUIRE(OGRGeometryFactory::createFromWkb(wkb.constData(), nullptr, &raw, wkb.size()) ==
            OGRERR_NONE);
    return core::FeatureState::toWkb(*OGRGeometryUniquePtr(raw));
}

/// One value as text that keeps its SQLite storage class apart (1 and '1' differ).
QString cell(const QVariant& value) {
    if (value.isNull()) {
        return QStringLiteral("NULL");
    }
    switch (value.typeId()) {
        case QMetaType::LongLong:
        case QMetaType::Int:
            return QStringLiteral("i:") + QString::number(value.toLongLong());
        case QMetaType::Double:
            return QStringLiteral("r:") + QString::number(value.toDouble(), 'g', 17);
        case QMetaType::QByteArray:
            return QStringLiteral("b:") + QString::fromLatin1(value.toByteArray().toHex());
        default:
            return QStringLiteral("t:") + value.toString();
    }
}

QStringList columnsOf(const gis::SqliteDatabase& db, const QString& table) {
    QStringList columns;
    for (const auto& row :
         db.query(QStringLiteral("SELECT name FROM pragma_table_info(?1)"), {table})) {
        columns << row[0].toString();
    }
    return columns;
}

/// Every row of `table` as one line "column=value|…" (the geometry column as its WKB without the
/// GeoPackage header), `skipped` columns left out, sorted.
QStringList rowsOf(const QString& path, const QString& table, const QStringList& skipped = {}) {
    const gis::SqliteDatabase db = reader(path);
    const QString geometryColumn =
        db.scalar(QStringLiteral("SELECT column_name FROM gpkg_geometry_columns WHERE "
                                 "table_name = ?1"),
                  {table})
            .value_or(QVariant())
            .toString();
    const QStringList columns = columnsOf(db, table);
    QStringList lines;
    for (const auto& row : db.query(QStringLiteral("SELECT * FROM \"%1\"").arg(table))) {
        QStringList values;
        for (int i = 0; i < columns.size(); ++i) {
            if (skipped.contains(columns[i])) {
                continue;
            }
            const QVariant value = columns[i] == geometryColumn
                                       ? QVariant(isoWkbOfGeoPackageBlob(row[i].toByteArray()))
                                       : row[i];
            values << columns[i] + u'=' + cell(value);
        }
        lines << values.join(u'|');
    }
    lines.sort();
    return lines;
}

void checkSameLines(const QString& what, const QStringList& expected, const QStringList& actual) {
    INFO(what.toStdString());
    CHECK(actual.size() == expected.size());
    for (int i = 0; i < std::min(actual.size(), expected.size()); ++i) {
        if (actual[i] != expected[i]) {
            CHECK(actual[i].toStdString() == expected[i].toStdString());
            return;
        }
    }
}

QStringList tablesOf(const QString& path, const QString& where) {
    QStringList tables;
    for (const auto& row : reader(path).query(
             QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND ") + where +
             QStringLiteral(" ORDER BY name"))) {
        tables << row[0].toString();
    }
    return tables;
}

QStringList featureTablesOf(const QString& path) {
    QStringList tables;
    for (const auto& row : reader(path).query(QStringLiteral(
             "SELECT table_name FROM gpkg_contents WHERE data_type = 'features' ORDER BY 1"))) {
        tables << row[0].toString();
    }
    return tables;
}

std::vector<std::int64_t> someFids(const QString& path, int count) {
    std::vector<std::int64_t> fids;
    for (const auto& row : reader(path).query(
             QStringLiteral("SELECT fid FROM plan_area ORDER BY fid LIMIT ?1"), {count})) {
        fids.push_back(row[0].toLongLong());
    }
    return fids;
}

OGRGeometryUniquePtr square(double x, double y) {
    OGRLinearRing ring;
    for (const auto& [dx, dy] : {std::pair{0.0, 0.0}, {0.01, 0.0}, {0.01, 0.01}, {0.0, 0.01}}) {
        ring.addPoint(x + dx, y + dy);
    }
    ring.closeRings();
    auto polygon = std::make_unique<OGRPolygon>();
    polygon->addRing(&ring);
    return OGRGeometryUniquePtr(polygon.release());
}

/// The default project with history rows, a layout and one more bookmark, so that every lx_
/// table a checkout must bring back holds something.
QString preparedProject(const tests::ScratchDir& scratch) {
    const QString path = copyOfDefaultProject(scratch);
    const std::vector<std::int64_t> fids = someFids(path, 3);
    {
        core::EditSession session(path, "plan_area", path);
        session.setUserName(QStringLiteral("规划师甲"));
        session.changeAttributes(fids[0], {{"name_zh", "改过的名字"}, {"geometry_note", "7"}});
        OGRGeometryUniquePtr moved = session.feature(fids[1])->geometry();
        for (OGRPolygon* polygon : *moved->toMultiPolygon()) {
            for (OGRLinearRing* ring : *polygon) {
                for (int i = 0; i < ring->getNumPoints(); ++i) {
                    ring->setPoint(i, ring->getX(i) + 0.001, ring->getY(i));
                }
            }
        }
        session.changeGeometry(fids[1], *moved);
        session.deleteFeatures({fids[2]});
        session.save();
        session.addFeature(*square(101.5, 36.5), {{"item_id", "team-1"},
                                                  {"name_zh", "团队测试区"},
                                                  {"kind", "facility"},
                                                  {"status", "build"}});
        session.save();
    }
    core::ProjectDatabase project(path, core::ProjectDatabase::Access::ReadWrite);
    project.saveLayoutTemplate(
        QStringLiteral("团队版式"),
        QStringLiteral(R"({"name":"团队版式","page":{"width":420,"height":297},"items":[]})"));
    std::vector<core::Bookmark> bookmarks = project.bookmarks();
    bookmarks.push_back(
        {QStringLiteral("团队视图"), QStringLiteral("Team view"), QRectF(101.5, 36.25, 1.25, 0.5)});
    project.replaceBookmarks(bookmarks);
    return path;
}

/// A database of the shared test server.
struct ServerDatabase {
    PostgresCluster& cluster = PostgresCluster::shared();
    QString name = cluster.createDatabase(QStringLiteral("team"));
    QString connection = cluster.gdalName(name);

    gis::PostgresDatabase superuser() const {
        return gis::PostgresDatabase(cluster.conninfo(name));
    }
    /// A login in `role`; roles belong to the whole cluster, so the name gets the database's.
    QString addUser(const QString& prefix, core::TeamRole role) const {
        const QString login = prefix + u'_' + name;
        gis::PostgresDatabase owner = superuser();
        core::TeamRoles::addUser(owner, login, role, {});
        return login;
    }
    QString connectionAs(const QString& login) const { return cluster.gdalName(name, login); }
};

/// The default project published into a fresh database.
struct PublishedDefault : ServerDatabase {
    PublishedDefault() { core::ProjectTransfer::publish(tests::defaultProjectPath(), connection); }
};

QString errorOf(const std::function<void()>& action) {
    try {
        action();
    } catch (const gis::Error& error) {
        return error.message();
    }
    return QStringLiteral("(no error)");
}

QImage renderOf(const core::Project& project) {
    tests::ensureApplication();
    gis::MapSettings settings;
    settings.crs = project.crs();
    settings.extent = project.homeExtent();
    settings.outputSize = QSize(900, 600);
    const gis::RenderResult result =
        gis::MapRenderer(settings, project.mapLayers(QLocale(QLocale::Chinese))).renderImage();
    CHECK(result.errors.isEmpty());
    return result.image;
}

}  // namespace

TEST_CASE("Publish then checkout round-trips the default project exactly", "[postgres][team]") {
    tests::ScratchDir scratch;
    const QString original = preparedProject(scratch);
    ServerDatabase server;
    core::ProjectTransfer::publish(original, server.connection);
    const QString checkedOut = scratch.file("checkout.gpkg");
    core::ProjectTransfer::checkout(server.connection, checkedOut);

    SECTION("the checked-out file holds the same tables, rows, ids and geometry bytes") {
        const QStringList featureTables = featureTablesOf(original);
        REQUIRE(featureTables.size() == 6);
        CHECK(featureTablesOf(checkedOut) == featureTables);
        checkSameLines("geometry columns",
                       rowsOf(original, QStringLiteral("gpkg_geometry_columns")),
                       rowsOf(checkedOut, QStringLiteral("gpkg_geometry_columns")));
        for (const QString& table : featureTables) {
            CHECK(columnsOf(reader(checkedOut), table) == columnsOf(reader(original), table));
            checkSameLines(table, rowsOf(original, table), rowsOf(checkedOut, table));
        }
        const QStringList lxTables = tablesOf(original, QStringLiteral("name LIKE 'lx\\_%' "
                                                                       "ESCAPE '\\'"));
        REQUIRE(lxTables.size() == 10);
        CHECK(tablesOf(checkedOut, QStringLiteral("name LIKE 'lx\\_%' ESCAPE '\\'")) == lxTables);
        for (const QString& table : lxTables) {
            // A layout's modification time is when it was saved, here by the checkout. The links
            // of a deleted item leave a gap in lx_item_task's sort_order, which the copy closes
            // (the order itself is kept).
            const QStringList skipped =
                table == "lx_layout"      ? QStringList{QStringLiteral("modified")}
                : table == "lx_item_task" ? QStringList{QStringLiteral("sort_order")}
                                          : QStringList{};
            const QStringList rows = rowsOf(original, table, skipped);
            CHECK_FALSE(rows.isEmpty());
            checkSameLines(table, rows, rowsOf(checkedOut, table, skipped));
        }
        CHECK(rowsOf(checkedOut, "lx_history").size() == 4);
        CHECK(rowsOf(checkedOut, "lx_layout", {"modified"}).join("").contains("团队版式"));
        CHECK(reader(checkedOut).scalar("PRAGMA integrity_check")->toString() == "ok");
    }

    SECTION("the server holds the same rows, read with plain SQL") {
        gis::PostgresDatabase pg = server.superuser();
        const gis::SqliteDatabase file = reader(original);
        for (const QString& table : featureTablesOf(original)) {
            INFO(table.toStdString());
            CHECK(
                pg.scalar(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table))->toLongLong() ==
                file.scalar(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table))
                    ->toLongLong());
        }
        for (const char* table : {"lx_layer", "lx_task", "lx_department", "lx_item_task",
                                  "lx_indicator", "lx_bookmark", "lx_history"}) {
            INFO(table);
            const QString count = QStringLiteral("SELECT count(*) FROM %1").arg(table);
            CHECK(pg.scalar(count)->toLongLong() == file.scalar(count)->toLongLong());
        }
        const QString ids = QStringLiteral(
            "SELECT id, user_name, time_utc, feature_id, operation FROM lx_history ORDER BY id");
        const auto pgHistory = pg.query(ids);
        const auto fileHistory = file.query(ids);
        REQUIRE(pgHistory.size() == fileHistory.size());
        for (std::size_t i = 0; i < pgHistory.size(); ++i) {
            for (int column = 0; column < 5; ++column) {
                CHECK(pgHistory[i][column].toString() == fileHistory[i][column].toString());
            }
        }
        const auto layouts = pg.query("SELECT name, layout_json FROM lx_layout");
        REQUIRE(layouts.size() == 1);
        CHECK(layouts[0][1].toString() ==
              file.scalar("SELECT layout_json FROM lx_layout WHERE name = ?1",
                          {layouts[0][0].toString()})
                  ->toString());
        // Geometry bytes on the server against the file's, feature by feature.
        const auto fileAreas = file.query("SELECT fid, geom, name_zh FROM plan_area ORDER BY fid");
        const auto pgAreas =
            pg.query("SELECT fid, ST_AsBinary(geom, 'NDR'), name_zh FROM plan_area ORDER BY fid");
        REQUIRE(pgAreas.size() == fileAreas.size());
        for (std::size_t i = 0; i < pgAreas.size(); ++i) {
            CAPTURE(i);
            CHECK(pgAreas[i][0].toLongLong() == fileAreas[i][0].toLongLong());
            CHECK(pgAreas[i][1].toByteArray() ==
                  isoWkbOfGeoPackageBlob(fileAreas[i][1].toByteArray()));
            CHECK(pgAreas[i][2].toString() == fileAreas[i][2].toString());
        }
        CHECK(pg.scalar("SELECT name_zh FROM plan_area WHERE name_zh = '改过的名字'"));
        CHECK(pg.scalar("SELECT Find_SRID('public', 'plan_area', 'geom')")->toLongLong() ==
              file.scalar("SELECT srs_id FROM gpkg_geometry_columns WHERE table_name = "
                          "'plan_area'")
                  ->toLongLong());
    }

    SECTION("the project opened on the server is the file's: layers, catalog, picture") {
        const core::Project fromFile = core::Project::open(original);
        const core::Project fromServer = core::Project::open(server.connection);
        CHECK(fromServer.isDatabase());
        CHECK(fromServer.loadErrors().isEmpty());
        REQUIRE(fromServer.layerRecords().size() == fromFile.layerRecords().size());
        for (std::size_t i = 0; i < fromFile.layerRecords().size(); ++i) {
            CHECK(fromServer.layerRecords()[i].key == fromFile.layerRecords()[i].key);
            CHECK(fromServer.layerRecords()[i].table == fromFile.layerRecords()[i].table);
        }
        CHECK(fromFile.catalog().items().size() > 100);
        CHECK(fromServer.catalog().items().size() == fromFile.catalog().items().size());
        CHECK(fromServer.catalog().tasks().size() == fromFile.catalog().tasks().size());
        CHECK(fromServer.bookmarks().size() == fromFile.bookmarks().size());
        const QImage serverImage = renderOf(fromServer);
        const QImage fileImage = renderOf(fromFile);
        const tests::ImageDifference difference = tests::compareImages(serverImage, fileImage, 0);
        CHECK(difference.sameSize);
        CHECK(difference.differingPixels == 0);
        // Connections the render threads keep for the next query hold no transaction open.
        CHECK(server.superuser()
                  .scalar("SELECT count(*) FROM pg_stat_activity WHERE datname = ?1 AND state "
                          "LIKE 'idle in transaction%'",
                          {server.name})
                  ->toLongLong() == 0);
    }
}

TEST_CASE("Publish, checkout and open refuse the wrong target with a clear message",
          "[postgres][team]") {
    tests::ScratchDir scratch;
    PublishedDefault server;

    SECTION("publishing into a database that is not empty") {
        const QString message = errorOf([&] {
            core::ProjectTransfer::publish(tests::defaultProjectPath(), server.connection);
        });
        CHECK(message.contains("is not empty"));
        CHECK(message.contains(server.name));
    }
    SECTION("checking out onto an existing file, which stays as it was") {
        const QString existing = copyOfDefaultProject(scratch);
        const QStringList before = rowsOf(existing, "lx_layer");
        const QString message =
            errorOf([&] { core::ProjectTransfer::checkout(server.connection, existing); });
        CHECK(message.contains("already exists"));
        CHECK(rowsOf(existing, "lx_layer") == before);
    }
    SECTION("opening a database without a project") {
        ServerDatabase empty;
        const QString message = errorOf([&] { core::Project::open(empty.connection); });
        CHECK(message.contains("holds no Lanxi Atlas project"));
        CHECK(message.contains("lanxi-atlas publish"));
        const QString checkout = errorOf(
            [&] { core::ProjectTransfer::checkout(empty.connection, scratch.file("x.gpkg")); });
        CHECK(checkout.contains("holds no Lanxi Atlas project"));
        CHECK_FALSE(QFile::exists(scratch.file("x.gpkg")));
    }
    SECTION("opening a project a newer Lanxi Atlas wrote") {
        server.superuser().execute("UPDATE lx_meta SET value = '99' WHERE key = 'schema_version'");
        const QString message = errorOf([&] { core::Project::open(server.connection); });
        CHECK(message.contains("newer Lanxi Atlas"));
        CHECK(message.contains("99"));
        CHECK(server.superuser()
                  .scalar("SELECT value FROM lx_meta WHERE key = "
                          "'schema_version'")
                  ->toString() == "99");
    }
}

namespace {

/// The SaveConflict that save() throws; fails the test when it saves or throws something else.
core::SaveConflict conflictOf(core::EditSession& session) {
    try {
        session.save();
    } catch (const core::SaveConflict& conflict) {
        return conflict;
    }
    FAIL("save() wrote despite a conflict");
    throw std::logic_error("unreachable");
}

std::int64_t firstArea(gis::PostgresDatabase& pg) {
    return pg.scalar("SELECT min(fid) FROM plan_area")->toLongLong();
}

}  // namespace

TEST_CASE("Two analysts on the server: the second save is refused, keeping mine overwrites",
          "[postgres][team]") {
    PublishedDefault server;
    gis::PostgresDatabase pg = server.superuser();
    const std::int64_t fid = firstArea(pg);
    const QString loginA = server.addUser("analyst_a", core::TeamRole::Analyst);
    const QString loginB = server.addUser("analyst_b", core::TeamRole::Analyst);
    core::EditSession first(server.connectionAs(loginA), "plan_area", server.connectionAs(loginA));
    core::EditSession second(server.connectionAs(loginB), "plan_area", server.connectionAs(loginB));
    first.changeAttributes(fid, {{"name_zh", "甲的版本"}});
    second.changeAttributes(fid, {{"name_zh", "乙的版本"}});
    first.save();
    const auto saved = pg.query("SELECT user_name, time_utc FROM lx_history");
    REQUIRE(saved.size() == 1);
    CHECK(saved[0][0].toString() == loginA);

    const core::SaveConflict conflict = conflictOf(second);
    REQUIRE(conflict.conflicts().size() == 1);
    const core::FeatureConflict& feature = conflict.conflicts().front();
    CHECK(feature.fid == fid);
    CHECK(feature.changedBy == loginA);
    CHECK(feature.changedAtUtc == saved[0][1].toString());
    CHECK(conflict.message().contains(QString::number(fid)));
    CHECK(conflict.message().contains(loginA));
    CHECK(conflict.message().contains(saved[0][1].toString()));
    CHECK(pg.scalar("SELECT name_zh FROM plan_area WHERE fid = ?1::bigint", {qlonglong(fid)})
              ->toString() == "甲的版本");
    CHECK(pg.scalar("SELECT count(*) FROM lx_history")->toLongLong() == 1);

    second.resolveConflict(feature, core::ConflictChoice::KeepMine);
    second.save();
    CHECK(pg.scalar("SELECT name_zh FROM plan_area WHERE fid = ?1::bigint", {qlonglong(fid)})
              ->toString() == "乙的版本");
    const auto rows = pg.query(
        "SELECT user_name, operation, attributes_before, attributes_after FROM lx_history "
        "WHERE feature_id = ?1::bigint ORDER BY id",
        {qlonglong(fid)});
    REQUIRE(rows.size() == 2);
    CHECK(rows[1][0].toString() == loginB);
    CHECK(rows[1][1].toString().split(u',').contains("overwrite"));
    CHECK(QJsonDocument::fromJson(rows[1][2].toString().toUtf8())["name_zh"].toString() ==
          "甲的版本");
    CHECK(QJsonDocument::fromJson(rows[1][3].toString().toUtf8())["name_zh"].toString() ==
          "乙的版本");
    // The version their row stored is exactly the one mine replaced.
    CHECK(rows[1][2].toString() == rows[0][3].toString());
}

TEST_CASE("The history names the database login, and a viewer is refused before editing",
          "[postgres][team]") {
    PublishedDefault server;
    gis::PostgresDatabase pg = server.superuser();
    const std::int64_t fid = firstArea(pg);

    SECTION("an analyst's save is signed with the login") {
        const QString login = server.addUser("analyst_wang", core::TeamRole::Analyst);
        core::EditSession session(server.connectionAs(login), "plan_area",
                                  server.connectionAs(login));
        session.changeAttributes(fid, {{"name_zh", "王的版本"}});
        session.save();
        const auto rows = pg.query("SELECT user_name, feature_id FROM lx_history");
        REQUIRE(rows.size() == 1);
        CHECK(rows[0][0].toString() == login);
        CHECK(rows[0][1].toLongLong() == fid);
    }
    SECTION("a viewer gets a clear error from the session, before any edit") {
        const QString login = server.addUser("viewer_li", core::TeamRole::Viewer);
        const QString message = errorOf([&] {
            const core::EditSession session(server.connectionAs(login), "plan_area",
                                            server.connectionAs(login));
            (void)session;
        });
        CHECK(message.contains("You may only view"));
        CHECK(message.contains("analyst role"));
        CHECK(pg.scalar("SELECT count(*) FROM lx_history")->toLongLong() == 0);
    }
}

namespace {

/// A feature as the server stores it, read with plain SQL: WKB and every attribute as text.
struct StoredRow {
    QByteArray wkb;
    std::map<QString, QString> attributes;
    bool operator==(const StoredRow& other) const = default;
};

std::map<std::int64_t, StoredRow> storedTable(gis::PostgresDatabase& pg) {
    QStringList columns;
    for (const auto& row : pg.query("SELECT column_name FROM information_schema.columns WHERE "
                                    "table_name = 'plan_area' AND column_name NOT IN "
                                    "('fid', 'geom') ORDER BY ordinal_position")) {
        columns << row[0].toString();
    }
    std::map<std::int64_t, StoredRow> table;
    for (const auto& row : pg.query(QStringLiteral("SELECT fid, ST_AsBinary(geom), \"%1\" FROM "
                                                   "plan_area")
                                        .arg(columns.join(QStringLiteral("\", \""))))) {
        StoredRow stored{normalizedWkb(row[1].toByteArray()), {}};
        for (int i = 0; i < columns.size(); ++i) {
            const QVariant& value = row[2 + i];
            stored.attributes[columns[i]] =
                value.isNull() ? QStringLiteral("NULL") : value.toString();
        }
        table.emplace(row[0].toLongLong(), std::move(stored));
    }
    return table;
}

std::optional<StoredRow> historyState(const QVariant& wkb, const QVariant& attributes) {
    if (attributes.isNull()) {
        return std::nullopt;
    }
    StoredRow state{normalizedWkb(wkb.toByteArray()), {}};
    const QJsonObject values = QJsonDocument::fromJson(attributes.toString().toUtf8()).object();
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (it.key() == QLatin1String("tasks")) {
            continue;  // kept in lx_item_task, not in the table
        }
        state.attributes[it.key()] =
            it->isNull() ? QStringLiteral("NULL") : it->toVariant().toString();
    }
    return state;
}

struct FullHistoryRow {
    std::int64_t fid;
    QString user;
    std::optional<StoredRow> before;
    std::optional<StoredRow> after;
};

std::vector<FullHistoryRow> fullHistory(gis::PostgresDatabase& pg) {
    std::vector<FullHistoryRow> rows;
    for (const auto& row : pg.query(
             "SELECT feature_id, user_name, geometry_before, attributes_before, geometry_after, "
             "attributes_after FROM lx_history WHERE layer = 'plan_area' ORDER BY id")) {
        rows.push_back({row[0].toLongLong(), row[1].toString(), historyState(row[2], row[3]),
                        historyState(row[4], row[5])});
    }
    return rows;
}

void waitForLine(QProcess& child, const QByteArray& marker) {
    QByteArray output;
    while (!output.contains(marker)) {
        REQUIRE(child.waitForReadyRead(30000));
        output += child.readAllStandardOutput();
    }
}

}  // namespace

TEST_CASE("Four writer processes on the server, 1000 interleaved edits, lose no update",
          "[postgres][team][slow]") {
    PublishedDefault server;
    gis::PostgresDatabase pg = server.superuser();
    const std::map<std::int64_t, StoredRow> initial = storedTable(pg);
    QStringList fids;
    for (const auto& row : pg.query("SELECT fid FROM plan_area ORDER BY fid LIMIT 5")) {
        fids << row[0].toString();
    }
    constexpr int kWriters = 4;
    constexpr int kEditsEach = 250;
    QStringList logins;
    for (int writer = 1; writer <= kWriters; ++writer) {
        logins << server.addUser(QStringLiteral("writer%1").arg(writer), core::TeamRole::Analyst);
    }
    const tests::WriterTotals totals = tests::runConflictWriters(
        QStringLiteral(LANXI_EDIT_CONFLICT_CHILD), kWriters, kEditsEach, fids,
        [&](int writer) { return server.connectionAs(logins.at(writer - 1)); }, 300000);
    const int succeeded = totals.succeeded;
    CHECK(succeeded == kWriters * kEditsEach);
    WARN("conflicts met and resolved by the writers: " << totals.conflicts);

    const std::vector<FullHistoryRow> history = fullHistory(pg);
    CHECK(int(history.size()) == succeeded);
    std::map<std::int64_t, std::optional<StoredRow>> replay(initial.begin(), initial.end());
    std::map<std::int64_t, int> editsPerFeature;
    std::map<QString, int> rowsPerUser;
    for (std::size_t i = 0; i < history.size(); ++i) {
        CAPTURE(i, history[i].fid);
        CHECK(history[i].before == replay[history[i].fid]);
        replay[history[i].fid] = history[i].after;
        ++editsPerFeature[history[i].fid];
        ++rowsPerUser[history[i].user];
    }
    for (const QString& login : logins) {
        CHECK(rowsPerUser[login] == kEditsEach);
    }
    std::map<std::int64_t, StoredRow> replayed;
    for (auto& [fid, state] : replay) {
        if (state) {
            replayed.emplace(fid, *state);
        }
    }
    const std::map<std::int64_t, StoredRow> end = storedTable(pg);
    CHECK(end == replayed);
    for (const auto& [fid, edits] : editsPerFeature) {
        CAPTURE(fid);
        const int start = initial.at(fid).attributes.at("geometry_note").toInt();
        CHECK(end.at(fid).attributes.at("geometry_note").toInt() == start + edits);
    }
}

namespace {

int countWhere(gis::PostgresDatabase& pg, const QString& where) {
    return int(pg.scalar("SELECT count(*) FROM plan_area WHERE " + where)->toLongLong());
}

void startCrashChild(QProcess& child, const QString& mode, const QString& connection,
                     const QByteArray& marker) {
    child.start(QStringLiteral(LANXI_EDIT_CRASH_CHILD), {mode, connection});
    REQUIRE(child.waitForStarted());
    waitForLine(child, marker);
}

}  // namespace

TEST_CASE("A writer killed on the server loses nothing it saved and leaves no lock",
          "[postgres][team]") {
    PublishedDefault server;
    gis::PostgresDatabase pg = server.superuser();
    const int before = countWhere(pg, "true");
    const QString login = server.addUser("analyst_crash", core::TeamRole::Analyst);
    const QString connection = server.connectionAs(login);

    SECTION("killed while it holds the save's transaction and table lock") {
        QProcess child;
        startCrashChild(child, "in-transaction", connection, "in-transaction");
        child.kill();
        REQUIRE(child.waitForFinished(10000));
        CHECK(countWhere(pg, "true") == before + 1);
        CHECK(countWhere(pg, "name_zh = 'committed'") == 1);
        CHECK(countWhere(pg, "name_zh LIKE 'pending%'") == 0);
        CHECK(pg.scalar("SELECT count(*) FROM lx_history")->toLongLong() == 1);
    }
    SECTION("killed at random moments of saving batch after batch") {
        QRandomGenerator random(20261202);
        for (int round = 0; round < 4; ++round) {
            CAPTURE(round);
            QProcess child;
            startCrashChild(child, "batches", connection, "saved");
            QThread::msleep(random.bounded(5, 300));
            child.kill();
            REQUIRE(child.waitForFinished(10000));
            const QList<QByteArray> lines = child.readAllStandardOutput().trimmed().split('\n');
            const int crashFeatures = countWhere(pg, "name_zh LIKE 'crash\\_%'");
            CHECK(crashFeatures % 5 == 0);
            CHECK(pg.scalar("SELECT count(*) FROM lx_history")->toLongLong() == crashFeatures);
            CHECK(pg.scalar("SELECT count(*) FROM lx_history h WHERE NOT EXISTS (SELECT 1 FROM "
                            "plan_area a WHERE a.fid = h.feature_id)")
                      ->toLongLong() == 0);
            REQUIRE(lines.last().startsWith("saved"));
            const QString batch = QString::fromLatin1(lines.last().mid(6));
            // Every round starts at batch 1: the names repeat, whole batches of 5 each time.
            const int inBatch = countWhere(pg, "name_zh LIKE 'crash\\_" + batch + "\\_%'");
            CHECK(inBatch >= 5);
            CHECK(inBatch % 5 == 0);
        }
    }
    // The server ended the killed connection's transaction: a new session saves at once.
    core::EditSession session(connection, "plan_area", connection);
    const std::int64_t fid = firstArea(pg);
    session.changeAttributes(fid, {{"name_zh", "崩溃之后"}});
    session.save();
    CHECK(pg.scalar("SELECT name_zh FROM plan_area WHERE fid = ?1::bigint", {qlonglong(fid)})
              ->toString() == "崩溃之后");
    CHECK(pg.scalar("SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation "
                    "WHERE c.relname = 'plan_area' AND l.mode = 'ShareRowExclusiveLock'")
              ->toLongLong() == 0);
}
