// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/feature_table_database.h"

#include "gis/error.h"
#include "gis/postgres_conninfo.h"
#include "gis/postgres_database.h"
#include "gis/sqlite_database.h"

#include <QFileInfo>
#include <QStringList>

#include <sqlite3.h>

namespace gis {

namespace {

struct StatementFinalizer {
    void operator()(sqlite3_stmt* statement) const { sqlite3_finalize(statement); }
};
using StatementPtr = std::unique_ptr<sqlite3_stmt, StatementFinalizer>;

/// Prepares one statement; throws gis::Error with SQLite's own message.
StatementPtr prepare(sqlite3* db, const QString& sql) {
    sqlite3_stmt* raw = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &raw, nullptr) != SQLITE_OK) {
        throw Error(QString::fromUtf8(sqlite3_errmsg(db)));
    }
    return StatementPtr(raw);
}

int callSuperseded(void* context) {
    return (*static_cast<const std::function<bool()>*>(context))() ? 1 : 0;
}

bool isSqliteText(const QString& type) {
    return type.contains(QLatin1String("CHAR")) || type.contains(QLatin1String("CLOB")) ||
           type.contains(QLatin1String("TEXT"));
}

bool isSqliteNumeric(const QString& type) {
    for (const char* token : {"INT", "REAL", "FLOA", "DOUB", "NUMERIC", "DECIMAL"}) {
        if (type.contains(QLatin1String(token))) {
            return true;
        }
    }
    return false;
}

}  // namespace

FeatureTableDatabase::FeatureTableDatabase(QString dataset)
    : dataset_(std::move(dataset)),
      dialect_(PostgresConninfo::looksLikeConnection(dataset_) ? SqlConnection::Dialect::Postgres
                                                               : SqlConnection::Dialect::Sqlite),
      displayName_(dialect_ == SqlConnection::Dialect::Postgres
                       ? PostgresConninfo::parse(dataset_).describe()
                       : dataset_) {}

