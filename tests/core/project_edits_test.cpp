// SPDX-License-Identifier: GPL-3.0-or-later
// The pending edits of a project in core: one session per table, the stored versions they replace
// hidden on every layer showing it, and a save that settles a conflict through its resolver. The
// file is read back with plain SQLite.
#include "core/project_edits.h"
#include "core/edit_session.h"
#include "core/project.h"
#include "gis/sqlite_database.h"
#include "tests/support/test_files.h"

#include <catch2/catch.hpp>

#include <QFile>

namespace {

QString storedName(const QString& path, std::int64_t fid) {
    const gis::SqliteDatabase db(path, gis::SqliteDatabase::Mode::ReadOnly);
    return db.scalar("SELECT name_zh FROM plan_area WHERE fid = ?1", {qlonglong(fid)})->toString();
}

std::int64_t firstArea(const QString& path) {
    const gis::SqliteDatabase db(path, gis::SqliteDatabase::Mode::ReadOnly);
    return db.scalar("SELECT min(fid) FROM plan_area")->toLongLong();
}

}  // namespace

TEST_CASE("Project edits share a session per table and settle a conflict on save",
          "[core][edit][conflict]") {
    tests::ensureApplication();
    tests::ScratchDir scratch;
    const QString path = scratch.file("project.gpkg");
    REQUIRE(QFile::copy(tests::defaultProjectPath(), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const core::Project project = core::Project::open(path);
    const std::int64_t fid = firstArea(path);

    core::ProjectEdits mine;
    mine.setProject(&project);
    // plan_ecology and plan_areas both show plan_area: one session edits it.
    core::EditSession* areas = mine.startEditing(QStringLiteral("plan_areas"));
    REQUIRE(areas);
    CHECK(mine.startEditing(QStringLiteral("plan_ecology")) == areas);
    areas->changeAttributes(fid, {{"name_zh", QStringLiteral("我的名称")}});
    CHECK(mine.hasPendingEdits());
    const auto replaced = mine.replacedStoredFeatures();
    REQUIRE(replaced.count("plan_ecology") == 1);
    REQUIRE(replaced.count("plan_areas") == 1);
    CHECK(*replaced.at("plan_ecology") == gis::FeatureIdSet{fid});
    CHECK(replaced.count("plan_lines") == 0);

    // Another analyst saves the same feature first.
    core::ProjectEdits theirs;
    theirs.setProject(&project);
    theirs.startEditing(QStringLiteral("plan_areas"))
        ->changeAttributes(fid, {{"name_zh", QStringLiteral("他们的名称")}});
    int asked = 0;
    REQUIRE(theirs.save([&](const core::SaveConflict&) {
        ++asked;
        return std::nullopt;
    }));
    CHECK(asked == 0);
    CHECK(storedName(path, fid) == QStringLiteral("他们的名称"));

    SECTION("stopping at the conflict keeps the edits pending") {
        CHECK_FALSE(mine.save([&](const core::SaveConflict& conflict) {
            ++asked;
            CHECK(conflict.conflicts().front().fid == fid);
            return std::nullopt;
        }));
        CHECK(asked == 1);
        CHECK(mine.hasPendingEdits());
        CHECK(storedName(path, fid) == QStringLiteral("他们的名称"));
    }
    SECTION("keeping mine writes it over theirs") {
        CHECK(mine.save([&](const core::SaveConflict& conflict) {
            ++asked;
            return std::vector<core::ConflictChoice>(conflict.conflicts().size(),
                                                     core::ConflictChoice::KeepMine);
        }));
        CHECK(asked == 1);
        CHECK_FALSE(mine.hasPendingEdits());
        CHECK(storedName(path, fid) == QStringLiteral("我的名称"));
        CHECK(mine.replacedStoredFeatures().empty());
    }
}
