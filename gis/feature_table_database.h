// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gis/sql_connection.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace gis {

/// Where a FeatureTableModel's table lives, a GeoPackage (or plain SQLite) file or a PostgreSQL
/// database, and everything the model has to say differently to the two: opening a connection,
/// reading a table's columns and key, matching text and ordering, and reading a list of fids
/// while a newer request may supersede it. Statements are otherwise written once, in the SQL
/// both engines accept.
///
/// A small value: copy it to any thread. Each connection it opens belongs to the calling thread.
class FeatureTableDatabase {
    Q_DECLARE_TR_FUNCTIONS(FeatureTableDatabase)

public:
    struct Column {
        QString name;
        bool text = false;
        bool numeric = false;
    };
    /// The columns a table shows (every one but the geometry), and its fid as an SQL expression.
    struct Schema {
        std::vector<Column> columns;
        QString fidExpression;
    };

    /// `dataset` is a file path, or a PostgreSQL connection in GDAL's "PG:…" form or a
    /// postgresql:// URI. Throws gis::Error when a connection cannot be parsed.
    explicit FeatureTableDatabase(QString dataset);

    const QString& dataset() const { return dataset_; }
    SqlConnection::Dialect dialect() const { return dialect_; }
    /// What messages call it: the file path, or "database lanxi on … as li" (never a password).
    const QString& displayName() const { return displayName_; }

    /// A new read-only connection for the calling thread. Throws gis::Error.
    std::unique_ptr<SqlConnection> connect() const;
    /// Throws gis::Error when the table does not exist or has no integer key.
    Schema readSchema(const SqlConnection& connection, const QString& table) const;

    /// A condition: the quoted column matches the LIKE pattern bound to ?1 (backslash escapes),
    /// ignoring case (ASCII case on SQLite, any case on PostgreSQL).
    QString matches(const QString& quotedColumn) const;
    /// An ORDER BY term for a quoted column; NULL sorts first ascending on both engines.
    QString orderTerm(const QString& quotedColumn, bool text, bool descending) const;

    /// Runs `sql`, which selects one integer column, on a new connection, with `pattern` bound to
    /// ?1 unless it is empty. SQLite checks `superseded` as it goes and stops with an error once
    /// it is true; a PostgreSQL query runs to its end and the caller drops the result. Throws
    /// gis::Error.
    std::vector<qint64> selectFids(const QString& sql, const QString& pattern,
                                   const std::function<bool()>& superseded) const;

    /// `identifier` in double quotes, ready to put into a statement.
    static QString quoted(const QString& identifier);

private:
    Schema readSqliteSchema(const SqlConnection& connection, const QString& table) const;
    Schema readPostgresSchema(const SqlConnection& connection, const QString& table) const;
    std::vector<qint64> selectSqliteFids(const QString& sql, const QString& pattern,
                                         const std::function<bool()>& superseded) const;

    QString dataset_;
    SqlConnection::Dialect dialect_;
    QString displayName_;
};

}  // namespace gis
