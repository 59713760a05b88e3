// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/gdal_environment.h"
#include "gis/handles.h"
#include "tests/support/pdf_tools.h"
#include "tests/support/test_files.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRectF>

#include <algorithm>
#include <map>
#include <tuple>

namespace {

struct Run {
    int exitCode = -1;
    QString errors;
    qint64 milliseconds = 0;
};

Run runAtlas(const QStringList& arguments) {
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove("DISPLAY");  // the command must work without a display
    environment.remove("QT_QPA_PLATFORM");
    process.setProcessEnvironment(environment);
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(LANXI_EXECUTABLE), arguments);
    REQUIRE(process.waitForFinished(180000));
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardError()), timer.elapsed()};
}

/// The names of the prefecture-level cities in the project's feature order, read with GDAL.
QStringList prefectureNames() {
    gis::initializeGdal();
    gis::GdalDatasetPtr dataset(GDALDataset::Open(tests::defaultProjectPath().toUtf8().constData(),
                                                  GDAL_OF_VECTOR | GDAL_OF_READONLY));
    REQUIRE(dataset);
    OGRLayer* layer = dataset->GetLayerByName("plan_point");
    REQUIRE(layer);
    layer->SetAttributeFilter("kind = 'city'");
    QStringList names;
    for (auto& feature : *layer) {
        names << QString::fromUtf8(feature->GetFieldAsString("name_zh"));
    }
    return names;
}

/// A lead department and the located plan items it leads, read with SQL from the project file.
struct LeadDepartment {
    QString nameZh;
    QStringList itemNames;
    QStringList pointNames;  // the items the map labels
    QRectF itemsExtent;      // lon/lat
};

/// The departments leading a task of an item of plan_point, plan_line or plan_area, by id (the
/// atlas order); and every located item's name, extent and lead departments' ids.
struct PlanLeads {
    std::vector<LeadDepartment> departments;
    std::vector<std::tuple<QString, QRectF, QStringList>> items;
};

bool insideOrOn(const QRectF& rect, const QPointF& point) {
    return point.x() >= rect.left() && point.x() <= rect.right() && point.y() >= rect.top() &&
           point.y() <= rect.bottom();
}

