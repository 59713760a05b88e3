// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/csv_table.h"
#include "core/plan_catalog_types.h"

#include <QCoreApplication>

namespace core {

/// Reads the non-spatial catalog from data/plan (departments.csv, tasks.csv, indicators.csv) and
/// the item–task links of items.csv, and checks that they hold together: every department a task
/// names exists, every task has at least one (lead) department, every item belongs to at least one
/// task that exists. Errors name the file, line and id.
class PlanCatalogImporter {
    Q_DECLARE_TR_FUNCTIONS(PlanCatalogImporter)

public:
    explicit PlanCatalogImporter(QString planDirectory);

    CatalogTables read(const CsvTable& items) const;

private:
    std::vector<Department> readDepartments() const;
    std::vector<PlanTask> readTasks(const std::vector<Department>& departments) const;
    std::vector<Indicator> readIndicators() const;

    QString planDirectory_;
};

}  // namespace core
