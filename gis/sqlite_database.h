// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "gis/sql_connection.h"

#include <QString>
#include <QVariant>

#include <sqlite3.h>

#include <memory>
#include <optional>
#include <vector>

namespace gis {

/// A small RAII wrapper over one SQLite connection: statements with bound values, and
/// transactions that roll back unless committed. One connection per thread.
class SqliteDatabase final : public SqlConnection {
    Q_DECLARE_TR_FUNCTIONS(SqliteDatabase)

public:
    enum class Mode { ReadOnly, ReadWrite };

    /// Throws gis::Error naming the file when it cannot be opened.
    SqliteDatabase(const QString& path, Mode mode);

    Dialect dialect() const override { return Dialect::Sqlite; }
    QString displayName() const override { return path_; }
    void execute(const QString& sql) override;
    void execute(const QString& sql, const std::vector<QVariant>& values) override;
    std::vector<std::vector<QVariant>> query(
        const QString& sql, const std::vector<QVariant>& values = {}) const override;
    bool tableExists(const QString& table) const override;
    void begin() override;
    void commit() override;
    void rollback() noexcept override;

    const QString& path() const { return path_; }
    sqlite3* handle() const { return db_.get(); }

private:
    struct Closer {
        void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
    };
    [[noreturn]] void fail(const QString& sql) const;

    QString path_;
    std::unique_ptr<sqlite3, Closer> db_;
};

}  // namespace gis
