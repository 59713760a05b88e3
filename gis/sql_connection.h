// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariant>

#include <optional>
#include <vector>

namespace gis {

/// One connection to an SQL database, whichever engine: an SQLite file (SqliteDatabase) or a
/// PostgreSQL server (PostgresDatabase). Statements carry user or file text only as bound values,
/// written ?1, ?2 … in every dialect. Values go in and come out as QVariant: null, qlonglong,
/// double, QString or QByteArray (BLOB / bytea). Every failure throws gis::Error naming the
/// database and the statement. One connection per thread.
class SqlConnection {
public:
    enum class Dialect { Sqlite, Postgres };

    virtual ~SqlConnection();

    virtual Dialect dialect() const = 0;
    /// What messages call the database: a file path, or "database lanxi on host …".
    virtual QString displayName() const = 0;

    /// Runs one or more statements without values or results.
    virtual void execute(const QString& sql) = 0;
    /// Runs one statement with `values` bound to ?1, ?2 …
    virtual void execute(const QString& sql, const std::vector<QVariant>& values) = 0;
    /// Every row of a query, each as its column values.
    virtual std::vector<std::vector<QVariant>> query(
        const QString& sql, const std::vector<QVariant>& values = {}) const = 0;
    /// The first column of the first row, if any.
    std::optional<QVariant> scalar(const QString& sql,
                                   const std::vector<QVariant>& values = {}) const;
    virtual bool tableExists(const QString& table) const = 0;

    /// Transactions; Transaction below is the usual way in. An SQLite write transaction takes
    /// the write lock at once (BEGIN IMMEDIATE).
    virtual void begin() = 0;
    virtual void commit() = 0;
    /// Never throws: it runs from destructors.
    virtual void rollback() noexcept = 0;

    /// Begins a transaction that rolls back on destruction unless commit() was called.
    class Transaction {
    public:
        explicit Transaction(SqlConnection& connection);
        ~Transaction();
        void commit();
        Transaction(const Transaction&) = delete;
        Transaction& operator=(const Transaction&) = delete;

    private:
        SqlConnection& connection_;
        bool committed_ = false;
    };
};

}  // namespace gis