QString FeatureTableDatabase::quoted(const QString& identifier) {
    QString escaped = identifier;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

std::unique_ptr<SqlConnection> FeatureTableDatabase::connect() const {
    if (dialect_ == SqlConnection::Dialect::Postgres) {
        return std::make_unique<PostgresDatabase>(dataset_);
    }
    if (!QFileInfo::exists(dataset_)) {
        throw Error(tr("the file does not exist"));
    }
    return std::make_unique<SqliteDatabase>(dataset_, SqliteDatabase::Mode::ReadOnly);
}

FeatureTableDatabase::Schema FeatureTableDatabase::readSchema(const SqlConnection& connection,
                                                              const QString& table) const {
    if (!connection.tableExists(table)) {
        throw Error(tr("no such table"));
    }
    return dialect_ == SqlConnection::Dialect::Postgres ? readPostgresSchema(connection, table)
                                                        : readSqliteSchema(connection, table);
}

FeatureTableDatabase::Schema FeatureTableDatabase::readSqliteSchema(const SqlConnection& connection,
                                                                    const QString& table) const {
    QString geometryColumn;
    if (connection.tableExists(QStringLiteral("gpkg_geometry_columns"))) {
        geometryColumn = connection
                             .scalar(QStringLiteral("SELECT column_name FROM gpkg_geometry_columns "
                                                    "WHERE lower(table_name) = lower(?1)"),
                                     {table})
                             .value_or(QVariant())
                             .toString();
    }
    Schema schema;
    QStringList keyColumns;
    bool integerKey = false;
    // PRAGMA table_info rows: cid, name, type, notnull, dflt_value, pk.
    for (const auto& info :
         connection.query(QLatin1String("PRAGMA table_info(") + quoted(table) + QLatin1Char(')'))) {
        const QString name = info.at(1).toString();
        const QString type = info.at(2).toString().toUpper();
        if (info.at(5).toInt() > 0) {
            keyColumns.append(name);
            integerKey = type == QLatin1String("INTEGER");
        }
        if (name.compare(geometryColumn, Qt::CaseInsensitive) != 0) {
            schema.columns.push_back({name, isSqliteText(type), isSqliteNumeric(type)});
        }
    }
    // GDAL's fid is the table's INTEGER PRIMARY KEY, i.e. an alias of SQLite's rowid.
    schema.fidExpression =
        keyColumns.size() == 1 && integerKey ? quoted(keyColumns.front()) : QStringLiteral("rowid");
    return schema;
}

FeatureTableDatabase::Schema FeatureTableDatabase::readPostgresSchema(
    const SqlConnection& connection, const QString& table) const {
    Schema schema;
    // typcategory: S for strings (text, varchar, char), N for numbers.
    for (const auto& row : connection.query(
             QStringLiteral("SELECT a.attname, t.typname, t.typcategory FROM pg_attribute a "
                            "JOIN pg_type t ON t.oid = a.atttypid "
                            "WHERE a.attrelid = to_regclass(quote_ident(?1)) AND a.attnum > 0 "
                            "AND NOT a.attisdropped ORDER BY a.attnum"),
             {table})) {
        const QString type = row.at(1).toString();
        if (type == QLatin1String("geometry") || type == QLatin1String("geography")) {
            continue;
        }
        const QString category = row.at(2).toString();
        schema.columns.push_back(
            {row.at(0).toString(), category == QLatin1String("S"), category == QLatin1String("N")});
    }
    // GDAL made the fid the table's primary key.
    const auto keys = connection.query(
        QStringLiteral(
            "SELECT a.attname, t.typname FROM pg_index i "
            "JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey) "
            "JOIN pg_type t ON t.oid = a.atttypid "
            "WHERE i.indrelid = to_regclass(quote_ident(?1)) AND i.indisprimary"),
        {table});
    const QStringList integerTypes{QStringLiteral("int2"), QStringLiteral("int4"),
                                   QStringLiteral("int8")};
    if (keys.size() != 1 || !integerTypes.contains(keys.front().at(1).toString())) {
        throw Error(tr("the table has no integer primary key"));
    }
    schema.fidExpression = quoted(keys.front().at(0).toString());
    return schema;
}

QString FeatureTableDatabase::matches(const QString& quotedColumn) const {
    return quotedColumn + (dialect_ == SqlConnection::Dialect::Postgres
                               ? QLatin1String(" ILIKE ?1 ESCAPE '\\'")
                               : QLatin1String(" LIKE ?1 ESCAPE '\\'"));
}

QString FeatureTableDatabase::orderTerm(const QString& quotedColumn, bool text,
                                        bool descending) const {
    QString term = quotedColumn;
    if (dialect_ == SqlConnection::Dialect::Sqlite) {
        if (text) {
            term += QLatin1String(" COLLATE NOCASE");
        }
        return descending ? term + QLatin1String(" DESC") : term;
    }
    // PostgreSQL sorts NULL last by default; SQLite, and so the table on a file, first.
    return term + (descending ? QLatin1String(" DESC NULLS LAST") : QLatin1String(" NULLS FIRST"));
}

std::vector<qint64> FeatureTableDatabase::selectFids(
    const QString& sql, const QString& pattern, const std::function<bool()>& superseded) const {
    if (dialect_ == SqlConnection::Dialect::Sqlite) {
        return selectSqliteFids(sql, pattern, superseded);
    }
    const std::unique_ptr<SqlConnection> connection = connect();
    std::vector<QVariant> values;
    if (!pattern.isEmpty()) {
        values.emplace_back(pattern);
    }
    std::vector<qint64> fids;
    const auto rows = connection->query(sql, values);
    fids.reserve(rows.size());
    for (const auto& row : rows) {
        fids.push_back(row.front().toLongLong());
    }
    return fids;
}

std::vector<qint64> FeatureTableDatabase::selectSqliteFids(
    const QString& sql, const QString& pattern, const std::function<bool()>& superseded) const {
    if (!QFileInfo::exists(dataset_)) {
        throw Error(tr("the file does not exist"));
    }
    SqliteDatabase db(dataset_, SqliteDatabase::Mode::ReadOnly);
    sqlite3_progress_handler(db.handle(), 20000, &callSuperseded,
                             const_cast<std::function<bool()>*>(&superseded));
    const StatementPtr statement = prepare(db.handle(), sql);
    if (!pattern.isEmpty()) {
        const QByteArray utf8 = pattern.toUtf8();
        sqlite3_bind_text(statement.get(), 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    std::vector<qint64> fids;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement.get())) == SQLITE_ROW) {
        fids.push_back(sqlite3_column_int64(statement.get(), 0));
    }
    if (rc != SQLITE_DONE) {
        throw Error(QString::fromUtf8(sqlite3_errmsg(db.handle())));
    }
    return fids;
}

}  // namespace gis
