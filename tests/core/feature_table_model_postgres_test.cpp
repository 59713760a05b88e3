// SPDX-License-Identifier: GPL-3.0-or-later
// The attribute table's model on a project published to PostgreSQL shows what the server's own
// queries select, and behaves as it does on the project file. (Here rather than in tests/gis:
// publishing a project is core's.)
#include "core/plan_catalog.h"
#include "core/project.h"
#include "core/project_transfer.h"
#include "gis/feature_table_model.h"
#include "gis/postgres_database.h"
#include "tests/support/postgres_cluster.h"
#include "tests/support/test_files.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <vector>

namespace {

const QString kTable = QStringLiteral("plan_area");

/// The default project published once per test process.
struct PublishedProject {
    tests::PostgresCluster& cluster = tests::PostgresCluster::shared();
    QString database = cluster.createDatabase(QStringLiteral("table"));
    QString gdalName = cluster.gdalName(database);

    PublishedProject() { core::ProjectTransfer::publish(tests::defaultProjectPath(), gdalName); }

    static const PublishedProject& shared() {
        static const PublishedProject project;
        return project;
    }
};

std::vector<qint64> fidsOf(const gis::FeatureTableModel& model) {
    std::vector<qint64> fids;
    for (int row = 0; row < model.rowCount(); ++row) {
        fids.push_back(model.fidAt(row));
    }
    return fids;
}

std::vector<qint64> fidsFromServer(const gis::PostgresDatabase& db, const QString& sql,
                                   const std::vector<QVariant>& values = {}) {
    std::vector<qint64> fids;
    for (const auto& row : db.query(sql, values)) {
        fids.push_back(row.front().toLongLong());
    }
    return fids;
}

QStringList headers(const gis::FeatureTableModel& model) {
    QStringList names;
    for (int column = 0; column < model.columnCount(); ++column) {
        names << model.headerData(column, Qt::Horizontal).toString();
    }
    return names;
}

const core::LayerRecord& recordOf(const core::Project& project, const QString& table) {
    const auto& records = project.layerRecords();
    const auto found = std::find_if(records.begin(), records.end(), [&](const auto& record) {
        return record.dataset.isEmpty() && record.table == table;
    });
    REQUIRE(found != records.end());
    return *found;
}

/// A hand-written condition: any text column of plan_area is ILIKE ?1.
QString anyTextColumnIlike(const gis::PostgresDatabase& server) {
    QStringList conditions;
    for (const auto& row : server.query(QStringLiteral(
             "SELECT column_name FROM information_schema.columns WHERE table_name = "
             "'plan_area' AND data_type IN ('text', 'character varying') ORDER BY 1"))) {
        conditions << QStringLiteral("\"%1\" ILIKE ?1").arg(row.front().toString());
    }
    REQUIRE(conditions.contains("\"name_zh\" ILIKE ?1"));
    return QLatin1Char('(') + conditions.join(" OR ") + QLatin1Char(')');
}

}  // namespace

