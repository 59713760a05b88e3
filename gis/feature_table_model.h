// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gis/feature_table_database.h"
#include "gis/map_layer.h"

#include <QAbstractTableModel>
#include <QFuture>
#include <QHash>
#include <QString>
#include <QVariant>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace gis {

/// A table model over one feature table of a GeoPackage (or plain SQLite) file or a PostgreSQL
/// database (FeatureTableDatabase keeps what differs), built to stay smooth with millions of rows:
/// it holds only the fids of the current rows (filtered and sorted) and fetches attribute values
/// in pages of kPageSize rows into a small LRU cache.
///
/// Lives on the GUI thread and reads with its own read-only connection there. The fid list is
/// computed on a worker thread with a connection of its own and swapped in with a model reset; a
/// newer request supersedes an older one (interrupting it on SQLite, dropping its result on
/// PostgreSQL). Every column except the geometry column is shown, headed by its name. The
/// constructor throws gis::Error naming the database and table when the table, its columns or the
/// base filter cannot be read.
class FeatureTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    static constexpr int kPageSize = 256;
    static constexpr int kMaxCachedPages = 8;
    static constexpr int kMaxCachedRows = kPageSize * kMaxCachedPages;

    /// `dataset` is a file path or a PostgreSQL connection ("PG:…", postgresql://…).
    /// `baseFilterSql` is a WHERE condition that always applies (may be empty), written in SQL
    /// that the dataset's engine accepts.
    FeatureTableModel(QString dataset, QString table, QString baseFilterSql,
                      QObject* parent = nullptr);
    ~FeatureTableModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    /// Sorts by a column (ties by fid); a column out of range restores fid order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// Keeps the rows where any text column contains `text`, ignoring ASCII case; empty = all.
    void setTextFilter(const QString& text);
    QString textFilter() const { return textFilter_; }
    /// Recomputes the rows, e.g. after the table was edited.
    void reload();
    /// Leaves these features out of the rows (an editor's unsaved deletions), as the map does.
    void setExcludedFeatures(std::shared_ptr<const FeatureIdSet> excluded);

    QString table() const { return table_; }
    const QString& dataset() const { return database_.dataset(); }
    /// The fid of a row, or -1 when the row is out of range.
    qint64 fidAt(int row) const;
    /// The row showing a feature, or -1 when it is not among the current rows.
    int rowOfFid(qint64 fid) const;

    /// True while a fid list is being computed on the worker.
    bool isBusy() const { return pending_.has_value(); }
    /// Blocks until the newest request has been applied (for tests and the command line).
    void waitUntilReady();
    /// How many rows of attribute values are held in memory (never more than kMaxCachedRows).
    int cachedRowCount() const;

Q_SIGNALS:
    /// The rows were replaced by a finished request.
    void refreshed();
    /// A request failed; the previous rows stay.
    void failed(const QString& message);

private:
    /// The outcome of one fid-list query on the worker.
    struct FidList {
        quint64 generation = 0;
        std::vector<qint64> fids;
        QHash<qint64, int> rowOfFid;
        QString error;
    };
    struct Page {
        int index = 0;
        std::vector<std::vector<QVariant>> rows;
    };

    /// Runs on a worker thread with its own connection; touches no QObject.
    static FidList loadFids(const FeatureTableDatabase& database, const QString& sql,
                            const QString& pattern, quint64 generation,
                            const std::shared_ptr<std::atomic<quint64>>& latest);
    QString rowsSql() const;
    void requestRows();
    void finishRequest(quint64 generation);
    void apply(FidList result);
    const Page& page(int index) const;

    FeatureTableDatabase database_;
    QString table_;
    QString baseFilter_;
    QString fidExpression_;
    std::vector<FeatureTableDatabase::Column> columns_;
    std::unique_ptr<SqlConnection> db_;

    QString textFilter_;
    int sortColumn_ = -1;
    Qt::SortOrder sortOrder_ = Qt::AscendingOrder;

    std::vector<qint64> fids_;
    std::shared_ptr<const FeatureIdSet> excluded_;
    QHash<qint64, int> rowOfFid_;
    mutable std::vector<Page> cache_;  // most recently used first

    std::shared_ptr<std::atomic<quint64>> latestGeneration_;
    quint64 generation_ = 0;
    std::optional<QFuture<FidList>> pending_;
};

}  // namespace gis