PlanLeads planLeads() {
    gis::initializeGdal();
    gis::GdalDatasetPtr dataset(GDALDataset::Open(tests::defaultProjectPath().toUtf8().constData(),
                                                  GDAL_OF_VECTOR | GDAL_OF_READONLY));
    REQUIRE(dataset);
    const auto rows = [&dataset](const char* sql) {
        std::vector<QStringList> result;
        OGRLayer* layer = dataset->ExecuteSQL(sql, nullptr, nullptr);
        REQUIRE(layer);
        for (auto& feature : *layer) {
            QStringList row;
            for (int i = 0; i < feature->GetFieldCount(); ++i) {
                row << QString::fromUtf8(feature->GetFieldAsString(i));
            }
            REQUIRE(row.size() == layer->GetLayerDefn()->GetFieldCount());
            result.push_back(row);
        }
        dataset->ReleaseResultSet(layer);
        return result;
    };
    const char* located =
        "(SELECT item_id, name_zh, 1 AS point, ST_MinX(geom) AS x0, ST_MinY(geom) AS y0, "
        "ST_MaxX(geom) AS x1, "
        "ST_MaxY(geom) AS y1 FROM plan_point UNION ALL SELECT item_id, name_zh, 0, ST_MinX(geom), "
        "ST_MinY(geom), ST_MaxX(geom), ST_MaxY(geom) FROM plan_line UNION ALL SELECT item_id, "
        "name_zh, 0, ST_MinX(geom), ST_MinY(geom), ST_MaxX(geom), ST_MaxY(geom) FROM plan_area)";
    PlanLeads leads;
    std::map<QString, std::size_t> departmentIndex;
    for (const QStringList& row :
         rows(QStringLiteral(
                  "SELECT d.id, d.name_zh AS department, p.name_zh AS item, p.point, p.x0, p.y0, "
                  "p.x1, p.y1 FROM "
                  "lx_department d JOIN lx_task_department td ON td.department_id = "
                  "d.id AND td.is_lead = 1 JOIN lx_item_task it ON it.task_id = "
                  "td.task_id JOIN %1 p ON p.item_id = it.item_id WHERE p.x0 IS NOT "
                  "NULL ORDER BY d.id")
                  .arg(QLatin1String(located))
                  .toUtf8()
                  .constData())) {
        REQUIRE(row.size() == 8);
        const QRectF extent(QPointF(row[4].toDouble(), row[5].toDouble()),
                            QPointF(row[6].toDouble(), row[7].toDouble()));
        auto [found, added] = departmentIndex.try_emplace(row[0], leads.departments.size());
        if (added) {
            leads.departments.push_back({row[1], {}, {}, extent});
        }
        LeadDepartment& department = leads.departments[found->second];
        department.itemNames << row[2];
        if (row[3] == QLatin1String("1")) {
            department.pointNames << row[2];
        }
        // QRectF::united ignores the empty extents of points: grow by hand.
        QRectF& all = department.itemsExtent;
        all =
            QRectF(QPointF(std::min(all.left(), extent.left()), std::min(all.top(), extent.top())),
                   QPointF(std::max(all.right(), extent.right()),
                           std::max(all.bottom(), extent.bottom())));
    }
    for (const QStringList& row :
         rows(QStringLiteral("SELECT p.name_zh, p.x0, p.y0, p.x1, p.y1, (SELECT "
                             "group_concat(td.department_id) FROM lx_item_task it JOIN "
                             "lx_task_department td ON td.task_id = it.task_id AND td.is_lead = 1 "
                             "WHERE it.item_id = p.item_id) FROM %1 p WHERE p.x0 IS NOT NULL")
                  .arg(QLatin1String(located))
                  .toUtf8()
                  .constData())) {
        REQUIRE(row.size() == 6);
        leads.items.emplace_back(row[0],
                                 QRectF(QPointF(row[1].toDouble(), row[2].toDouble()),
                                        QPointF(row[3].toDouble(), row[4].toDouble())),
                                 row[5].split(u',', Qt::SkipEmptyParts));
    }
    return leads;
}

}  // namespace

TEST_CASE("export-map prints an A3 PDF of the default project", "[app][cli][print]") {
    tests::ScratchDir scratch;
    const QString out = scratch.file("空间格局.pdf");
    const Run run = runAtlas({"export-map", "--template", "兰西城市群空间格局", "--out", out});
    INFO(run.errors.toStdString());
    REQUIRE(run.exitCode == 0);
    // The target is under 3 s on an idle machine; the suite shares the cores, so allow more.
    WARN("export-map A3 PDF: " << run.milliseconds << " ms (process start to exit)");
    CHECK(run.milliseconds < 20000);
    CHECK(tests::pdfPageCount(out) == 1);
    CHECK(tests::pdfText(out).contains(QStringLiteral("空间格局图")));
}

TEST_CASE("export-map makes an atlas with one titled page per prefecture", "[app][cli][print]") {
    tests::ScratchDir scratch;
    const QStringList names = prefectureNames();
    REQUIRE(names.size() == 9);
    const QString out = scratch.file("atlas.pdf");
    const Run run = runAtlas(
        {"export-map", "--template", "兰西城市群空间格局", "--atlas", "prefectures", "--out", out});
    INFO(run.errors.toStdString());
    REQUIRE(run.exitCode == 0);
    REQUIRE(tests::pdfPageCount(out) == 9);
    for (int i = 0; i < names.size(); ++i) {
        const QString text = tests::pdfText(out, i + 1).remove(u' ').remove(u'\n');
        INFO("page " << i + 1);
        CHECK(text.contains(QStringLiteral("空间格局图（%1）").arg(names[i])));
    }
}

