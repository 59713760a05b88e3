// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/feature_table_model.h"

#include "gis/error.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <limits>

namespace gis {

namespace {

/// A LIKE pattern matching `text` anywhere, with LIKE's wildcards escaped by a backslash.
QString containsPattern(const QString& text) {
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

QString quoted(const QString& identifier) {
    return FeatureTableDatabase::quoted(identifier);
}

}  // namespace

FeatureTableModel::FeatureTableModel(QString dataset, QString table, QString baseFilterSql,
                                     QObject* parent)
    : QAbstractTableModel(parent),
      database_(std::move(dataset)),
      table_(std::move(table)),
      baseFilter_(std::move(baseFilterSql).trimmed()),
      latestGeneration_(std::make_shared<std::atomic<quint64>>(0)) {
    try {
        db_ = database_.connect();
        FeatureTableDatabase::Schema schema = database_.readSchema(*db_, table_);
        columns_ = std::move(schema.columns);
        fidExpression_ = std::move(schema.fidExpression);
        // Fail now, naming database and table, rather than later on the worker.
        db_->query(rowsSql() + QLatin1String(" LIMIT 0"));
    } catch (const Error& error) {
        throw Error(tr("Cannot read table %1 of %2: %3")
                        .arg(table_, database_.displayName(), error.message()));
    }
    requestRows();
}

FeatureTableModel::~FeatureTableModel() {
    // Running workers notice this in their progress handler and stop early.
    latestGeneration_->store(std::numeric_limits<quint64>::max());
}

FeatureTableModel::FidList FeatureTableModel::loadFids(
    const FeatureTableDatabase& database, const QString& sql, const QString& pattern,
    quint64 generation, const std::shared_ptr<std::atomic<quint64>>& latest) {
    FidList result;
    result.generation = generation;
    const auto superseded = [&latest, generation] { return latest->load() != generation; };
    if (superseded()) {
        return result;  // a newer request came before this one started
    }
    try {
        result.fids = database.selectFids(sql, pattern, superseded);
        if (superseded()) {
            return result;  // the GUI thread ignores it, so skip the index
        }
        result.rowOfFid.reserve(qsizetype(result.fids.size()));
        for (std::size_t row = 0; row < result.fids.size(); ++row) {
            result.rowOfFid.insert(result.fids[row], int(row));
        }
    } catch (const Error& error) {
        result.fids.clear();
        result.error = error.message();
    }
    return result;
}

QString FeatureTableModel::rowsSql() const {
    QStringList conditions;
    if (!baseFilter_.isEmpty()) {
        conditions.append(QLatin1Char('(') + baseFilter_ + QLatin1Char(')'));
    }
    if (!textFilter_.isEmpty()) {
        QStringList matches;
        for (const FeatureTableDatabase::Column& column : columns_) {
            if (column.text) {
                matches.append(database_.matches(quoted(column.name)));
            }
        }
        conditions.append(matches.isEmpty()
                              ? QStringLiteral("1 = 0")
                              : QString(QLatin1Char('(') + matches.join(QLatin1String(" OR ")) +
                                        QLatin1Char(')')));
    }
    QString sql =
        QLatin1String("SELECT ") + fidExpression_ + QLatin1String(" FROM ") + quoted(table_);
    if (!conditions.isEmpty()) {
        sql += QLatin1String(" WHERE ") + conditions.join(QLatin1String(" AND "));
    }
    sql += QLatin1String(" ORDER BY ");
    if (sortColumn_ >= 0) {
        const FeatureTableDatabase::Column& column = columns_[std::size_t(sortColumn_)];
        sql += database_.orderTerm(quoted(column.name), column.text,
                                   sortOrder_ == Qt::DescendingOrder) +
               QLatin1String(", ");
    }
    return sql + fidExpression_;
}

void FeatureTableModel::requestRows() {
    const quint64 generation = ++generation_;
    latestGeneration_->store(generation);
    const QString pattern = textFilter_.isEmpty() ? QString() : containsPattern(textFilter_);
    QFuture<FidList> future =
        QtConcurrent::run(loadFids, database_, rowsSql(), pattern, generation, latestGeneration_);
    pending_ = future;
    auto* watcher = new QFutureWatcher<FidList>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        finishRequest(generation);
    });
    watcher->setFuture(future);
}

void FeatureTableModel::finishRequest(quint64 generation) {
    if (!pending_ || generation != generation_) {
        return;  // superseded, or already applied by waitUntilReady()
    }
    QFuture<FidList> future = *pending_;
    pending_.reset();
    apply(future.takeResult());
}

