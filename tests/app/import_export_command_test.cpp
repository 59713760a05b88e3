// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/test_files.h"

#include "core/csv_table.h"
#include "gis/sqlite_database.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>

namespace {

struct Run {
    int exitCode = -1;
    QString output;
    QString errors;
};

Run runAtlas(const QStringList& arguments) {
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove("DISPLAY");
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(LANXI_EXECUTABLE), arguments);
    REQUIRE(process.waitForFinished(60000));
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QString copyOfDefaultProject(const tests::ScratchDir& scratch) {
    const QString copy = scratch.file("project.gpkg");
    REQUIRE(QFile::copy(tests::defaultProjectPath(), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    return copy;
}

int scalar(const QString& path, const QString& sql) {
    const gis::SqliteDatabase db(path, gis::SqliteDatabase::Mode::ReadOnly);
    return db.scalar(sql)->toInt();
}

}  // namespace

TEST_CASE("CLI import of a file with one bad feature reports it and writes nothing",
          "[app][cli][import]") {
    tests::ScratchDir scratch;
    const QString project = copyOfDefaultProject(scratch);
    const QString source = tests::testDataPath("edit/footprints_one_bad.geojson");
    const int before = scalar(project, "SELECT count(*) FROM plan_area");

    const Run refused = runAtlas({"import", "--project", project, "--layer", "plan_area", source});
    INFO(refused.errors.toStdString());
    CHECK(refused.exitCode == 3);
    CHECK(
        refused.output.contains("2 footprints #1: refused: The outline crosses itself at "
                                "(101.05, 36.05)"));
    CHECK(refused.output.contains("Nothing written"));
    CHECK(scalar(project, "SELECT count(*) FROM plan_area") == before);
    CHECK(scalar(project, "SELECT count(*) FROM lx_history") == 0);

    const Run skipped = runAtlas(
        {"import", "--project", project, "--layer", "plan_area", "--skip-invalid", source});
    CHECK(skipped.exitCode == 3);
    CHECK(skipped.output.contains("1 footprints #0: imported as feature"));
    CHECK(scalar(project, "SELECT count(*) FROM plan_area") == before + 2);
    CHECK(scalar(project, "SELECT count(*) FROM lx_history WHERE operation = 'add_feature'") == 2);
}

TEST_CASE("CLI import of valid features exits 0 and usage errors exit 2", "[app][cli][import]") {
    tests::ScratchDir scratch;
    const QString project = copyOfDefaultProject(scratch);
    QFile csv(scratch.file("sites.csv"));
    REQUIRE(csv.open(QIODevice::WriteOnly));
    csv.write("name,lon,lat\n机场甲,103.1,36.2\n机场乙,103.2,36.3\n");
    csv.close();
    const Run run = runAtlas({"import", "--project", project, "--layer", "plan_point", "--set",
                              "kind=airport", "--set", "name_zh=新建机场", csv.fileName()});
    INFO(run.errors.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.output.contains("2 feature(s) imported, 0 refused."));
    CHECK(scalar(project, "SELECT count(*) FROM plan_point WHERE name_zh = '新建机场'") == 2);
    CHECK(runAtlas({"import", "--project", project, csv.fileName()}).exitCode == 2);
    CHECK(runAtlas({"import", "--project", project, "--layer", "plan_point", "--set", "kind",
                    csv.fileName()})
              .exitCode == 2);
    const Run missing = runAtlas(
        {"import", "--project", project, "--layer", "plan_point", scratch.file("absent.geojson")});
    CHECK(missing.exitCode == 1);
    CHECK(missing.errors.contains("absent.geojson"));
}

TEST_CASE("CLI export writes the selected features", "[app][cli][export]") {
    tests::ScratchDir scratch;
    const QString project = copyOfDefaultProject(scratch);
    const QString out = scratch.file("airports.geojson");
    const Run run = runAtlas({"export", "--project", project, "--layer", "plan_point", "--where",
                              "kind = 'airport'", out});
    INFO(run.errors.toStdString());
    REQUIRE(run.exitCode == 0);
    const int airports = scalar(project, "SELECT count(*) FROM plan_point WHERE kind = 'airport'");
    REQUIRE(airports > 0);
    CHECK(run.output.contains(QString::number(airports) + " feature(s) written"));
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    CHECK(json.count("\"Feature\"") == airports);
    const Run again = runAtlas({"export", "--project", project, "--layer", "plan_point", out});
    CHECK(again.exitCode == 1);
    CHECK(again.errors.contains("already exists"));
}

TEST_CASE("CLI import --set tasks= links the items; the catalog lists ids and departments",
          "[app][cli][import][tasks]") {
    tests::ScratchDir scratch;
    const QString project = copyOfDefaultProject(scratch);
    QFile csv(scratch.file("parks.csv"));
    REQUIRE(csv.open(QIODevice::WriteOnly));
    csv.write("name_zh,lon,lat\n园区甲,103.1,36.2\n园区乙,103.2,36.3\n");
    csv.close();
    const Run unknown = runAtlas({"import", "--project", project, "--layer", "plan_point", "--set",
                                  "kind=industrial_park", "--set", "tasks=t9_9_9", csv.fileName()});
    CHECK(unknown.exitCode != 0);
    CHECK(unknown.output.contains("parks #1"));
    CHECK(unknown.output.contains("t9_9_9"));
    CHECK(scalar(project, "SELECT count(*) FROM plan_point WHERE name_zh LIKE '园区%'") == 0);

    const Run run = runAtlas({"import", "--project", project, "--layer", "plan_point", "--set",
                              "kind=industrial_park", "--set", "tasks=t2_4_3", csv.fileName()});
    INFO(run.errors.toStdString());
    REQUIRE(run.exitCode == 0);
    const QString out = scratch.file("catalog.csv");
    REQUIRE(runAtlas({"catalog", "--project", project, "--format", "csv", "--out", out}).exitCode ==
            0);
    // What data/plan/tasks.csv says of t2_4_3, read independently of the code under test.
    const core::CsvTable tasks =
        core::CsvTable::read(QStringLiteral(LANXI_SOURCE_DATA_DIR) + "/plan/tasks.csv");
    QString leads;
    for (std::size_t row = 0; row < tasks.rowCount(); ++row) {
        if (tasks.value(row, "id") == "t2_4_3") {
            leads = tasks.value(row, "lead_departments");
        }
    }
    REQUIRE_FALSE(leads.isEmpty());
    const core::CsvTable catalog = core::CsvTable::read(out);
    QStringList ids;
    for (std::size_t row = 0; row < catalog.rowCount(); ++row) {
        ids << catalog.value(row, "id");
        if (!catalog.value(row, "name_zh").startsWith(QStringLiteral("园区"))) {
            continue;
        }
        CAPTURE(catalog.value(row, "name_zh").toStdString());
        CHECK_FALSE(catalog.value(row, "id").isEmpty());
        CHECK(catalog.value(row, "tasks") == "t2_4_3");
        CHECK(catalog.value(row, "lead_departments") == leads);
        CHECK(catalog.value(row, "departments").startsWith(leads));
    }
    CHECK(ids.filter(QRegularExpression("^industrial_park_")).size() == 2);
    CHECK(QSet<QString>(ids.begin(), ids.end()).size() == ids.size());
}
