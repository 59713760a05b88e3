// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gis/sql_connection.h"

#include <QCoreApplication>

namespace core {

/// Project schema 6 → 7: the link table lx_item_task becomes the one store of an item's tasks.
/// For each plan table (plan_point, plan_line, plan_area) that still has a `tasks` column: a
/// feature without an item id gets a new one, every task of the column that lx_item_task lacks
/// is copied into it (tasks the project does not know are left out, as the link table refers to
/// lx_task), and the column is dropped. Runs on a GeoPackage (SQLite) or a PostGIS project alike;
/// the caller holds the transaction, so the upgrade is whole or not at all.
class ItemTaskMigration {
    Q_DECLARE_TR_FUNCTIONS(ItemTaskMigration)

public:
    static void run(gis::SqlConnection& connection);
};

}  // namespace core
