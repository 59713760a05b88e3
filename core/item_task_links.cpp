// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/item_task_links.h"

#include "gis/error.h"
#include "gis/gdal_environment.h"
#include "gis/handles.h"

#include <QRandomGenerator>
#include <QRegularExpression>

#include <cpl_error.h>
#include <gdal_priv.h>

namespace core {

namespace {

/// GDAL's ExecuteSQL takes no bound parameters, and lx_item_task is no GDAL layer (it has no
/// integer id), yet its rows must be written on GDAL's connection to share the feature's
/// transaction. So the statements are built as text: every id is checked by isValidId() first
/// (no quote can get in), and quoted anyway.
QString literal(const QString& id) {
    if (!ItemTaskLinks::isValidId(id)) {
        throw gis::Error(ItemTaskLinks::tr("\"%1\" is not a valid item or task id: use letters, "
                                           "digits, '_', '-' and '.'")
                             .arg(id));
    }
    QString escaped = id;
    escaped.replace(u'\'', QStringLiteral("''"));
    return u'\'' + escaped + u'\'';
}

}  // namespace

ItemTaskLinks::ItemTaskLinks(GDALDataset& dataset) : dataset_(dataset) {
    for (const char* table : {"plan_point", "plan_line", "plan_area"}) {
        if (dataset_.GetLayerByName(table)) {
            planTables_ << QLatin1String(table);
        }
    }
}

bool ItemTaskLinks::existIn(GDALDataset& dataset, gis::SqlConnection::Dialect dialect) {
    const char* sql = dialect == gis::SqlConnection::Dialect::Sqlite
                          ? "SELECT name FROM sqlite_master WHERE type = 'table' AND "
                            "name = 'lx_item_task'"
                          : "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
                            "AND tablename = 'lx_item_task'";
    CPLErrorReset();
    OGRLayer* result = dataset.ExecuteSQL(sql, nullptr, nullptr);
    if (!result) {
        return false;
    }
    OGRFeatureUniquePtr row(result->GetNextFeature());
    dataset.ReleaseResultSet(result);
    return row != nullptr;
}

bool ItemTaskLinks::isValidId(const QString& id) {
    static const QRegularExpression pattern(QStringLiteral("^[\\p{L}\\p{N}_.\\-]+$"));
    return pattern.match(id).hasMatch();
}

QString ItemTaskLinks::randomItemId(const QString& kind) {
    const QString prefix = isValidId(kind) ? kind : QStringLiteral("item");
    // 32 random bits: a clash is rare, and the caller checks for one.
    return QStringLiteral("%1_%2").arg(prefix).arg(QRandomGenerator::global()->generate(), 8, 16,
                                                   QLatin1Char('0'));
}

QStringList ItemTaskLinks::parse(const QString& joined) {
    QStringList ids;
    for (const QString& part : joined.split(u'|', Qt::SkipEmptyParts)) {
        const QString id = part.trimmed();
        if (!id.isEmpty() && !ids.contains(id)) {
            ids << id;
        }
    }
    return ids;
}

std::vector<QStringList> ItemTaskLinks::select(const QString& sql) const {
    CPLErrorReset();
    OGRLayer* result = dataset_.ExecuteSQL(sql.toUtf8().constData(), nullptr, nullptr);
    if (CPLGetLastErrorType() >= CE_Failure) {
        if (result) {
            dataset_.ReleaseResultSet(result);
        }
        throw gis::Error(tr("Cannot read the task links: %1").arg(gis::lastGdalError()));
    }
    std::vector<QStringList> rows;
    if (!result) {
        return rows;
    }
    for (OGRFeatureUniquePtr feature(result->GetNextFeature()); feature;
         feature.reset(result->GetNextFeature())) {
        QStringList row;
        for (int i = 0; i < feature->GetFieldCount(); ++i) {
            row << QString::fromUtf8(feature->GetFieldAsString(i));
        }
        rows.push_back(row);
    }
    dataset_.ReleaseResultSet(result);
    return rows;
}

void ItemTaskLinks::execute(const QString& sql) {
    CPLErrorReset();
    if (OGRLayer* result = dataset_.ExecuteSQL(sql.toUtf8().constData(), nullptr, nullptr)) {
        dataset_.ReleaseResultSet(result);
    }
    if (CPLGetLastErrorType() >= CE_Failure) {
        throw gis::Error(tr("Cannot write the task links: %1").arg(gis::lastGdalError()));
    }
}

QSet<QString> ItemTaskLinks::knownTaskIds() const {
    QSet<QString> ids;
    for (const QStringList& row : select(QStringLiteral("SELECT id FROM lx_task"))) {
        ids.insert(row.value(0));
    }
    return ids;
}

QStringList ItemTaskLinks::tasksOf(const QString& itemId) const {
    QStringList tasks;
    if (!isValidId(itemId)) {
        return tasks;  // such an id was never stored (replace() refuses it)
    }
    for (const QStringList& row :
         select(QStringLiteral("SELECT task_id FROM lx_item_task WHERE item_id = %1 "
                               "ORDER BY sort_order, task_id")
                    .arg(literal(itemId)))) {
        tasks << row.value(0);
    }
    return tasks;
}

void ItemTaskLinks::replace(const QString& itemId, const QStringList& taskIds) {
    const QString item = literal(itemId);
    QStringList tasks;
    for (const QString& task : taskIds) {
        tasks << literal(task);
    }
    if (tasksOf(itemId) == taskIds) {
        return;
    }
    execute(QStringLiteral("DELETE FROM lx_item_task WHERE item_id = %1").arg(item));
    for (int i = 0; i < tasks.size(); ++i) {
        execute(QStringLiteral("INSERT INTO lx_item_task (item_id, task_id, sort_order) VALUES "
                               "(%1, %2, (SELECT COALESCE(MAX(sort_order), 0) + 1 FROM "
                               "lx_item_task))")
                    .arg(item, tasks[i]));
    }
}

bool ItemTaskLinks::itemIdInUse(const QString& itemId) const {
    if (planTables_.isEmpty() || !isValidId(itemId)) {
        return false;
    }
    QStringList parts;
    for (const QString& table : planTables_) {
        parts << QStringLiteral("SELECT item_id FROM %1 WHERE item_id = %2")
                     .arg(table, literal(itemId));
    }
    return !select(parts.join(QStringLiteral(" UNION ALL "))).empty();
}

}  // namespace core
