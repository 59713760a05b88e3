// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan_catalog_importer.h"

#include "gis/error.h"

#include <QDir>
#include <QSet>

namespace core {

namespace {

QString where(const CsvTable& table, std::size_t row) {
    return PlanCatalogImporter::tr("%1, line %2").arg(table.origin()).arg(table.lineOf(row));
}

}  // namespace

PlanCatalogImporter::PlanCatalogImporter(QString planDirectory)
    : planDirectory_(std::move(planDirectory)) {}

std::vector<Department> PlanCatalogImporter::readDepartments() const {
    const CsvTable table = CsvTable::read(QDir(planDirectory_).filePath("departments.csv"));
    std::vector<Department> departments;
    QSet<QString> ids;
    for (std::size_t row = 0; row < table.rowCount(); ++row) {
        Department department{table.value(row, "id"), table.value(row, "name_zh"),
                              table.value(row, "name_en"), table.value(row, "province")};
        if (department.id.isEmpty() || ids.contains(department.id)) {
            throw gis::Error(tr("%1: the department id \"%2\" is empty or used twice")
                                 .arg(where(table, row), department.id));
        }
        ids.insert(department.id);
        departments.push_back(std::move(department));
    }
    return departments;
}

std::vector<PlanTask> PlanCatalogImporter::readTasks(
    const std::vector<Department>& departments) const {
    QSet<QString> known;
    for (const Department& department : departments) {
        known.insert(department.id);
    }
    const CsvTable table = CsvTable::read(QDir(planDirectory_).filePath("tasks.csv"));
    std::vector<PlanTask> tasks;
    QSet<QString> ids;
    for (std::size_t row = 0; row < table.rowCount(); ++row) {
        PlanTask task{table.value(row, "id"),
                      table.value(row, "section"),
                      table.value(row, "title_zh"),
                      table.value(row, "paragraph_zh"),
                      table.list(row, "lead_departments"),
                      table.list(row, "departments")};
        if (task.id.isEmpty() || ids.contains(task.id)) {
            throw gis::Error(tr("%1: the task id \"%2\" is empty or used twice")
                                 .arg(where(table, row), task.id));
        }
        ids.insert(task.id);
        if (task.departmentIds.isEmpty() || task.leadDepartmentIds.isEmpty()) {
            throw gis::Error(
                tr("%1: task %2 names no responsible department").arg(where(table, row), task.id));
        }
        for (const QString& id : task.departmentIds + task.leadDepartmentIds) {
            if (!known.contains(id)) {
                throw gis::Error(tr("%1: task %2 names the unknown department \"%3\"")
                                     .arg(where(table, row), task.id, id));
            }
        }
        for (const QString& lead : task.leadDepartmentIds) {
            if (!task.departmentIds.contains(lead)) {
                task.departmentIds.prepend(lead);
            }
        }
        tasks.push_back(std::move(task));
    }
    return tasks;
}

std::vector<Indicator> PlanCatalogImporter::readIndicators() const {
    const CsvTable table = CsvTable::read(QDir(planDirectory_).filePath("indicators.csv"));
    std::vector<Indicator> indicators;
    for (std::size_t row = 0; row < table.rowCount(); ++row) {
        bool targetOk = false;
        bool yearOk = false;
        Indicator indicator{table.value(row, "id"),
                            table.value(row, "name_zh"),
                            table.value(row, "name_en"),
                            table.value(row, "target").toDouble(&targetOk),
                            table.value(row, "unit"),
                            table.value(row, "comparator"),
                            table.value(row, "year").toInt(&yearOk),
                            table.value(row, "section")};
        if (!targetOk || !yearOk) {
            throw gis::Error(tr("%1: indicator %2 needs a numeric target and year")
                                 .arg(where(table, row), indicator.id));
        }
        static const QStringList comparators{"at_least", "at_most", "about", "equal"};
        if (!comparators.contains(indicator.comparator)) {
            throw gis::Error(tr("%1: \"%2\" is not a valid comparator")
                                 .arg(where(table, row), indicator.comparator));
        }
        indicators.push_back(std::move(indicator));
    }
    return indicators;
}

CatalogTables PlanCatalogImporter::read(const CsvTable& items) const {
    CatalogTables catalog;
    catalog.departments = readDepartments();
    catalog.tasks = readTasks(catalog.departments);
    catalog.indicators = readIndicators();
    QSet<QString> taskIds;
    for (const PlanTask& task : catalog.tasks) {
        taskIds.insert(task.id);
    }
    for (std::size_t row = 0; row < items.rowCount(); ++row) {
        const QString item = items.value(row, "id");
        const QStringList tasks = items.list(row, "tasks");
        if (tasks.isEmpty()) {
            throw gis::Error(tr("%1: item %2 belongs to no task").arg(where(items, row), item));
        }
        for (const QString& task : tasks) {
            if (!taskIds.contains(task)) {
                throw gis::Error(tr("%1: item %2 names the unknown task \"%3\"")
                                     .arg(where(items, row), item, task));
            }
            catalog.itemTasks.emplace_back(item, task);
        }
    }
    return catalog;
}

}  // namespace core
