// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gis/sql_connection.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QStringList>

class GDALDataset;

namespace core {

/// The links of plan items to plan tasks (lx_item_task), the one store of an item's tasks, read
/// and written on a GDAL dataset's own connection so that link rows commit in the same dataset
/// transaction as the feature they belong to (EditableLayer, EditSession::save()). Does not own
/// the dataset; the thread that owns the dataset.
class ItemTaskLinks {
    Q_DECLARE_TR_FUNCTIONS(ItemTaskLinks)

public:
    explicit ItemTaskLinks(GDALDataset& dataset);

    /// True when the dataset holds the link table (a project file or database).
    static bool existIn(GDALDataset& dataset, gis::SqlConnection::Dialect dialect);
    /// Item and task ids are plain keys: letters (any script), digits, '_', '-' and '.'.
    static bool isValidId(const QString& id);
    /// "a| b|a" → {"a", "b"}: the task ids of a '|'-joined list, trimmed, once each, in order.
    static QStringList parse(const QString& joined);

    /// A candidate for a new item id, `<kind>_<8 random hex digits>` ("item_…" for no valid
    /// kind); the caller checks it is not taken.
    static QString randomItemId(const QString& kind);

    /// The ids of lx_task.
    QSet<QString> knownTaskIds() const;
    /// The item's task ids in their stored order.
    QStringList tasksOf(const QString& itemId) const;
    /// Makes `taskIds` the item's tasks. Throws gis::Error naming an id that is not valid.
    void replace(const QString& itemId, const QStringList& taskIds);
    /// Whether a feature of any plan table of the dataset has this item id.
    bool itemIdInUse(const QString& itemId) const;

private:
    std::vector<QStringList> select(const QString& sql) const;
    void execute(const QString& sql);

    GDALDataset& dataset_;
    QStringList planTables_;
};

}  // namespace core
