// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/edit_session.h"

#include "core/project_database.h"
#include "gis/gdal_environment.h"
#include "gis/sqlite_database.h"
#include "tests/support/test_files.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSignalSpy>

#include <map>
#include <memory>

namespace {

OGRGeometryUniquePtr fromWkt(const char* wkt) {
    OGRGeometry* raw = nullptr;
    REQUIRE(OGRGeometryFactory::createFromWkt(wkt, nullptr, &raw) == OGRERR_NONE);
    return OGRGeometryUniquePtr(raw);
}

QString copyOfDefaultProject(const tests::ScratchDir& scratch) {
    const QString copy = scratch.file("project.gpkg");
    REQUIRE(QFile::copy(tests::defaultProjectPath(), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    return copy;
}

/// Every stored feature of a layer, read through a fresh connection.
std::map<std::int64_t, core::FeatureState> storedFeatures(const QString& path,
                                                          const QString& layer) {
    const core::EditableLayer reader(path, layer);
    std::map<std::int64_t, core::FeatureState> features;
    for (const std::int64_t fid : reader.storedIds()) {
        features.emplace(fid, *reader.read(fid));
    }
    return features;
}

QVariantMap planAttributes(const QString& name) {
    return {{"item_id", QString("test_" + name)},
            {"name_zh", name},
            {"kind", "airport"},
            {"status", "build"},
            {"accuracy", "schematic"}};
}

double areaOf(const core::FeatureState& state) {
    return state.geometry()->toMultiPolygon()->get_Area();
}

constexpr const char* kSquare = "POLYGON ((101 36, 101.2 36, 101.2 36.2, 101 36.2, 101 36))";

struct Fixture {
    tests::ScratchDir scratch;
    QString path = copyOfDefaultProject(scratch);
    std::map<std::int64_t, core::FeatureState> before = storedFeatures(path, "plan_area");
    core::EditSession session{path, "plan_area", path};
};

}  // namespace

TEST_CASE("Adding a feature round-trips through undo and redo and saves with history",
          "[core][edit]") {
    Fixture f;
    const std::int64_t fid = f.session.addFeature(*fromWkt(kSquare), planAttributes("新机场"));
    CHECK(fid < 0);
    const auto added = f.session.feature(fid);
    REQUIRE(added);
    CHECK(added->attributes.value("name_zh") == "新机场");
    CHECK(wkbFlatten(added->geometry()->getGeometryType()) == wkbMultiPolygon);
    f.session.undoStack().undo();
    CHECK_FALSE(f.session.feature(fid));
    CHECK_FALSE(f.session.hasPendingEdits());
    f.session.undoStack().redo();
    CHECK(f.session.feature(fid) == added);
    CHECK(storedFeatures(f.path, "plan_area") == f.before);  // nothing written before save

    const core::SaveResult result = f.session.save();
    CHECK(result.added == 1);
    const std::int64_t stored = result.newIds.at(fid);
    const auto after = storedFeatures(f.path, "plan_area");
    CHECK(after.size() == f.before.size() + 1);
    CHECK(after.at(stored) == *added);
    CHECK(f.session.undoStack().count() == 0);

    const core::ProjectDatabase project(f.path, core::ProjectDatabase::Access::ReadOnly);
    const auto history = project.featureHistory("plan_area", stored);
    REQUIRE(history.size() == 1);
    CHECK(history[0].operation == "add_feature");
    CHECK(history[0].user == core::HistoryRecord::currentUser());
    CHECK(history[0].timeUtc.endsWith('Z'));
    CHECK_FALSE(history[0].before);
    CHECK(history[0].after->wkb == added->wkb);
    CHECK(history[0].after == *added);
}

TEST_CASE("Deleting features round-trips and saves", "[core][edit]") {
    Fixture f;
    f.session.deleteFeatures({1, 2});
    CHECK_FALSE(f.session.feature(1));
    f.session.undoStack().undo();
    CHECK(f.session.feature(1) == f.before.at(1));
    CHECK(f.session.feature(2) == f.before.at(2));
    f.session.undoStack().redo();
    CHECK_FALSE(f.session.feature(2));
    CHECK(f.session.pendingStates().at(2) == std::nullopt);
    CHECK(f.session.save().deleted == 2);
    const auto after = storedFeatures(f.path, "plan_area");
    CHECK(after.size() == f.before.size() - 2);
    CHECK_FALSE(after.count(1));
    CHECK_THROWS_AS(f.session.deleteFeatures({1}), core::EditRefused);
}

TEST_CASE("Changing a geometry round-trips and a drag is one undo step", "[core][edit]") {
    Fixture f;
    f.session.changeGeometry(3, *fromWkt(kSquare));
    const auto moved = f.session.feature(3);
    CHECK(moved->attributes == f.before.at(3).attributes);
    f.session.changeGeometry(
        3, *fromWkt("POLYGON ((101 36, 101.3 36, 101.3 36.2, 101 36.2, 101 36))"), true);
    f.session.changeGeometry(
        3, *fromWkt("POLYGON ((101 36, 101.4 36, 101.4 36.2, 101 36.2, 101 36))"), true);
    CHECK(f.session.undoStack().count() == 1);
    const auto dragged = f.session.feature(3);
    f.session.undoStack().undo();
    CHECK(f.session.feature(3) == f.before.at(3));
    f.session.undoStack().redo();
    CHECK(f.session.feature(3) == dragged);
    f.session.save();
    CHECK(storedFeatures(f.path, "plan_area").at(3) == *dragged);
}

TEST_CASE("Changing attributes round-trips; plan attributes are validated", "[core][edit]") {
    Fixture f;
    f.session.changeAttributes(1, {{"status", "study"}});
    CHECK(f.session.feature(1)->attributes.value("status") == "study");
    CHECK(f.session.feature(1)->attributes.value("name_zh") ==
          f.before.at(1).attributes.value("name_zh"));
    f.session.undoStack().undo();
    CHECK(f.session.feature(1) == f.before.at(1));
    f.session.undoStack().redo();
    CHECK(f.session.feature(1)->attributes.value("status") == "study");

    try {
        f.session.changeAttributes(1, {{"kind", "spaceport"}, {"name_zh", ""}});
        FAIL("invalid attributes accepted");
    } catch (const core::EditRefused& refused) {
        CHECK(refused.attributeProblems().size() == 2);
        CHECK(refused.message().contains("spaceport"));
    }
    CHECK_THROWS_WITH(f.session.changeAttributes(1, {{"no_such_field", "x"}}),
                      Catch::Contains("no field no_such_field"));
    CHECK(f.session.undoStack().count() == 1);
}

TEST_CASE("Plan attribute validation checks closed sets and years", "[core][edit]") {
    CHECK(core::PlanAttributeValidator::check(planAttributes("机场")).empty());
    QVariantMap bad = planAttributes("机场");
    bad["status"] = "someday";
    bad["tier"] = "capital";
    bad["accuracy"] = "guess";
    bad["start_year"] = "2025年";
    const auto problems = core::PlanAttributeValidator::check(bad);
    QStringList fields;
    for (const auto& problem : problems) {
        fields << problem.field;
    }
    CHECK(fields == QStringList{"status", "tier", "accuracy", "start_year"});
    bad = planAttributes("机场");
    bad["start_year"] = 2026;
    CHECK(core::PlanAttributeValidator::check(bad).empty());
}

TEST_CASE("Splitting a polygon by a line round-trips and keeps the area", "[core][edit]") {
    Fixture f;
    const std::int64_t fid = f.session.addFeature(*fromWkt(kSquare), planAttributes("待分"));
    const auto whole = *f.session.feature(fid);
    const auto pieces =
        f.session.splitFeature(fid, *fromWkt("LINESTRING (101.1 35.9, 101.1 36.3)"));
    REQUIRE(pieces.size() == 2);
    CHECK(pieces[0] == fid);
    const auto left = *f.session.feature(pieces[0]);
    const auto right = *f.session.feature(pieces[1]);
    CHECK(areaOf(left) + areaOf(right) == Approx(areaOf(whole)));
    CHECK(areaOf(left) == Approx(areaOf(whole) / 2));
    // The new piece is an item of its own: same values, a new unique item id.
    QVariantMap rightValues = right.attributes;
    QVariantMap wholeValues = whole.attributes;
    CHECK(rightValues.take("item_id") != wholeValues.take("item_id"));
    CHECK(rightValues == wholeValues);
    f.session.undoStack().undo();
    CHECK(f.session.feature(fid) == whole);
    CHECK_FALSE(f.session.feature(pieces[1]));
    f.session.undoStack().redo();
    CHECK(f.session.feature(pieces[0]) == left);
    CHECK(f.session.feature(pieces[1]) == right);
    CHECK_THROWS_WITH(f.session.splitFeature(fid, *fromWkt("LINESTRING (105 35, 105.1 35)")),
                      Catch::Contains("does not cut"));
    CHECK(f.session.save().added == 2);
}

TEST_CASE("Reshaping a polygon cuts away or adds the side of the line and keeps holes",
          "[core][edit]") {
    Fixture f;
    // A 0.2° square with a hole near its west side.
    const std::int64_t fid = f.session.addFeature(
        *fromWkt("POLYGON ((101 36, 101.2 36, 101.2 36.2, 101 36.2, 101 36), (101.02 36.08, "
                 "101.06 36.08, 101.06 36.12, 101.02 36.12, 101.02 36.08))"),
        planAttributes("待改"));
    const auto original = *f.session.feature(fid);
    const double hole = 0.04 * 0.04;
    REQUIRE(areaOf(original) == Approx(0.04 - hole));

    // Inside: a line across the east quarter cuts it away (the smaller side goes).
    f.session.reshapeFeature(fid, *fromWkt("LINESTRING (101.15 35.95, 101.15 36.25)"));
    const auto cut = *f.session.feature(fid);
    CHECK(areaOf(cut) == Approx(0.15 * 0.2 - hole));
    CHECK(cut.geometry()->toMultiPolygon()->getGeometryRef(0)->getNumInteriorRings() == 1);

    // Outside: a bulge to the north adds the area between the line and the outline.
    f.session.reshapeFeature(
        fid, *fromWkt("LINESTRING (101.05 36.15, 101.05 36.3, 101.1 36.3, 101.1 36.15)"));
    const auto bulged = *f.session.feature(fid);
    CHECK(areaOf(bulged) == Approx(areaOf(cut) + 0.05 * 0.1));

    // A line that does not cross the outline twice changes nothing.
    CHECK_THROWS_WITH(
        f.session.reshapeFeature(fid, *fromWkt("LINESTRING (101.05 36.05, 101.5 36.05)")),
        Catch::Contains("exactly twice"));
    CHECK(f.session.feature(fid) == bulged);

    f.session.undoStack().undo();
    CHECK(f.session.feature(fid) == cut);
    f.session.undoStack().undo();
    CHECK(f.session.feature(fid) == original);
    f.session.undoStack().redo();
    CHECK(f.session.feature(fid) == cut);
}

TEST_CASE("Splitting a line gives two lines", "[core][edit]") {
    tests::ScratchDir scratch;
    const QString path = copyOfDefaultProject(scratch);
    core::EditSession session(path, "plan_line", path);
    QVariantMap attributes = planAttributes("测试线");
    attributes["kind"] = "railway";
    const std::int64_t fid =
        session.addFeature(*fromWkt("LINESTRING (101 36, 102 36)"), attributes);
    const auto pieces =
        session.splitFeature(fid, *fromWkt("LINESTRING (101.25 35.9, 101.25 36.1)"));
    REQUIRE(pieces.size() == 2);
    const double a = session.feature(pieces[0])->geometry()->toMultiLineString()->get_Length();
    const double b = session.feature(pieces[1])->geometry()->toMultiLineString()->get_Length();
    CHECK(a + b == Approx(1.0));
    CHECK(std::min(a, b) == Approx(0.25));
}

TEST_CASE("Reshaping a line feature is one undoable change, refused when the line misses it",
          "[core][edit]") {
    tests::ScratchDir scratch;
    const QString path = copyOfDefaultProject(scratch);
    core::EditSession session(path, "plan_line", path);
    QVariantMap attributes = planAttributes("改线");
    attributes["kind"] = "railway";
    const std::int64_t fid =
        session.addFeature(*fromWkt("LINESTRING (101 36, 101.5 36, 102 36)"), attributes);
    const auto original = *session.feature(fid);
    const int steps = session.undoStack().count();

    session.reshapeFeature(
        fid, *fromWkt("LINESTRING (101.25 35.9, 101.25 36.1, 101.75 36.1, 101.75 35.9)"));
    CHECK(session.undoStack().count() == steps + 1);
    const auto detour = *session.feature(fid);
    const OGRGeometryUniquePtr detourGeometry = detour.geometry();
    const OGRMultiLineString* lines = detourGeometry->toMultiLineString();
    REQUIRE(lines->getNumGeometries() == 1);
    const OGRLineString* path0 = lines->getGeometryRef(0);
    const std::vector<QPointF> expected{{101, 36},      {101.25, 36}, {101.25, 36.1},
                                        {101.75, 36.1}, {101.75, 36}, {102, 36}};
    REQUIRE(path0->getNumPoints() == int(expected.size()));
    for (int i = 0; i < path0->getNumPoints(); ++i) {
        CHECK(QPointF(path0->getX(i), path0->getY(i)) == expected[std::size_t(i)]);
    }

    // A line that does not touch the feature: refused with a message, nothing changed.
    CHECK_THROWS_WITH(
        session.reshapeFeature(fid, *fromWkt("LINESTRING (101 37, 102 37)")),
        Catch::Contains("must cross the feature's line twice, or start or end on it"));
    CHECK(session.feature(fid) == detour);
    CHECK(session.undoStack().count() == steps + 1);

    session.undoStack().undo();
    CHECK(session.feature(fid) == original);
    session.undoStack().redo();
    CHECK(session.feature(fid) == detour);
    const core::SaveResult saved = session.save();
    REQUIRE(saved.newIds.count(fid) == 1);
    const auto stored = core::EditableLayer(path, "plan_line").read(saved.newIds.at(fid));
    REQUIRE(stored);
    CHECK(stored->wkb == detour.wkb);
}

TEST_CASE("Merging features unions them into the first and round-trips", "[core][edit]") {
    Fixture f;
    const std::int64_t a = f.session.addFeature(*fromWkt(kSquare), planAttributes("甲"));
    const std::int64_t b = f.session.addFeature(
        *fromWkt("POLYGON ((101.2 36, 101.4 36, 101.4 36.2, 101.2 36.2, 101.2 36))"),
        planAttributes("乙"));
    const auto first = *f.session.feature(a);
    const auto second = *f.session.feature(b);
    f.session.mergeFeatures({a, b});
    const auto merged = *f.session.feature(a);
    CHECK_FALSE(f.session.feature(b));
    CHECK(areaOf(merged) == Approx(areaOf(first) + areaOf(second)));
    CHECK(merged.geometry()->toMultiPolygon()->getNumGeometries() == 1);
    CHECK(merged.attributes == first.attributes);
    f.session.undoStack().undo();
    CHECK(f.session.feature(a) == first);
    CHECK(f.session.feature(b) == second);
    f.session.undoStack().redo();
    CHECK(f.session.feature(a) == merged);
    CHECK_THROWS_AS(f.session.mergeFeatures({a}), core::EditRefused);
}

TEST_CASE("Invalid geometries are refused with their location and nothing is written",
          "[core][edit]") {
    Fixture f;
    const char* invalid[] = {
        "POLYGON ((101 36, 101.2 36.2, 101.2 36, 101 36.2, 101 36))",    // bow tie
        "POLYGON ((101 36, 101.2 36, 101.2 36.2, 101 36.2, 101 36.1))",  // not closed
        "POLYGON ((101 36, 101.2 36, 101 36))",                          // too few points
        "POLYGON ((101 36, 101.1 36.1, 101.2 36.2, 101 36))",            // no area
        "POLYGON ((101 36, 102 36, 102 37, 101 37, 101 36), (103 36, 103.1 36, 103.1 36.1, 103 "
        "36))",
        "LINESTRING (101 36, 102 36)",  // wrong type
    };
    for (const char* wkt : invalid) {
        CAPTURE(wkt);
        CHECK_THROWS_AS(f.session.addFeature(*fromWkt(wkt), planAttributes("坏")),
                        core::EditRefused);
        CHECK_THROWS_AS(f.session.changeGeometry(1, *fromWkt(wkt)), core::EditRefused);
    }
    try {
        f.session.addFeature(*fromWkt(invalid[0]), planAttributes("坏"));
    } catch (const core::EditRefused& refused) {
        REQUIRE(refused.geometryProblem());
        CHECK(refused.geometryProblem()->kind == gis::GeometryProblemKind::SelfIntersection);
        CHECK(refused.geometryProblem()->location->x() == Approx(101.1));
        CHECK(refused.message().contains("101.1"));
    }
    CHECK(f.session.checkGeometry(*fromWkt(invalid[1]))->kind ==
          gis::GeometryProblemKind::UnclosedRing);
    CHECK_FALSE(f.session.checkGeometry(*fromWkt(kSquare)));
    CHECK(f.session.undoStack().count() == 0);
    CHECK_FALSE(f.session.hasPendingEdits());
    f.session.save();
    CHECK(storedFeatures(f.path, "plan_area") == f.before);
}

TEST_CASE("A save that fails writes nothing and keeps the edits pending", "[core][edit]") {
    Fixture f;
    f.session.addFeature(*fromWkt(kSquare), planAttributes("一"));
    f.session.deleteFeatures({1});
    f.session.changeAttributes(2, {{"status", "study"}});
    f.session.setBeforeCommitHook([] { throw gis::Error("disk on fire"); });
    CHECK_THROWS_WITH(f.session.save(), "disk on fire");
    CHECK(storedFeatures(f.path, "plan_area") == f.before);
    const core::ProjectDatabase project(f.path, core::ProjectDatabase::Access::ReadOnly);
    CHECK(project.history().empty());
    CHECK(f.session.hasPendingEdits());
    f.session.setBeforeCommitHook({});
    const auto result = f.session.save();
    CHECK(result.added == 1);
    CHECK(result.deleted == 1);
    CHECK(result.changed == 1);
    CHECK(project.history().size() == 3);
}

TEST_CASE("The project runs in WAL mode and readers are not blocked by a save", "[core][edit]") {
    Fixture f;
    const core::ProjectDatabase project(f.path, core::ProjectDatabase::Access::ReadWrite);
    CHECK(project.sqlite().scalar("PRAGMA journal_mode")->toString() == "wal");
    f.session.addFeature(*fromWkt(kSquare), planAttributes("读"));
    int seenDuringSave = -1;
    f.session.setBeforeCommitHook([&] {
        // Another connection (QGIS, our renderer) reads the committed state meanwhile.
        const gis::SqliteDatabase reader(f.path, gis::SqliteDatabase::Mode::ReadOnly);
        seenDuringSave = reader.scalar("SELECT count(*) FROM plan_area")->toInt();
    });
    f.session.save();
    CHECK(seenDuringSave == int(f.before.size()));
    CHECK(storedFeatures(f.path, "plan_area").size() == f.before.size() + 1);
}

TEST_CASE("Discard drops pending edits and the journal", "[core][edit]") {
    Fixture f;
    QSignalSpy changed(&f.session, &core::EditSession::featuresChanged);
    f.session.deleteFeatures({1});
    CHECK(core::EditSession::hasRecoveryJournal(f.path, "plan_area"));
    f.session.discard();
    CHECK_FALSE(core::EditSession::hasRecoveryJournal(f.path, "plan_area"));
    CHECK(f.session.feature(1) == f.before.at(1));
    CHECK(f.session.undoStack().count() == 0);
    CHECK(changed.count() == 2);
    f.session.save();
    CHECK(storedFeatures(f.path, "plan_area") == f.before);
}

TEST_CASE("History lists versions and reverting is a new undoable change", "[core][edit]") {
    Fixture f;
    f.session.changeAttributes(1, {{"status", "study"}});
    f.session.save();
    f.session.changeGeometry(1, *fromWkt(kSquare));
    f.session.save();
    std::vector<core::HistoryRecord> versions;
    {
        const core::ProjectDatabase project(f.path, core::ProjectDatabase::Access::ReadOnly);
        versions = project.featureHistory("plan_area", 1);
    }
    REQUIRE(versions.size() == 2);
    CHECK(versions[0].operation == "change_attributes");
    CHECK(versions[0].before == f.before.at(1));
    CHECK(versions[1].operation == "change_geometry");
    CHECK(versions[1].before == versions[0].after);

    f.session.revertFeature(1, versions[0].before);  // back to the original
    CHECK(f.session.feature(1) == f.before.at(1));
    f.session.undoStack().undo();
    CHECK(f.session.feature(1) == versions[1].after);
    f.session.undoStack().redo();
    f.session.save();
    CHECK(storedFeatures(f.path, "plan_area").at(1) == f.before.at(1));
    const core::ProjectDatabase project(f.path, core::ProjectDatabase::Access::ReadOnly);
    const auto all = project.featureHistory("plan_area", 1);
    REQUIRE(all.size() == 3);
    CHECK(all[2].operation == "revert_feature");

    // Reverting an addition to "did not exist" deletes the feature.
    const std::int64_t temp = f.session.addFeature(*fromWkt(kSquare), planAttributes("临时"));
    const std::int64_t added = f.session.save().newIds.at(temp);
    f.session.revertFeature(added, std::nullopt);
    f.session.save();
    CHECK_FALSE(storedFeatures(f.path, "plan_area").count(added));
}

TEST_CASE("Unsaved steps are journaled and recovered into a new session", "[core][edit]") {
    tests::ScratchDir scratch;
    const QString path = copyOfDefaultProject(scratch);
    const auto before = storedFeatures(path, "plan_area");
    std::optional<core::FeatureState> added;
    {
        core::EditSession session(path, "plan_area", path);
        const std::int64_t fid = session.addFeature(*fromWkt(kSquare), planAttributes("恢复"));
        session.changeAttributes(2, {{"status", "study"}});
        session.deleteFeatures({3});
        session.undoStack().undo();  // the undone step is not journaled
        added = session.feature(fid);
        CHECK(QFile::exists(core::EditJournal::pathFor(path, "plan_area")));
        // The session ends without saving or discarding, as in a crash.
    }
    REQUIRE(core::EditSession::hasRecoveryJournal(path, "plan_area"));
    CHECK(storedFeatures(path, "plan_area") == before);

    core::EditSession recovered(path, "plan_area", path);
    CHECK(recovered.recover() == 2);
    CHECK(recovered.feature(-1) == added);
    CHECK(recovered.feature(2)->attributes.value("status") == "study");
    CHECK(recovered.feature(3) == before.at(3));
    CHECK(recovered.addFeature(*fromWkt(kSquare), planAttributes("再加")) == -2);
    recovered.undoStack().undo();
    recovered.save();
    CHECK_FALSE(core::EditSession::hasRecoveryJournal(path, "plan_area"));
    CHECK(storedFeatures(path, "plan_area").size() == before.size() + 1);
}

TEST_CASE("A journal that no longer matches the file is refused", "[core][edit]") {
    tests::ScratchDir scratch;
    const QString path = copyOfDefaultProject(scratch);
    {
        core::EditSession session(path, "plan_area", path);
        session.changeAttributes(2, {{"status", "study"}});
        QFile::copy(core::EditJournal::pathFor(path, "plan_area"), scratch.file("kept"));
    }
    QFile::remove(core::EditJournal::pathFor(path, "plan_area"));
    {
        core::EditSession other(path, "plan_area", path);
        other.changeAttributes(2, {{"status", "upgrade"}});
        other.save();
    }
    QFile::copy(scratch.file("kept"), core::EditJournal::pathFor(path, "plan_area"));
    core::EditSession recovered(path, "plan_area", path);
    CHECK_THROWS_WITH(recovered.recover(), Catch::Contains("feature 2 was changed since"));
    CHECK(recovered.undoStack().count() == 0);
    CHECK(core::EditSession::hasRecoveryJournal(path, "plan_area"));
}

TEST_CASE("Any writable GDAL layer can be edited; history goes to the project", "[core][edit]") {
    tests::ScratchDir scratch;
    const QString project = copyOfDefaultProject(scratch);
    const QString shapefile = scratch.file("sites.shp");
    {
        gis::initializeGdal();
        GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("ESRI Shapefile");
        gis::GdalDatasetPtr dataset(
            driver->Create(shapefile.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
        OGRSpatialReference srs;
        srs.importFromEPSG(4326);
        OGRLayer* layer = dataset->CreateLayer("sites", &srs, wkbPolygon, nullptr);
        OGRFieldDefn name("name", OFTString);
        OGRFieldDefn year("year", OFTInteger);
        layer->CreateField(&name);
        layer->CreateField(&year);
    }
    core::EditSession session(shapefile, "sites", project);
    const std::int64_t fid =
        session.addFeature(*fromWkt(kSquare), {{"name", "site"}, {"year", "2030"}});
    CHECK(session.feature(fid)->attributes.value("year") == 2030);
    CHECK_THROWS_WITH(session.addFeature(*fromWkt(kSquare), {{"year", "soon"}}),
                      Catch::Contains("takes a number"));
    const std::int64_t stored = session.save().newIds.at(fid);
    CHECK(storedFeatures(shapefile, "sites").at(stored).attributes.value("name") == "site");
    const core::ProjectDatabase database(project, core::ProjectDatabase::Access::ReadOnly);
    const auto history = database.featureHistory("sites", stored, shapefile);
    REQUIRE(history.size() == 1);
    CHECK(history[0].dataset == shapefile);
}

TEST_CASE("A schema-3 project gains lx_history when an edit session opens it", "[core][edit]") {
    tests::ScratchDir scratch;
    const QString path = copyOfDefaultProject(scratch);
    {
        gis::SqliteDatabase sqlite(path, gis::SqliteDatabase::Mode::ReadWrite);
        sqlite.execute(
            "DROP TABLE lx_history; UPDATE lx_meta SET value = '3' WHERE key = 'schema_version';");
    }
    core::EditSession session(path, "plan_area", path);
    session.deleteFeatures({1});
    session.save();
    const core::ProjectDatabase project(path, core::ProjectDatabase::Access::ReadOnly);
    CHECK(project.schemaVersion() == core::ProjectDatabase::kSchemaVersion);
    REQUIRE(project.history().size() == 1);
    CHECK(project.history()[0].operation == "delete_features");
    CHECK_FALSE(project.history()[0].after);
}

TEST_CASE("A session dropped with unsaved steps neither signals its stack nor loses them",
          "[core][edit]") {
    tests::ScratchDir scratch;
    const QString path = copyOfDefaultProject(scratch);
    auto session = std::make_unique<core::EditSession>(path, "plan_area", path);
    session->addFeature(*fromWkt(kSquare), planAttributes("未存"));
    int signalled = 0;
    const auto count = [&signalled] { ++signalled; };
    QObject::connect(&session->undoStack(), &QUndoStack::cleanChanged, count);
    QObject::connect(&session->undoStack(), &QUndoStack::indexChanged, count);
    QObject::connect(&session->undoStack(), &QUndoStack::canUndoChanged, count);
    // An observer called back from here would read the session's already destroyed members.
    session.reset();
    CHECK(signalled == 0);
    CHECK(core::EditSession::hasRecoveryJournal(path, "plan_area"));
}
