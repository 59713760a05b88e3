// SPDX-License-Identifier: GPL-3.0-or-later
// Crash safety: a child process editing the project is killed (SIGKILL) at chosen and at random
// moments; the file must open, pass SQLite's integrity check and hold exactly the committed edits.
#include "core/edit_session.h"
#include "core/project_database.h"
#include "gis/sqlite_database.h"
#include "tests/support/test_files.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

namespace {

QString copyOfDefaultProject(const tests::ScratchDir& scratch) {
    const QString copy = scratch.file("project.gpkg");
    REQUIRE(QFile::copy(tests::defaultProjectPath(), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    return copy;
}

/// Starts the child and waits until it prints a line starting with `marker`.
void runUntil(QProcess& child, const QString& mode, const QString& path, const QByteArray& marker) {
    child.start(QStringLiteral(LANXI_EDIT_CRASH_CHILD), {mode, path});
    REQUIRE(child.waitForStarted());
    QByteArray output;
    while (!output.contains(marker)) {
        REQUIRE(child.waitForReadyRead(30000));
        output += child.readAllStandardOutput();
    }
}

void kill(QProcess& child) {
    child.kill();  // SIGKILL: no destructor, no rollback, no cleanup runs
    REQUIRE(child.waitForFinished(10000));
}

QString integrity(const QString& path) {
    const gis::SqliteDatabase db(path, gis::SqliteDatabase::Mode::ReadOnly);
    return db.scalar("PRAGMA integrity_check")->toString();
}

int count(const QString& path, const QString& where) {
    const gis::SqliteDatabase db(path, gis::SqliteDatabase::Mode::ReadOnly);
    return db.scalar("SELECT count(*) FROM plan_area WHERE " + where)->toInt();
}

int historyCount(const QString& path) {
    const gis::SqliteDatabase db(path, gis::SqliteDatabase::Mode::ReadOnly);
    return db.scalar("SELECT count(*) FROM lx_history")->toInt();
}

}  // namespace

TEST_CASE("A process killed inside the save transaction leaves only the committed edits",
          "[core][edit][crash]") {
    tests::ScratchDir scratch;
    const QString path = copyOfDefaultProject(scratch);
    const int before = count(path, "1");
    QProcess child;
    runUntil(child, "in-transaction", path, "in-transaction");
    kill(child);

    CHECK(integrity(path) == "ok");
    CHECK(count(path, "1") == before + 1);
    CHECK(count(path, "name_zh = 'committed'") == 1);
    CHECK(count(path, "name_zh LIKE 'pending%'") == 0);
    CHECK(historyCount(path) == 1);
    // The file is not left locked: a new session saves.
    core::EditSession session(path, "plan_area", path);
    session.deleteFeatures({1});
    session.save();
    CHECK(count(path, "1") == before);
}

TEST_CASE("Killing the process at random moments never loses or tears a saved batch",
          "[core][edit][crash]") {
    tests::ScratchDir scratch;
    const QString path = copyOfDefaultProject(scratch);
    QRandomGenerator random(20261129);
    for (int round = 0; round < 6; ++round) {
        CAPTURE(round);
        QProcess child;
        runUntil(child, "batches", path, "saved");
        QThread::msleep(random.bounded(5, 300));
        child.kill();
        REQUIRE(child.waitForFinished(10000));
        // The last batch the child reported saved must be there.
        const QList<QByteArray> lines = child.readAllStandardOutput().trimmed().split('\n');
        CHECK(integrity(path) == "ok");
        const int crashFeatures = count(path, "name_zh LIKE 'crash_%'");
        CHECK(crashFeatures % 5 == 0);
        CHECK(historyCount(path) == crashFeatures);
        if (!lines.isEmpty() && lines.last().startsWith("saved")) {
            CHECK(count(path, "name_zh LIKE 'crash\\_" + QString::fromLatin1(lines.last().mid(6)) +
                                  "\\_%' ESCAPE '\\'") >= 5);
        }
    }
}

TEST_CASE("Unsaved edits of a killed process are offered back from the journal",
          "[core][edit][crash]") {
    tests::ScratchDir scratch;
    const QString path = copyOfDefaultProject(scratch);
    const int before = count(path, "1");
    QProcess child;
    runUntil(child, "journal", path, "journaled");
    kill(child);

    CHECK(integrity(path) == "ok");
    CHECK(count(path, "1") == before + 1);
    REQUIRE(core::EditSession::hasRecoveryJournal(path, "plan_area"));
    core::EditSession session(path, "plan_area", path);
    CHECK(session.recover() == 2);
    CHECK(session.feature(-1)->attributes.value("name_zh") == "pending_b");
    CHECK(session.feature(-2)->attributes.value("name_zh") == "pending_c");
    session.save();
    CHECK(count(path, "name_zh LIKE 'pending%'") == 2);
    CHECK_FALSE(core::EditSession::hasRecoveryJournal(path, "plan_area"));
}