TEST_CASE("The attribute table reads a PostgreSQL project as it reads the file",
          "[core][table][postgres]") {
    tests::ensureApplication();
    const PublishedProject& published = PublishedProject::shared();
    const gis::PostgresDatabase server(published.cluster.conninfo(published.database));
    const core::Project project = core::Project::open(published.gdalName);
    const QString dataset = project.resolvedDataset(recordOf(project, kTable));
    REQUIRE(project.isDatabase());
    REQUIRE(dataset == project.path());

    gis::FeatureTableModel model(dataset, kTable, {});
    gis::FeatureTableModel file(tests::defaultProjectPath(), kTable, {});
    model.waitUntilReady();
    file.waitUntilReady();
    REQUIRE(model.columnCount() > 0);
    const int nameZh = int(headers(model).indexOf("name_zh"));
    REQUIRE(nameZh >= 0);

    SECTION("the same columns, every row in fid order, the same values") {
        CHECK(headers(model) == headers(file));
        CHECK_FALSE(headers(model).contains("geom"));
        CHECK(model.rowCount() ==
              server.scalar(QStringLiteral("SELECT count(*) FROM plan_area"))->toInt());
        CHECK(fidsOf(model) == fidsOf(file));
        for (int row = 0; row < model.rowCount(); ++row) {
            for (int column = 0; column < model.columnCount(); ++column) {
                INFO("row " << row << ", column " << headers(model)[column].toStdString());
                CHECK(model.data(model.index(row, column)) == file.data(file.index(row, column)));
            }
        }
    }

    SECTION("sorting by a column gives the server's own order") {
        model.sort(nameZh, Qt::AscendingOrder);
        model.waitUntilReady();
        CHECK(fidsOf(model) ==
              fidsFromServer(server, QStringLiteral("SELECT fid FROM plan_area "
                                                    "ORDER BY name_zh NULLS FIRST, fid")));
        model.sort(nameZh, Qt::DescendingOrder);
        model.waitUntilReady();
        CHECK(fidsOf(model) ==
              fidsFromServer(server, QStringLiteral("SELECT fid FROM plan_area "
                                                    "ORDER BY name_zh DESC NULLS LAST, fid")));
        model.sort(-1);
        model.waitUntilReady();
        CHECK(fidsOf(model) == fidsOf(file));
    }

    SECTION("a typed filter finds what ILIKE over the text columns finds, as on the file") {
        const QString byHand = QStringLiteral("SELECT fid FROM plan_area WHERE %1 ORDER BY fid")
                                   .arg(anyTextColumnIlike(server));
        for (const QString& text : {QStringLiteral("生态"), QStringLiteral("兰州"),
                                    QStringLiteral("LANZHOU"), QStringLiteral("无此地名")}) {
            INFO(text.toStdString());
            model.setTextFilter(text);
            file.setTextFilter(text);
            model.waitUntilReady();
            file.waitUntilReady();
            const std::vector<qint64> expected =
                fidsFromServer(server, byHand, {QVariant("%" + text + "%")});
            CHECK(fidsOf(model) == expected);
            CHECK(fidsOf(model) == fidsOf(file));
            if (text != QStringLiteral("无此地名")) {
                CHECK_FALSE(expected.empty());
            }
        }
        // LIKE wildcards typed are literal characters.
        model.setTextFilter("%");
        model.waitUntilReady();
        CHECK(model.rowCount() == 0);
        model.setTextFilter("_");
        model.waitUntilReady();
        CHECK(model.rowCount() > 0);  // item ids and kinds hold underscores
        CHECK(fidsOf(model) == fidsFromServer(server, byHand, {QStringLiteral("%\\_%")}));
    }

    SECTION("excluded features disappear, and come back") {
        model.setExcludedFeatures(
            std::make_shared<const gis::FeatureIdSet>(gis::FeatureIdSet{2, 5}));
        model.waitUntilReady();
        CHECK(model.rowCount() == file.rowCount() - 2);
        CHECK(model.rowOfFid(2) == -1);
        CHECK(model.rowOfFid(5) == -1);
        CHECK(model.rowOfFid(3) == 1);
        model.setExcludedFeatures(nullptr);
        model.waitUntilReady();
        CHECK(model.rowCount() == file.rowCount());
    }

    SECTION("the newest of several requests wins") {
        int refreshes = 0;
        QObject::connect(&model, &gis::FeatureTableModel::refreshed, [&refreshes] { ++refreshes; });
        model.sort(nameZh, Qt::DescendingOrder);
        model.setTextFilter("生");
        model.setTextFilter("生态保护");
        model.waitUntilReady();
        CHECK(refreshes == 1);
        const std::vector<qint64> expected = fidsFromServer(
            server,
            QStringLiteral(
                "SELECT fid FROM plan_area WHERE %1 ORDER BY name_zh DESC NULLS LAST, fid")
                .arg(anyTextColumnIlike(server)),
            {QStringLiteral("%生态保护%")});
        CHECK(expected.size() > 1);
        CHECK(fidsOf(model) == expected);
    }
}

TEST_CASE("The plan filter narrows a PostgreSQL project's table as it narrows the file's",
          "[core][table][postgres]") {
    tests::ensureApplication();
    const PublishedProject& published = PublishedProject::shared();
    const gis::PostgresDatabase server(published.cluster.conninfo(published.database));
    core::Project project = core::Project::open(published.gdalName);
    core::Project fileProject = core::Project::open(tests::defaultProjectPath());

    core::ItemFilter protect;
    protect.status = core::PlanStatus::Protect;
    core::ItemFilter ledByDrc;
    ledByDrc.departmentId = QStringLiteral("gs_drc");
    ledByDrc.leadOnly = true;
    core::ItemFilter chapterThree;
    chapterThree.sectionPrefix = QStringLiteral("三.(一)");
    chapterThree.status = core::PlanStatus::Protect;
    const std::pair<const char*, core::ItemFilter> cases[] = {
        {"status", protect}, {"lead department", ledByDrc}, {"section", chapterThree}};
    for (const auto& [name, filter] : cases) {
        project.setPlanFilter(filter.toSql());
        fileProject.setPlanFilter(filter.toSql());
        const QString where = project.effectiveFilter(recordOf(project, kTable));
        INFO(name << ": " << where.toStdString());
        REQUIRE_FALSE(where.isEmpty());
        gis::FeatureTableModel model(project.resolvedDataset(recordOf(project, kTable)), kTable,
                                     where);
        gis::FeatureTableModel file(fileProject.path(), kTable,
                                    fileProject.effectiveFilter(recordOf(fileProject, kTable)));
        model.waitUntilReady();
        file.waitUntilReady();
        const std::vector<qint64> expected = fidsFromServer(
            server, QStringLiteral("SELECT fid FROM plan_area WHERE %1 ORDER BY fid").arg(where));
        CHECK_FALSE(expected.empty());
        CHECK(fidsOf(model) == expected);
        CHECK(fidsOf(model) == fidsOf(file));
    }

    CHECK_THROWS_WITH(gis::FeatureTableModel(published.gdalName, kTable, "population > 3"),
                      Catch::Contains("plan_area") &&
                          Catch::Contains(published.database.toStdString()) &&
                          Catch::Contains("population"));
    CHECK_THROWS_WITH(
        gis::FeatureTableModel(published.gdalName, "nowhere", {}),
        Catch::Contains("nowhere") && Catch::Contains(published.database.toStdString()));
}
