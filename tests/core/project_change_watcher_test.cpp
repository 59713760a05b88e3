// SPDX-License-Identifier: GPL-3.0-or-later
// What another session saves reaches a ProjectChangeWatcher within two seconds: on a GeoPackage
// (a session of this process, another process) and on PostgreSQL (LISTEN/NOTIFY).
#include "core/project_change_watcher.h"
#include "core/edit_session.h"
#include "core/postgis_project_store.h"
#include "core/project_database.h"
#include "core/project_transfer.h"
#include "gis/postgres_database.h"
#include "gis/sqlite_database.h"
#include "tests/support/postgres_cluster.h"
#include "tests/support/test_files.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QTest>

#include <vector>

namespace {

struct Saved {
    QString layer;
    QList<qint64> fids;
    QString user;
    QString dataset;
};

/// Records what a watcher reports.
struct Recorder {
    std::vector<Saved> saved;
    int projectChanges = 0;
    QStringList lost;

    explicit Recorder(core::ProjectChangeWatcher& watcher) {
        QObject::connect(&watcher, &core::ProjectChangeWatcher::featuresSaved,
                         [this](const QString& layer, const QList<qint64>& fids,
                                const QString& user, const QString& dataset) {
                             saved.push_back({layer, fids, user, dataset});
                         });
        QObject::connect(&watcher, &core::ProjectChangeWatcher::projectChanged,
                         [this] { ++projectChanges; });
        QObject::connect(&watcher, &core::ProjectChangeWatcher::connectionLost,
                         [this](const QString& message) { lost << message; });
    }
};

QString copyOfDefaultProject(const tests::ScratchDir& scratch) {
    const QString copy = scratch.file("project.gpkg");
    REQUIRE(QFile::copy(tests::defaultProjectPath(), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    return copy;
}

/// The smallest fid of plan_area, read with plain SQL.
qint64 firstAreaFid(gis::SqlConnection& db) {
    return db.scalar(QStringLiteral("SELECT min(fid) FROM plan_area"))->toLongLong();
}

}  // namespace

TEST_CASE("A watcher on a project file reports what other sessions save", "[watch]") {
    tests::ensureApplication();
    tests::ScratchDir scratch;
    const QString path = copyOfDefaultProject(scratch);
    gis::SqliteDatabase reader(path, gis::SqliteDatabase::Mode::ReadOnly);
    const qint64 fid = firstAreaFid(reader);
    const qint64 historyAtStart =
        reader.scalar(QStringLiteral("SELECT COALESCE(max(id), 0) FROM lx_history"))->toLongLong();

    core::ProjectChangeWatcher watcher(path);
    Recorder recorder(watcher);
    CHECK(watcher.lastHistoryId() == historyAtStart);
    QTest::qWait(2 * core::ProjectChangeWatcher::kFilePollMs);
    CHECK(recorder.saved.empty());  // nothing saved, nothing reported
    CHECK(recorder.projectChanges == 0);

    SECTION("a session of this process, through GDAL") {
        core::EditSession session(path, QStringLiteral("plan_area"), path);
        session.setUserName(QStringLiteral("李工"));
        session.changeAttributes(fid, {{"name_zh", QStringLiteral("新名称")}});
        session.save();
        REQUIRE(QTest::qWaitFor([&] { return !recorder.saved.empty(); }, 2000));
        REQUIRE(recorder.saved.size() == 1);
        CHECK(recorder.saved[0].layer == "plan_area");
        CHECK(recorder.saved[0].fids == QList<qint64>{fid});
        CHECK(recorder.saved[0].user == QStringLiteral("李工"));
        CHECK(recorder.saved[0].dataset.isEmpty());
        CHECK(watcher.lastHistoryId() == historyAtStart + 1);
        // A feature save leaves the layers, bookmarks and layouts alone.
        CHECK(recorder.projectChanges == 0);

        SECTION("acknowledged rows are not reported again") {
            session.changeAttributes(fid, {{"name_zh", QStringLiteral("再改")}});
            session.save();
            watcher.acknowledgeSaves();
            QTest::qWait(3 * core::ProjectChangeWatcher::kFilePollMs);
            CHECK(recorder.saved.size() == 1);
            CHECK(watcher.lastHistoryId() == historyAtStart + 2);
        }
    }

    SECTION("another process") {
        QProcess child;
        child.start(QStringLiteral(LANXI_EDIT_CONFLICT_CHILD),
                    {QStringLiteral("change"), path, QString::number(fid),
                     QStringLiteral("他处所改"), QStringLiteral("wang")});
        REQUIRE(child.waitForFinished(30000));
        REQUIRE(child.exitCode() == 0);
        REQUIRE(QTest::qWaitFor([&] { return !recorder.saved.empty(); }, 2000));
        REQUIRE(recorder.saved.size() == 1);
        CHECK(recorder.saved[0].layer == "plan_area");
        CHECK(recorder.saved[0].fids == QList<qint64>{fid});
        CHECK(recorder.saved[0].user == "wang");
    }

    SECTION("a new bookmark is a project change, not a feature save") {
        core::ProjectDatabase writer(path, core::ProjectDatabase::Access::ReadWrite);
        std::vector<core::Bookmark> bookmarks = writer.bookmarks();
        REQUIRE(!bookmarks.empty());
        bookmarks.push_back(bookmarks.front());
        bookmarks.back().nameZh = QStringLiteral("临夏");
        writer.replaceBookmarks(bookmarks);
        REQUIRE(QTest::qWaitFor([&] { return recorder.projectChanges > 0; }, 2000));
        CHECK(recorder.saved.empty());
    }

    SECTION("a change this session acknowledged is not reported") {
        core::ProjectDatabase writer(path, core::ProjectDatabase::Access::ReadWrite);
        std::vector<core::LayerRecord> layers = writer.layers();
        layers.front().opacity = 0.5;
        writer.replaceLayers(layers);
        watcher.acknowledgeProject();
        QTest::qWait(3 * core::ProjectChangeWatcher::kFilePollMs);
        CHECK(recorder.projectChanges == 0);
        // The next change, made by someone else, is reported again.
        layers.front().opacity = 0.25;
        writer.replaceLayers(layers);
        REQUIRE(QTest::qWaitFor([&] { return recorder.projectChanges == 1; }, 2000));
    }
    CHECK(recorder.lost.isEmpty());
}

TEST_CASE("A watcher on a PostgreSQL project hears saves and layer changes", "[watch][postgres]") {
    tests::ensureApplication();
    tests::PostgresCluster& cluster = tests::PostgresCluster::shared();
    const QString database = cluster.createDatabase(QStringLiteral("watch"));
    const QString gdalName = cluster.gdalName(database);
    core::ProjectTransfer::publish(tests::defaultProjectPath(), gdalName);
    gis::PostgresDatabase reader(cluster.conninfo(database));
    const qint64 fid = firstAreaFid(reader);

    core::ProjectChangeWatcher watcher(gdalName);
    Recorder recorder(watcher);

    SECTION("a saved feature, with the database user") {
        core::EditSession session(gdalName, QStringLiteral("plan_area"), gdalName);
        session.changeAttributes(fid, {{"name_zh", QStringLiteral("服务器上改名")}});
        session.save();
        REQUIRE(QTest::qWaitFor([&] { return !recorder.saved.empty(); }, 2000));
        REQUIRE(recorder.saved.size() == 1);
        CHECK(recorder.saved[0].layer == "plan_area");
        CHECK(recorder.saved[0].fids == QList<qint64>{fid});
        CHECK(recorder.saved[0].user == cluster.superuser());
        CHECK(recorder.projectChanges == 0);
    }

    SECTION("a changed layer list") {
        core::PostgisProjectStore store(gdalName);
        std::vector<core::LayerRecord> layers = store.layers();
        REQUIRE(layers.size() > 1);
        layers.front().visible = !layers.front().visible;
        store.replaceLayers(layers);
        REQUIRE(QTest::qWaitFor([&] { return recorder.projectChanges > 0; }, 2000));
        CHECK(recorder.saved.empty());
    }

    SECTION("a layer change this session acknowledged is announced but not reported") {
        core::PostgisProjectStore store(gdalName);
        std::vector<core::LayerRecord> layers = store.layers();
        layers.front().opacity = 0.5;
        store.replaceLayers(layers);
        watcher.acknowledgeProject();
        QTest::qWait(1000);  // the notification arrives and is checked against the tables
        CHECK(recorder.projectChanges == 0);
    }

    SECTION("a dropped connection is reported and followed by a reconnect") {
        reader.execute(
            QStringLiteral(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ?1 AND "
                "pid <> pg_backend_pid()"),
            {database});
        // The closed socket wakes the watcher at once; the reconnect waits for the slow poll.
        REQUIRE(QTest::qWaitFor([&] { return !recorder.lost.isEmpty(); }, 2000));
        CHECK(!watcher.isConnected());
        core::EditSession session(gdalName, QStringLiteral("plan_area"), gdalName);
        session.changeAttributes(fid, {{"name_en", QStringLiteral("while away")}});
        session.save();
        REQUIRE(QTest::qWaitFor([&] { return !recorder.saved.empty(); },
                                core::ProjectChangeWatcher::kServerPollMs + 2000));
        CHECK(watcher.isConnected());
        CHECK(recorder.saved[0].fids == QList<qint64>{fid});
    }
}
