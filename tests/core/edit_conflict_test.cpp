// SPDX-License-Identifier: GPL-3.0-or-later
// No lost update: a save whose stored features changed since the session read them writes
// nothing and reports who changed them; resolving per feature then saves. Two sessions of one
// process, another process, and four writer processes racing on a few features. The file is
// read back with plain SQLite, never through the session under test.
#include "core/edit_journal.h"
#include "core/edit_session.h"
#include "core/editable_layer.h"
#include "gis/sqlite_database.h"
#include "tests/support/conflict_writers.h"
#include "tests/support/test_files.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>

#include <algorithm>
#include <map>
#include <memory>

namespace {

QString copyOfDefaultProject(const tests::ScratchDir& scratch) {
    const QString copy = scratch.file("project.gpkg");
    REQUIRE(QFile::copy(tests::defaultProjectPath(), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    return copy;
}

gis::SqliteDatabase reader(const QString& path) {
    return gis::SqliteDatabase(path, gis::SqliteDatabase::Mode::ReadOnly);
}

std::vector<std::int64_t> someFids(const QString& path, int count) {
    std::vector<std::int64_t> fids;
    for (const auto& row : reader(path).query(
             QStringLiteral("SELECT fid FROM plan_area ORDER BY fid LIMIT ?1"), {count})) {
        fids.push_back(row[0].toLongLong());
    }
    return fids;
}

/// The stored name_zh of a feature; nothing when the row is gone.
std::optional<QString> storedName(const QString& path, std::int64_t fid) {
    const auto value = reader(path).scalar(
        QStringLiteral("SELECT name_zh FROM plan_area WHERE fid = ?1"), {qlonglong(fid)});
    return value ? std::optional<QString>(value->toString()) : std::nullopt;
}

struct HistoryRow {
    QString user;
    QString timeUtc;
    QString operation;
    QJsonObject attributesBefore;
    QJsonObject attributesAfter;
};

std::vector<HistoryRow> historyOf(const QString& path, std::int64_t fid) {
    std::vector<HistoryRow> rows;
    for (const auto& row : reader(path).query(
             QStringLiteral("SELECT user_name, time_utc, operation, attributes_before, "
                            "attributes_after FROM lx_history WHERE layer = 'plan_area' AND "
                            "feature_id = ?1 ORDER BY id"),
             {qlonglong(fid)})) {
        rows.push_back({row[0].toString(), row[1].toString(), row[2].toString(),
                        QJsonDocument::fromJson(row[3].toByteArray()).object(),
                        QJsonDocument::fromJson(row[4].toByteArray()).object()});
    }
    return rows;
}

int historyCount(const QString& path) {
    return reader(path).scalar(QStringLiteral("SELECT count(*) FROM lx_history"))->toInt();
}

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

/// Two analysts on one project: `first` and `second` sessions on plan_area, and a feature.
struct TwoAnalysts {
    tests::ScratchDir scratch;
    QString path = copyOfDefaultProject(scratch);
    std::int64_t fid = someFids(path, 1).front();
    QString originalName = *storedName(path, fid);
    std::unique_ptr<core::EditSession> first = open("analyst_a");
    std::unique_ptr<core::EditSession> second = open("analyst_b");

    std::unique_ptr<core::EditSession> open(const QString& user) const {
        auto session = std::make_unique<core::EditSession>(path, "plan_area", path);
        session->setUserName(user);
        return session;
    }
};

QProcess* startChild(QProcess& child, const QStringList& arguments) {
    child.start(QStringLiteral(LANXI_EDIT_CONFLICT_CHILD), arguments);
    REQUIRE(child.waitForStarted());
    return &child;
}

void waitForLine(QProcess& child, const QByteArray& marker) {
    QByteArray output;
    while (!output.contains(marker)) {
        REQUIRE(child.waitForReadyRead(30000));
        output += child.readAllStandardOutput();
    }
}

/// A feature as the file stores it, read with plain SQLite: ISO WKB (from the GeoPackage blob)
/// and the attribute columns as JSON, the form lx_history records.
struct StoredRow {
    QByteArray wkb;
    QJsonObject attributes;
    bool operator==(const StoredRow& other) const = default;
};

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

std::map<std::int64_t, StoredRow> storedTable(const QString& path) {
    const gis::SqliteDatabase db = reader(path);
    const QString geometryColumn =
        db.scalar(QStringLiteral("SELECT column_name FROM gpkg_geometry_columns WHERE "
                                 "table_name = 'plan_area'"))
            ->toString();
    std::vector<QString> columns;
    for (const auto& row :
         db.query(QStringLiteral("SELECT name FROM pragma_table_info('plan_area')"))) {
        columns.push_back(row[0].toString());
    }
    std::map<std::int64_t, StoredRow> table;
    for (const auto& row : db.query(QStringLiteral("SELECT * FROM plan_area"))) {
        StoredRow stored;
        std::int64_t fid = -1;
        for (std::size_t i = 0; i < columns.size(); ++i) {
            if (columns[i] == "fid") {
                fid = row[i].toLongLong();
            } else if (columns[i] == geometryColumn) {
                stored.wkb = normalizedWkb(isoWkbOfGeoPackageBlob(row[i].toByteArray()));
            } else {
                stored.attributes.insert(columns[i], row[i].isNull()
                                                         ? QJsonValue(QJsonValue::Null)
                                                         : QJsonValue(row[i].toString()));
            }
        }
        table.emplace(fid, std::move(stored));
    }
    return table;
}

struct FullHistoryRow {
    std::int64_t fid;
    std::optional<StoredRow> before;
    std::optional<StoredRow> after;
};

std::optional<StoredRow> historyState(const QVariant& wkb, const QVariant& attributes) {
    if (attributes.isNull()) {
        return std::nullopt;
    }
    // As storedTable() reads them: each value as SQLite's text of it.
    QJsonObject values = QJsonDocument::fromJson(attributes.toByteArray()).object();
    values.remove(QStringLiteral("tasks"));  // kept in lx_item_task, not in the table
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (!it->isNull()) {
            *it = QJsonValue(it->toVariant().toString());
        }
    }
    return StoredRow{normalizedWkb(wkb.toByteArray()), values};
}

std::vector<FullHistoryRow> fullHistory(const QString& path) {
    std::vector<FullHistoryRow> rows;
    for (const auto& row : reader(path).query(QStringLiteral(
             "SELECT feature_id, geometry_before, attributes_before, geometry_after, "
             "attributes_after FROM lx_history WHERE layer = 'plan_area' ORDER BY id"))) {
        rows.push_back(
            {row[0].toLongLong(), historyState(row[1], row[2]), historyState(row[3], row[4])});
    }
    return rows;
}

}  // namespace

TEST_CASE("A save over a feature another session saved meanwhile is refused and keeps the edits",
          "[core][edit][conflict]") {
    TwoAnalysts t;
    t.first->changeAttributes(t.fid, {{"name_zh", "甲的版本"}});
    t.second->changeAttributes(t.fid, {{"name_zh", "乙的版本"}});
    t.first->save();
    const std::vector<HistoryRow> saved = historyOf(t.path, t.fid);
    REQUIRE(saved.size() == 1);
    const QString journal = core::EditJournal::pathFor(t.path, "plan_area");

    const core::SaveConflict conflict = conflictOf(*t.second);

    REQUIRE(conflict.conflicts().size() == 1);
    const core::FeatureConflict& feature = conflict.conflicts().front();
    CHECK(feature.fid == t.fid);
    CHECK(feature.layer == "plan_area");
    CHECK(feature.changedBy == "analyst_a");
    CHECK(feature.changedAtUtc == saved.front().timeUtc);
    REQUIRE(feature.theirs);
    CHECK(feature.theirs->attributes.value("name_zh") == "甲的版本");
    REQUIRE(feature.mine);
    CHECK(feature.mine->attributes.value("name_zh") == "乙的版本");
    CHECK(conflict.message().contains(QString::number(t.fid)));
    CHECK(conflict.message().contains("甲的版本"));
    CHECK(conflict.message().contains("analyst_a"));
    CHECK(conflict.message().contains(saved.front().timeUtc));
    // Nothing written, everything kept.
    CHECK(storedName(t.path, t.fid) == "甲的版本");
    CHECK(historyCount(t.path) == 1);
    CHECK(t.second->hasPendingEdits());
    CHECK(t.second->undoStack().count() == 1);
    const std::vector<core::JournalEntry> journalled =
        core::EditJournal(t.path, "plan_area").read();
    REQUIRE(journalled.size() == 1);
    REQUIRE(journalled.front().changes.size() == 1);
    CHECK(journalled.front().changes.front().fid == t.fid);
    CHECK(journalled.front().changes.front().after->attributes.value("name_zh") == "乙的版本");

    SECTION("keeping mine overwrites theirs and the history says so") {
        t.second->resolveConflict(feature, core::ConflictChoice::KeepMine);
        t.second->save();
        CHECK(storedName(t.path, t.fid) == "乙的版本");
        const std::vector<HistoryRow> rows = historyOf(t.path, t.fid);
        REQUIRE(rows.size() == 2);
        CHECK(rows.back().user == "analyst_b");
        CHECK(rows.back().operation.split(u',').contains("overwrite"));
        CHECK(rows.back().attributesBefore.value("name_zh") == "甲的版本");
        CHECK(rows.back().attributesAfter.value("name_zh") == "乙的版本");
        CHECK_FALSE(QFile::exists(journal));
    }
    SECTION("taking theirs drops my change, even from the undo stack, and writes nothing") {
        QSignalSpy changed(t.second.get(), &core::EditSession::featuresChanged);
        t.second->resolveConflict(feature, core::ConflictChoice::TakeTheirs);
        REQUIRE(changed.count() == 1);
        CHECK(changed.front().front().value<QList<qint64>>() == QList<qint64>{t.fid});
        CHECK_FALSE(t.second->hasPendingEdits());
        CHECK(t.second->feature(t.fid)->attributes.value("name_zh") == "甲的版本");
        t.second->undoStack().undo();
        CHECK(t.second->feature(t.fid)->attributes.value("name_zh") == "甲的版本");
        t.second->undoStack().redo();
        t.second->save();
        CHECK(storedName(t.path, t.fid) == "甲的版本");
        CHECK(historyCount(t.path) == 1);
    }
    SECTION("a change made after resolving is a new conflict") {
        t.second->resolveConflict(feature, core::ConflictChoice::KeepMine);
        t.first->changeAttributes(t.fid, {{"name_zh", "甲的第二版"}});
        t.first->save();
        const core::SaveConflict again = conflictOf(*t.second);
        REQUIRE(again.conflicts().size() == 1);
        CHECK(again.conflicts().front().theirs->attributes.value("name_zh") == "甲的第二版");
        CHECK(storedName(t.path, t.fid) == "甲的第二版");
    }
}

TEST_CASE("Delete against change and change against delete both conflict",
          "[core][edit][conflict]") {
    TwoAnalysts t;
    SECTION("they deleted what I changed; keeping mine brings it back") {
        t.first->deleteFeatures({t.fid});
        t.second->changeAttributes(t.fid, {{"name_zh", "乙的版本"}});
        t.first->save();
        const core::SaveConflict conflict = conflictOf(*t.second);
        REQUIRE(conflict.conflicts().size() == 1);
        CHECK_FALSE(conflict.conflicts().front().theirs);
        CHECK(conflict.conflicts().front().changedBy == "analyst_a");
        CHECK_FALSE(storedName(t.path, t.fid));
        t.second->resolveConflict(conflict.conflicts().front(), core::ConflictChoice::KeepMine);
        t.second->save();
        CHECK(storedName(t.path, t.fid) == "乙的版本");
        const auto rows = historyOf(t.path, t.fid);
        REQUIRE(rows.size() == 2);
        CHECK(rows.back().attributesBefore.isEmpty());
    }
    SECTION("they changed what I deleted; keeping mine deletes their version") {
        t.first->changeAttributes(t.fid, {{"name_zh", "甲的版本"}});
        t.second->deleteFeatures({t.fid});
        t.first->save();
        const core::SaveConflict conflict = conflictOf(*t.second);
        REQUIRE(conflict.conflicts().size() == 1);
        CHECK_FALSE(conflict.conflicts().front().mine);
        CHECK(conflict.conflicts().front().theirs->attributes.value("name_zh") == "甲的版本");
        CHECK(storedName(t.path, t.fid) == "甲的版本");
        t.second->resolveConflict(conflict.conflicts().front(), core::ConflictChoice::KeepMine);
        t.second->save();
        CHECK_FALSE(storedName(t.path, t.fid));
        const auto rows = historyOf(t.path, t.fid);
        REQUIRE(rows.size() == 2);
        CHECK(rows.back().attributesBefore.value("name_zh") == "甲的版本");
        CHECK(rows.back().attributesAfter.isEmpty());
    }
}

TEST_CASE("A change made outside Lanxi Atlas is reported as such", "[core][edit][conflict]") {
    TwoAnalysts t;
    t.second->changeAttributes(t.fid, {{"name_zh", "乙的版本"}});
    {
        // Another program (QGIS …) writes through GDAL and leaves no history.
        core::EditableLayer other(t.path, "plan_area");
        other.beginTransaction();
        auto state = other.read(t.fid);
        state->attributes["name_zh"] = "外部修改";
        other.write(t.fid, true, state);
        other.commitTransaction();
    }
    const core::SaveConflict conflict = conflictOf(*t.second);
    REQUIRE(conflict.conflicts().size() == 1);
    CHECK(conflict.conflicts().front().changedBy.isEmpty());
    CHECK(conflict.message().contains("outside Lanxi Atlas"));
    CHECK(storedName(t.path, t.fid) == "外部修改");
}

TEST_CASE("The save's lock keeps every other writer out until it ends", "[core][edit][conflict]") {
    tests::ScratchDir scratch;
    const QString path = copyOfDefaultProject(scratch);
    core::EditableLayer layer(path, "plan_area");
    gis::SqliteDatabase other(path, gis::SqliteDatabase::Mode::ReadWrite);
    sqlite3_busy_timeout(other.handle(), 0);
    REQUIRE(layer.beginTransaction());
    layer.lockForSave();
    CHECK_THROWS_AS(other.execute(QStringLiteral("BEGIN IMMEDIATE")), gis::Error);
    layer.rollbackTransaction();
    other.execute(QStringLiteral("BEGIN IMMEDIATE"));
    other.rollback();
}

TEST_CASE("Another process changing the feature before this save is detected",
          "[core][edit][conflict]") {
    TwoAnalysts t;
    t.second->changeAttributes(t.fid, {{"name_zh", "乙的版本"}});
    SECTION("it saved before") {
        QProcess child;
        startChild(child, {"change", t.path, QString::number(t.fid), "丙的版本", "analyst_c"});
        REQUIRE(child.waitForFinished(30000));
        INFO(child.readAllStandardError().toStdString());
        REQUIRE(child.exitStatus() == QProcess::NormalExit);
        REQUIRE(child.exitCode() == 0);
    }
    SECTION("it is saving: this save waits for its lock, then sees its change") {
        QProcess child;
        startChild(child,
                   {"change", t.path, QString::number(t.fid), "丙的版本", "analyst_c", "800"});
        waitForLine(child, "in-transaction");
        const core::SaveConflict conflict = conflictOf(*t.second);
        CHECK(conflict.conflicts().front().changedBy == "analyst_c");
        REQUIRE(child.waitForFinished(30000));
        CHECK(child.exitCode() == 0);
    }
    const core::SaveConflict conflict = conflictOf(*t.second);
    REQUIRE(conflict.conflicts().size() == 1);
    CHECK(conflict.conflicts().front().fid == t.fid);
    CHECK(conflict.conflicts().front().changedBy == "analyst_c");
    CHECK(storedName(t.path, t.fid) == "丙的版本");
    CHECK(t.second->hasPendingEdits());
}

TEST_CASE("Four writer processes, 1000 interleaved edits, lose no update",
          "[core][edit][conflict][slow]") {
    tests::ScratchDir scratch;
    const QString path = copyOfDefaultProject(scratch);
    const std::map<std::int64_t, StoredRow> initial = storedTable(path);
    QStringList fids;
    for (const std::int64_t fid : someFids(path, 5)) {
        fids << QString::number(fid);
    }
    constexpr int kWriters = 4;
    constexpr int kEditsEach = 250;
    // Four analysts: each has a journal of their own and signs their history rows.
    const tests::WriterTotals totals = tests::runConflictWriters(
        QStringLiteral(LANXI_EDIT_CONFLICT_CHILD), kWriters, kEditsEach, fids,
        [&path](int) { return path; }, 120000);
    const int succeeded = totals.succeeded;
    CHECK(succeeded == kWriters * kEditsEach);
    WARN("conflicts met and resolved by the writers: " << totals.conflicts);

    const std::vector<FullHistoryRow> history = fullHistory(path);
    CHECK(int(history.size()) == succeeded);
    // Every row starts where the previous row of its feature ended: a complete chain.
    std::map<std::int64_t, std::optional<StoredRow>> replay(initial.begin(), initial.end());
    std::map<std::int64_t, int> editsPerFeature;
    for (std::size_t i = 0; i < history.size(); ++i) {
        CAPTURE(i, history[i].fid);
        CHECK(history[i].before == replay[history[i].fid]);
        replay[history[i].fid] = history[i].after;
        ++editsPerFeature[history[i].fid];
    }
    std::map<std::int64_t, StoredRow> replayed;
    for (auto& [fid, state] : replay) {
        if (state) {
            replayed.emplace(fid, *state);
        }
    }
    const std::map<std::int64_t, StoredRow> end = storedTable(path);
    CHECK(end == replayed);
    // Each edit counted one up on top of the last saved count: none was lost.
    for (const auto& [fid, edits] : editsPerFeature) {
        CAPTURE(fid);
        const int start = initial.at(fid).attributes.value("geometry_note").toString().toInt();
        CHECK(end.at(fid).attributes.value("geometry_note").toString().toInt() == start + edits);
    }
}
