// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include <QString>
#include <QVariant>

#include <sqlite3.h>

#include <memory>
#include <optional>
#include <vector>

namespace gis {

/// A small RAII wrapper over one SQLite connection: statements with bound values, and
/// transactions that roll back unless committed. One connection per thread.
class SqliteDatabase {
    Q_DECLARE_TR_FUNCTIONS(SqliteDatabase)

public:
    enum class Mode { ReadOnly, ReadWrite };

    /// Throws gis::Error naming the file when it cannot be opened.
    SqliteDatabase(const QString& path, Mode mode);

    /// Runs one or more statements without results.
    void execute(const QString& sql);
    /// Runs one statement with `values` bound to ?1, ?2 …
    void execute(const QString& sql, const std::vector<QVariant>& values);
    /// Every row of a query, each as its column values.
    std::vector<std::vector<QVariant>> query(const QString& sql,
                                             const std::vector<QVariant>& values = {}) const;
    /// The first column of the first row, if any.
    std::optional<QVariant> scalar(const QString& sql,
                                   const std::vector<QVariant>& values = {}) const;
    bool tableExists(const QString& table) const;

    const QString& path() const { return path_; }
    sqlite3* handle() const { return db_.get(); }

    /// Begins a transaction that rolls back on destruction unless commit() was called.
    class Transaction {
    public:
        explicit Transaction(SqliteDatabase& database);
        ~Transaction();
        void commit();
        Transaction(const Transaction&) = delete;
        Transaction& operator=(const Transaction&) = delete;

    private:
        SqliteDatabase& database_;
        bool committed_ = false;
    };

private:
    struct Closer {
        void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
    };
    [[noreturn]] void fail(const QString& sql) const;

    QString path_;
    std::unique_ptr<sqlite3, Closer> db_;
};

}  // namespace gis
