// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/item_task_migration.h"

#include "core/item_task_links.h"
#include "gis/sqlite_database.h"

#include <QSet>

#include <sqlite3.h>

namespace core {

namespace {

QStringList columnsOf(gis::SqlConnection& connection, const QString& table) {
    QStringList columns;
    if (connection.dialect() == gis::SqlConnection::Dialect::Sqlite) {
        for (const auto& row :
             connection.query(QStringLiteral("PRAGMA table_info(%1)").arg(table))) {
            columns << row[1].toString();
        }
    } else {
        for (const auto& row : connection.query(
                 QStringLiteral("SELECT column_name FROM information_schema.columns WHERE "
                                "table_schema = current_schema() AND table_name = ?1"),
                 {table})) {
            columns << row[0].toString();
        }
    }
    return columns;
}

/// A GeoPackage's R-tree triggers name GDAL's SQL functions (ST_IsEmpty, ST_MinX …), so SQLite
/// refuses any UPDATE of a feature table on a connection that lacks them, even one that cannot
/// fire them. The migration changes no geometry and no fid, so the triggers that would call them
/// never run; should one run, it fails rather than corrupting the index.
void declareGeoPackageFunctions(gis::SqlConnection& connection) {
    auto* sqlite = dynamic_cast<gis::SqliteDatabase*>(&connection);
    if (!sqlite) {
        return;
    }
    const auto refuse = [](sqlite3_context* context, int, sqlite3_value**) {
        sqlite3_result_error(context, "geometry functions are not available in this upgrade", -1);
    };
    for (const char* name : {"ST_IsEmpty", "ST_MinX", "ST_MaxX", "ST_MinY", "ST_MaxY"}) {
        sqlite3_create_function_v2(sqlite->handle(), name, 1, SQLITE_UTF8, nullptr, +refuse,
                                   nullptr, nullptr, nullptr);
    }
}

}  // namespace

void ItemTaskMigration::run(gis::SqlConnection& connection) {
    static const QStringList tables{"plan_point", "plan_line", "plan_area"};
    QSet<QString> knownTasks;
    for (const auto& row : connection.query(QStringLiteral("SELECT id FROM lx_task"))) {
        knownTasks.insert(row[0].toString());
    }
    QStringList withColumn;
    QSet<QString> itemIds;
    for (const QString& table : tables) {
        if (!connection.tableExists(table)) {
            continue;
        }
        const QStringList columns = columnsOf(connection, table);
        if (!columns.contains(QLatin1String("item_id"))) {
            continue;
        }
        for (const auto& row :
             connection.query(QStringLiteral("SELECT item_id FROM %1").arg(table))) {
            itemIds.insert(row[0].toString());
        }
        if (columns.contains(QLatin1String("tasks"))) {
            withColumn << table;
        }
    }
    if (!withColumn.isEmpty()) {
        declareGeoPackageFunctions(connection);
    }
    for (const QString& table : withColumn) {
        for (const auto& row : connection.query(
                 QStringLiteral("SELECT fid, kind FROM %1 WHERE item_id IS NULL OR item_id = ''")
                     .arg(table))) {
            QString id;
            do {
                id = ItemTaskLinks::randomItemId(row[1].toString());
            } while (itemIds.contains(id));
            itemIds.insert(id);
            connection.execute(
                QStringLiteral("UPDATE %1 SET item_id = ?1 WHERE fid = ?2").arg(table),
                {id, row[0]});
        }
        for (const auto& row : connection.query(
                 QStringLiteral("SELECT item_id, tasks FROM %1 WHERE tasks IS NOT NULL AND "
                                "tasks <> '' ORDER BY fid")
                     .arg(table))) {
            for (const QString& task : ItemTaskLinks::parse(row[1].toString())) {
                if (!knownTasks.contains(task)) {
                    continue;
                }
                connection.execute(
                    QStringLiteral("INSERT INTO lx_item_task (item_id, task_id, sort_order) "
                                   "VALUES (?1, ?2, (SELECT COALESCE(MAX(sort_order), 0) + 1 "
                                   "FROM lx_item_task)) ON CONFLICT (item_id, task_id) DO NOTHING"),
                    {row[0].toString(), task});
            }
        }
        connection.execute(QStringLiteral("ALTER TABLE %1 DROP COLUMN tasks").arg(table));
    }
}

}  // namespace core