TEST_CASE("export-map makes an atlas with one page per lead department", "[app][cli][print]") {
    tests::ScratchDir scratch;
    const PlanLeads leads = planLeads();
    REQUIRE(leads.departments.size() > 1);
    const QString out = scratch.file("departments.pdf");
    const Run run = runAtlas(
        {"export-map", "--template", "兰西城市群空间格局", "--atlas", "departments", "--out", out});
    INFO(run.errors.toStdString());
    REQUIRE(run.exitCode == 0);
    WARN("export-map departments atlas: " << leads.departments.size() << " pages in "
                                          << run.milliseconds << " ms");
    REQUIRE(tests::pdfPageCount(out) == int(leads.departments.size()));
    int absentChecked = 0;
    int labelled = 0;
    for (std::size_t i = 0; i < leads.departments.size(); ++i) {
        const LeadDepartment& department = leads.departments[i];
        const QString text = tests::pdfText(out, int(i) + 1).remove(u' ').remove(u'\n');
        INFO("page " << i + 1 << ": " << department.nameZh.toStdString());
        CHECK(text.contains(department.nameZh));
        // The template labels cities and project points, not corridors, areas or small facilities.
        if (std::any_of(department.itemNames.cbegin(), department.itemNames.cend(),
                        [&text](const QString& name) { return text.contains(name); })) {
            ++labelled;
        }
        // Items in view that only other departments lead are not drawn, so not labelled.
        for (const auto& [name, extent, leadIds] : leads.items) {
            const bool ownName = std::any_of(
                department.itemNames.cbegin(), department.itemNames.cend(),
                [&name](const QString& own) { return own.contains(name) || name.contains(own); });
            if (name.size() < 4 || ownName || department.nameZh.contains(name) ||
                !insideOrOn(department.itemsExtent, extent.center())) {
                continue;
            }
            INFO("item " << name.toStdString());
            CHECK_FALSE(text.contains(name));
            ++absentChecked;
        }
    }
    WARN(labelled << " of " << leads.departments.size() << " pages name one of their items");
    CHECK(labelled > int(leads.departments.size()) * 3 / 4);
    CHECK(absentChecked > 0);
}

TEST_CASE("export-map writes georeferenced PNG pages per atlas feature", "[app][cli][print]") {
    tests::ScratchDir scratch;
    const QString out = scratch.file("map.png");
    const Run run =
        runAtlas({"export-map", "--template", "综合交通", "--atlas", "prefectures",
                  "--atlas-filter", "name_zh IN ('兰州', '西宁')", "--out", out, "--dpi", "40"});
    INFO(run.errors.toStdString());
    REQUIRE(run.exitCode == 0);
    gis::initializeGdal();
    for (const char* page : {"map-01", "map-02"}) {
        const QString png = scratch.file(QStringLiteral("%1.png").arg(QLatin1String(page)));
        CHECK(QFileInfo::exists(png));
        CHECK(QFileInfo::exists(scratch.file(QStringLiteral("%1.pgw").arg(QLatin1String(page)))));
        gis::GdalDatasetPtr dataset(GDALDataset::Open(png.toUtf8().constData(), GDAL_OF_RASTER));
        REQUIRE(dataset);
        double geoTransform[6] = {};
        CHECK(dataset->GetGeoTransform(geoTransform) == CE_None);
        CHECK(geoTransform[1] > 0);
    }
    CHECK_FALSE(QFileInfo::exists(scratch.file("map-03.png")));
}

TEST_CASE("export-map refuses bad input with a clear message", "[app][cli][print]") {
    tests::ScratchDir scratch;
    SECTION("an unknown template lists the known ones") {
        const Run run =
            runAtlas({"export-map", "--template", "不存在的模板", "--out", scratch.file("a.pdf")});
        CHECK(run.exitCode == 1);
        CHECK(run.errors.contains(QStringLiteral("不存在的模板")));
        CHECK(run.errors.contains(QStringLiteral("综合交通")));
    }
    SECTION("an output format it cannot write") {
        const Run run =
            runAtlas({"export-map", "--template", "能源", "--out", scratch.file("a.bmp")});
        CHECK(run.exitCode == 2);
        CHECK(run.errors.contains("a.bmp"));
    }
    SECTION("an atlas layer that does not exist") {
        const Run run = runAtlas({"export-map", "--template", "能源", "--atlas", "nowhere", "--out",
                                  scratch.file("a.pdf")});
        CHECK(run.exitCode == 1);
        CHECK(run.errors.contains("nowhere"));
    }
    SECTION("no template") {
        const Run run = runAtlas({"export-map", "--out", scratch.file("a.pdf")});
        CHECK(run.exitCode == 2);
        CHECK(run.errors.contains("--template"));
    }
}
