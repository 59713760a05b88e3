// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan_catalog.h"
#include "core/csv_table.h"
#include "core/plan_item_writer.h"
#include "core/project_database.h"
#include "tests/support/test_files.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QSet>

#include <map>

namespace {

core::PlanCatalog defaultCatalog() {
    const core::ProjectDatabase store(tests::defaultProjectPath(),
                                      core::ProjectDatabase::Access::ReadOnly);
    return core::PlanCatalog::load(tests::defaultProjectPath(), store);
}

bool insideRegion(const QRectF& extent) {
    const QRectF region = core::PlanItemWriter::region();
    return extent.left() >= region.left() && extent.right() <= region.right() &&
           extent.top() >= region.top() && extent.bottom() <= region.bottom();
}

}  // namespace

TEST_CASE("The default project holds the whole plan catalog", "[core][catalog]") {
    const core::PlanCatalog catalog = defaultCatalog();
    std::map<core::ItemKind, int> perKind;
    for (const core::PlanItem& item : catalog.items()) {
        ++perKind[item.kind];
    }
    CHECK(catalog.items().size() >= 150);
    CHECK(perKind[core::ItemKind::City] >= 9);
    CHECK(perKind[core::ItemKind::MetropolitanArea] == 2);
    CHECK(perKind[core::ItemKind::Railway] >= 5);
    CHECK(perKind[core::ItemKind::Highway] >= 10);
    CHECK(perKind[core::ItemKind::Airport] >= 3);
    CHECK(perKind[core::ItemKind::EcologicalZone] + perKind[core::ItemKind::ProtectedArea] >= 8);
    CHECK(catalog.tasks().size() >= 55);
    CHECK(catalog.departments().size() >= 40);
    CHECK(catalog.indicators().size() >= 3);
    for (const char* name :
         {"兰州", "西宁", "白银", "定西", "临夏", "海东", "海北", "海南", "黄南", "兰州新区",
          "榆中生态创新城", "兰州—白银都市圈", "西宁—海东都市圈", "祁连山国家公园"}) {
        INFO(name);
        CHECK_FALSE(catalog.search(QString::fromUtf8(name)).empty());
    }
}

TEST_CASE("Names are unique, places are in the region or flagged, nothing is surveyed",
          "[core][catalog]") {
    const core::PlanCatalog catalog = defaultCatalog();
    QSet<QString> names;
    for (const core::PlanItem& item : catalog.items()) {
        INFO(item.id.toStdString());
        CHECK_FALSE(names.contains(item.nameZh));
        names.insert(item.nameZh);
        CHECK((insideRegion(item.extentLonLat) || item.beyondRegion));
        CHECK(item.accuracy != core::PositionAccuracy::Surveyed);
        CHECK_FALSE(item.geometryNote.isEmpty());
    }
}

TEST_CASE("Every item belongs to a task and every task has a lead department", "[core][catalog]") {
    const core::PlanCatalog catalog = defaultCatalog();
    for (const core::PlanItem& item : catalog.items()) {
        INFO(item.id.toStdString());
        CHECK_FALSE(catalog.tasksOf(item).empty());
        CHECK_FALSE(catalog.departmentIdsOf(item, true).isEmpty());
    }
    for (const core::PlanTask& task : catalog.tasks()) {
        INFO(task.id.toStdString());
        CHECK_FALSE(task.leadDepartmentIds.isEmpty());
        CHECK_FALSE(task.paragraphZh.isEmpty());
        for (const QString& id : task.departmentIds) {
            CHECK(catalog.department(id) != nullptr);
        }
    }
}

TEST_CASE("Filters by kind, status, department and section", "[core][catalog]") {
    const core::PlanCatalog catalog = defaultCatalog();
    core::ItemFilter railways;
    railways.kind = core::ItemKind::Railway;
    core::ItemFilter byLanzhou;
    byLanzhou.departmentId = "lanzhou_gov";
    core::ItemFilter transport;
    transport.sectionPrefix = QStringLiteral("四.(一)");
    int railwayCount = 0;
    int lanzhouCount = 0;
    int transportCount = 0;
    for (const core::PlanItem& item : catalog.items()) {
        railwayCount += catalog.matches(item, railways);
        lanzhouCount += catalog.matches(item, byLanzhou);
        transportCount += catalog.matches(item, transport);
        if (catalog.matches(item, transport)) {
            CHECK(item.section.startsWith(QStringLiteral("四.(一)")));
        }
    }
    CHECK(railwayCount >= 5);
    CHECK(lanzhouCount >= 3);
    CHECK(transportCount >= 10);
    CHECK(byLanzhou.toSql().contains("lanzhou_gov"));
    CHECK(core::ItemFilter{}.toSql().isEmpty());
}

TEST_CASE("Search finds aliases and English names, best match first", "[core][catalog]") {
    const core::PlanCatalog catalog = defaultCatalog();
    const auto lanzhou = catalog.search(QStringLiteral("兰州"));
    REQUIRE_FALSE(lanzhou.empty());
    CHECK(lanzhou.front()->id == "city_lanzhou");
    const auto byAlias = catalog.search(QStringLiteral("兰州市"));
    REQUIRE_FALSE(byAlias.empty());
    CHECK(byAlias.front()->id == "city_lanzhou");
    const auto english = catalog.search("xining");
    REQUIRE_FALSE(english.empty());
    CHECK(english.front()->id == "city_xining");
    CHECK(catalog.search(QStringLiteral("不存在的地方")).empty());
}

TEST_CASE("data/ text → GeoPackage → catalog CSV round-trips without loss", "[core][catalog]") {
    QProcess process;
    process.start(QStringLiteral(LANXI_EXECUTABLE), {"catalog", "--format", "csv"});
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    const core::CsvTable exported =
        core::CsvTable::parse(QString::fromUtf8(process.readAllStandardOutput()), "catalog output");
    const core::CsvTable source =
        core::CsvTable::read(QStringLiteral(LANXI_SOURCE_DATA_DIR) + "/plan/items.csv");
    REQUIRE(exported.rowCount() == source.rowCount());
    std::map<QString, std::size_t> exportedRows;
    for (std::size_t row = 0; row < exported.rowCount(); ++row) {
        exportedRows[exported.value(row, "id")] = row;
    }
    for (std::size_t row = 0; row < source.rowCount(); ++row) {
        const QString id = source.value(row, "id");
        INFO(id.toStdString());
        REQUIRE(exportedRows.count(id) == 1);
        const std::size_t out = exportedRows[id];
        for (const QString& column : source.header()) {
            if (column == QLatin1String("wkt")) {
                continue;
            }
            INFO(column.toStdString());
            CHECK(exported.value(out, column) == source.value(row, column));
        }
        // Geometry: the same coordinates (points and lines keep their type; single polygons and
        // lines are stored as their multi form).
        OGRGeometry* a = nullptr;
        OGRGeometry* b = nullptr;
        OGRGeometryFactory::createFromWkt(source.value(row, "wkt").toUtf8().constData(), nullptr,
                                          &a);
        OGRGeometryFactory::createFromWkt(exported.value(out, "wkt").toUtf8().constData(), nullptr,
                                          &b);
        REQUIRE(a);
        REQUIRE(b);
        a = OGRGeometryFactory::forceTo(a, b->getGeometryType());
        CHECK(a->Equals(b));
        OGRGeometryFactory::destroyGeometry(a);
        OGRGeometryFactory::destroyGeometry(b);
    }
}
