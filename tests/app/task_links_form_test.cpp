// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/feature_attribute_form.h"
#include "app/identify_dock.h"
#include "core/csv_table.h"
#include "core/edit_session.h"
#include "core/project.h"
#include "gis/sqlite_database.h"
#include "tests/support/test_files.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QTextBrowser>

#include <algorithm>

namespace {

QString copyOfDefaultProject(const tests::ScratchDir& scratch) {
    const QString copy = scratch.file("project.gpkg");
    REQUIRE(QFile::copy(tests::defaultProjectPath(), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    return copy;
}

/// A column of t2_4_3's row in data/plan/tasks.csv, read independently of the code under test.
QString taskCsvValue(const QString& column) {
    const core::CsvTable tasks =
        core::CsvTable::read(QStringLiteral(LANXI_SOURCE_DATA_DIR) + "/plan/tasks.csv");
    for (std::size_t row = 0; row < tasks.rowCount(); ++row) {
        if (tasks.value(row, "id") == "t2_4_3") {
            return tasks.value(row, column);
        }
    }
    return {};
}

QListWidgetItem* taskItem(QListWidget& list, const QString& id) {
    for (int row = 0; row < list.count(); ++row) {
        if (list.item(row)->data(Qt::UserRole).toString() == id) {
            return list.item(row);
        }
    }
    return nullptr;
}

}  // namespace

TEST_CASE("A task checked in the form is identified and found by the department filter",
          "[app][identify][tasks]") {
    tests::ensureWidgetApplication();
    tests::ScratchDir scratch;
    const QString path = copyOfDefaultProject(scratch);
    const QString title = taskCsvValue("title_zh");
    const QStringList departments = taskCsvValue("departments").split(u'|');
    REQUIRE(departments.size() > 2);
    {
        const core::Project project = core::Project::open(path);
        core::EditSession session(path, "plan_area", path);
        app::FeatureAttributeForm form(session, &project.catalog(),
                                       {{"name_zh", QStringLiteral("新材料产业园")},
                                        {"kind", "industrial_park"},
                                        {"status", "build"}});
        auto* list = qobject_cast<QListWidget*>(form.editor("tasks"));
        REQUIRE(list);
        QListWidgetItem* task = taskItem(*list, "t2_4_3");
        REQUIRE(task);
        task->setCheckState(Qt::Checked);
        REQUIRE(form.isAcceptable());
        form.accept();
        OGRGeometry* raw = nullptr;
        REQUIRE(OGRGeometryFactory::createFromWkt(
                    "POLYGON ((103.6 36.3, 103.7 36.3, 103.7 36.4, 103.6 36.4, 103.6 36.3))",
                    nullptr, &raw) == OGRERR_NONE);
        const OGRGeometryUniquePtr square(raw);
        session.addFeature(*square, form.values());
        session.save();
    }
    const core::Project reopened = core::Project::open(path);
    const core::PlanCatalog& catalog = reopened.catalog();
    const auto found = std::find_if(
        catalog.items().begin(), catalog.items().end(),
        [](const auto& item) { return item.nameZh == QStringLiteral("新材料产业园"); });
    REQUIRE(found != catalog.items().end());
    CHECK_FALSE(found->id.isEmpty());

    app::IdentifyDock dock;
    dock.showItem(*found, catalog);
    auto* browser = dock.findChild<QTextBrowser*>("identifyBrowser");
    REQUIRE(browser);
    INFO(browser->toPlainText().toStdString());
    CHECK(browser->toPlainText().contains(title));

    // The department filter (a department of t2_4_3 that does not lead it) keeps the item, on
    // the map (the layer's SQL filter, run by plain SQLite) as in the catalog.
    core::ItemFilter filter;
    filter.departmentId = departments.back();
    CHECK(catalog.matches(*found, filter));
    const gis::SqliteDatabase sqlite(path, gis::SqliteDatabase::Mode::ReadOnly);
    CHECK(sqlite
              .query("SELECT count(*) FROM plan_area WHERE " + filter.toSql() + " AND item_id = ?1",
                     {found->id})[0][0]
              .toInt() == 1);
}

TEST_CASE("The form shows an unknown task under the task field", "[app][tasks]") {
    tests::ensureWidgetApplication();
    tests::ScratchDir scratch;
    const QString path = copyOfDefaultProject(scratch);
    const core::Project project = core::Project::open(path);
    core::EditSession session(path, "plan_area", path);
    app::FeatureAttributeForm form(session, &project.catalog(),
                                   {{"name_zh", QStringLiteral("园区")},
                                    {"kind", "industrial_park"},
                                    {"tasks", "t2_4_3|t9_9_9"}});
    CHECK_FALSE(form.isAcceptable());
    CHECK(form.problems().value("tasks").contains("t9_9_9"));
    auto* label = form.findChild<QLabel*>("problem_tasks");
    REQUIRE(label);
    CHECK(label->text().contains("t9_9_9"));
    form.resize(700, 900);
    form.grab().save(scratch.file("form.png"));
    QFile::remove("/tmp/x/task-form.png");
    QFile::copy(scratch.file("form.png"), "/tmp/x/task-form.png");
}
