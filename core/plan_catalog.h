// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan_catalog_types.h"
#include "core/project_store.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>
#include <vector>

namespace core {

/// What a planner filters the plan by. Empty members match everything.
struct ItemFilter {
    std::optional<ItemKind> kind;
    std::optional<PlanStatus> status;
    QString departmentId;   // any department responsible for one of the item's tasks
    bool leadOnly = false;  // with departmentId: only tasks that department leads (牵头)
    QString sectionPrefix;  // e.g. "四" or "四.(一)"

    bool isEmpty() const;
    /// The same filter as a WHERE clause over a plan_* table of the project, in SQL that both
    /// SQLite and PostgreSQL accept, so that the map and the attribute table can apply it where
    /// the data is read (a project file or database).
    QString toSql() const;
};

/// The plan as the workstation browses it: every item with its tasks, departments and the task's
/// paragraph, loaded once from a project (items from the plan_* feature tables, the rest from the
/// ProjectStore). Immutable after loading; safe to read from any thread.
class PlanCatalog {
    Q_DECLARE_TR_FUNCTIONS(PlanCatalog)

public:
    /// Throws gis::Error naming the file when the project cannot be read.
    static PlanCatalog load(const QString& projectPath, const ProjectStore& store);

    const std::vector<PlanItem>& items() const { return items_; }
    const std::vector<PlanTask>& tasks() const { return tables_.tasks; }
    const std::vector<Department>& departments() const { return tables_.departments; }
    const std::vector<Indicator>& indicators() const { return tables_.indicators; }

    const PlanItem* item(const QString& id) const;
    const PlanItem* itemAt(const QString& table, std::int64_t fid) const;
    const PlanTask* task(const QString& id) const;
    const Department* department(const QString& id) const;
    std::vector<const PlanTask*> tasksOf(const PlanItem& item) const;
    /// Every department responsible for any task of the item, leads first, without repeats.
    QStringList departmentIdsOf(const PlanItem& item, bool leadsOnly = false) const;

    /// Items whose Chinese name, an alias or the English name contains `text` (case-insensitive),
    /// best first: exact names, then names that start with it, then the rest.
    std::vector<const PlanItem*> search(const QString& text) const;
    bool matches(const PlanItem& item, const ItemFilter& filter) const;

private:
    std::vector<PlanItem> items_;
    CatalogTables tables_;
    QHash<QString, std::size_t> itemIndex_;
    QHash<QString, std::size_t> taskIndex_;
    QHash<QString, std::size_t> departmentIndex_;
};

}  // namespace core
