// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/sqlite_database.h"

#include "gis/error.h"

#include <QCoreApplication>

namespace gis {

namespace {

struct StatementFinalizer {
    void operator()(sqlite3_stmt* statement) const { sqlite3_finalize(statement); }
};
using StatementPtr = std::unique_ptr<sqlite3_stmt, StatementFinalizer>;

void bindValue(sqlite3_stmt* statement, int index, const QVariant& value) {
    if (!value.isValid() || value.isNull()) {
        sqlite3_bind_null(statement, index);
        return;
    }
    switch (value.typeId()) {
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::Bool:
            sqlite3_bind_int64(statement, index, value.toLongLong());
            break;
        case QMetaType::Double:
            sqlite3_bind_double(statement, index, value.toDouble());
            break;
        case QMetaType::QByteArray: {
            const QByteArray bytes = value.toByteArray();
            sqlite3_bind_blob(statement, index, bytes.constData(), int(bytes.size()),
                              SQLITE_TRANSIENT);
            break;
        }
        default: {
            const QByteArray text = value.toString().toUtf8();
            sqlite3_bind_text(statement, index, text.constData(), int(text.size()),
                              SQLITE_TRANSIENT);
        }
    }
}

QVariant columnValue(sqlite3_stmt* statement, int column) {
    switch (sqlite3_column_type(statement, column)) {
        case SQLITE_INTEGER:
            return static_cast<qlonglong>(sqlite3_column_int64(statement, column));
        case SQLITE_FLOAT:
            return sqlite3_column_double(statement, column);
        case SQLITE_TEXT:
            return QString::fromUtf8(
                reinterpret_cast<const char*>(sqlite3_column_text(statement, column)),
                sqlite3_column_bytes(statement, column));
        case SQLITE_BLOB:
            return QByteArray(static_cast<const char*>(sqlite3_column_blob(statement, column)),
                              sqlite3_column_bytes(statement, column));
        default:
            return {};
    }
}

}  // namespace

SqliteDatabase::SqliteDatabase(const QString& path, Mode mode) : path_(path) {
    sqlite3* raw = nullptr;
    const int flags =
        mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &raw, flags, nullptr);
    db_.reset(raw);
    if (rc != SQLITE_OK) {
        throw Error(SqliteDatabase::tr("Cannot open %1: %2")
                        .arg(path, QString::fromUtf8(sqlite3_errstr(rc))));
    }
    sqlite3_busy_timeout(raw, 5000);
}

void SqliteDatabase::fail(const QString& sql) const {
    throw Error(SqliteDatabase::tr("Database error in %1: %2 (in: %3)")
                    .arg(path_, QString::fromUtf8(sqlite3_errmsg(db_.get())), sql.left(120)));
}

void SqliteDatabase::execute(const QString& sql) {
    if (sqlite3_exec(db_.get(), sql.toUtf8().constData(), nullptr, nullptr, nullptr) != SQLITE_OK) {
        fail(sql);
    }
}

void SqliteDatabase::execute(const QString& sql, const std::vector<QVariant>& values) {
    query(sql, values);
}

std::vector<std::vector<QVariant>> SqliteDatabase::query(
    const QString& sql, const std::vector<QVariant>& values) const {
    sqlite3_stmt* raw = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(db_.get(), utf8.constData(), int(utf8.size()), &raw, nullptr) !=
        SQLITE_OK) {
        fail(sql);
    }
    StatementPtr statement(raw);
    for (std::size_t i = 0; i < values.size(); ++i) {
        bindValue(raw, int(i + 1), values[i]);
    }
    std::vector<std::vector<QVariant>> rows;
    const int columns = sqlite3_column_count(raw);
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(raw)) == SQLITE_ROW) {
        std::vector<QVariant>& row = rows.emplace_back();
        row.reserve(columns);
        for (int c = 0; c < columns; ++c) {
            row.push_back(columnValue(raw, c));
        }
    }
    if (rc != SQLITE_DONE) {
        fail(sql);
    }
    return rows;
}

bool SqliteDatabase::tableExists(const QString& table) const {
    return scalar(QStringLiteral(
                      "SELECT 1 FROM sqlite_master WHERE type IN ('table','view') AND name = ?1"),
                  {table})
        .has_value();
}

void SqliteDatabase::begin() {
    execute(QStringLiteral("BEGIN IMMEDIATE"));
}

void SqliteDatabase::commit() {
    execute(QStringLiteral("COMMIT"));
}

void SqliteDatabase::rollback() noexcept {
    sqlite3_exec(db_.get(), "ROLLBACK", nullptr, nullptr, nullptr);
}

}  // namespace gis