void FeatureTableModel::apply(FidList result) {
    if (!result.error.isEmpty()) {
        Q_EMIT failed(tr("Cannot read table %1 of %2: %3")
                          .arg(table_, database_.displayName(), result.error));
        return;
    }
    if (excluded_ && !excluded_->empty()) {
        std::erase_if(result.fids, [this](qint64 fid) { return excluded_->count(fid) > 0; });
        result.rowOfFid.clear();
        for (int row = 0; row < int(result.fids.size()); ++row) {
            result.rowOfFid.insert(result.fids[row], row);
        }
    }
    beginResetModel();
    fids_ = std::move(result.fids);
    rowOfFid_ = std::move(result.rowOfFid);
    cache_.clear();
    endResetModel();
    Q_EMIT refreshed();
}

void FeatureTableModel::waitUntilReady() {
    while (pending_) {
        const quint64 generation = generation_;
        pending_->waitForFinished();
        finishRequest(generation);
    }
}

void FeatureTableModel::setTextFilter(const QString& text) {
    if (text == textFilter_) {
        return;
    }
    textFilter_ = text;
    requestRows();
}

void FeatureTableModel::reload() {
    requestRows();
}

void FeatureTableModel::setExcludedFeatures(std::shared_ptr<const FeatureIdSet> excluded) {
    const bool none = !excluded || excluded->empty();
    const bool noneBefore = !excluded_ || excluded_->empty();
    if ((none && noneBefore) || (!none && !noneBefore && *excluded == *excluded_)) {
        return;
    }
    excluded_ = std::move(excluded);
    requestRows();
}

void FeatureTableModel::sort(int column, Qt::SortOrder order) {
    if (column < 0 || column >= columnCount()) {
        column = -1;
    }
    if (column == sortColumn_ && (column < 0 || order == sortOrder_)) {
        return;
    }
    sortColumn_ = column;
    sortOrder_ = order;
    requestRows();
}

int FeatureTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(fids_.size());
}

int FeatureTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(columns_.size());
}

QVariant FeatureTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 &&
        section < columnCount()) {
        return columns_[std::size_t(section)].name;
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

QVariant FeatureTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount()) {
        return {};
    }
    const FeatureTableDatabase::Column& column = columns_[std::size_t(index.column())];
    if (role == Qt::TextAlignmentRole) {
        return column.numeric ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole) {
        return {};
    }
    const Page& rows = page(index.row() / kPageSize);
    const std::vector<QVariant>& values = rows.rows[std::size_t(index.row() % kPageSize)];
    if (std::size_t(index.column()) >= values.size()) {
        return {};
    }
    const QVariant& value = values[std::size_t(index.column())];
    if (role == Qt::DisplayRole && value.typeId() == QMetaType::QByteArray) {
        return tr("(%n byte(s))", nullptr, int(value.toByteArray().size()));
    }
    return value;
}

const FeatureTableModel::Page& FeatureTableModel::page(int index) const {
    const auto cached = std::find_if(cache_.begin(), cache_.end(),
                                     [index](const Page& page) { return page.index == index; });
    if (cached != cache_.end()) {
        std::rotate(cache_.begin(), cached, cached + 1);
        return cache_.front();
    }
    const int first = index * kPageSize;
    const int last = std::min(rowCount(), first + kPageSize);
    QStringList fids;
    for (int row = first; row < last; ++row) {
        fids.append(QString::number(fids_[std::size_t(row)]));
    }
    QString sql = QLatin1String("SELECT ") + fidExpression_;
    for (const FeatureTableDatabase::Column& column : columns_) {
        sql += QLatin1String(", ") + quoted(column.name);
    }
    sql += QLatin1String(" FROM ") + quoted(table_) + QLatin1String(" WHERE ") + fidExpression_ +
           QLatin1String(" IN (") + fids.join(QLatin1Char(',')) + QLatin1Char(')');
    QHash<qint64, std::vector<QVariant>> byFid;
    try {
        for (auto& values : db_->query(sql)) {
            const qint64 fid = values.front().toLongLong();
            values.erase(values.begin());
            byFid.insert(fid, std::move(values));
        }
    } catch (const Error& error) {
        // The page shows empty cells until it is evicted or the rows are refreshed; retrying on
        // every data() call would only repeat the error.
        qWarning("%s", qUtf8Printable(error.message()));
    }
    Page page;
    page.index = index;
    page.rows.resize(std::size_t(last - first));
    for (int row = first; row < last; ++row) {
        page.rows[std::size_t(row - first)] = byFid.take(fids_[std::size_t(row)]);
    }
    cache_.insert(cache_.begin(), std::move(page));
    if (cache_.size() > std::size_t(kMaxCachedPages)) {
        cache_.pop_back();
    }
    return cache_.front();
}

qint64 FeatureTableModel::fidAt(int row) const {
    return row >= 0 && row < rowCount() ? fids_[std::size_t(row)] : -1;
}

int FeatureTableModel::rowOfFid(qint64 fid) const {
    return rowOfFid_.value(fid, -1);
}

int FeatureTableModel::cachedRowCount() const {
    int rows = 0;
    for (const Page& page : cache_) {
        rows += int(page.rows.size());
    }
    return rows;
}

}  // namespace gis
