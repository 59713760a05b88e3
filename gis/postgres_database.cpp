// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/postgres_database.h"

#include "gis/postgres_error.h"

#include <QLoggingCategory>

#include <libpq-fe.h>

#include <cmath>
#include <limits>

namespace gis {

namespace {

Q_LOGGING_CATEGORY(lcPostgres, "lanxi.postgres", QtInfoMsg)

struct ResultClearer {
    void operator()(PGresult* result) const { PQclear(result); }
};
using ResultPtr = std::unique_ptr<PGresult, ResultClearer>;

/// For the buffers libpq allocates for us (escaped names, bytea, notifications, passwords).
struct PqFreer {
    void operator()(void* memory) const { PQfreemem(memory); }
};
template <typename T>
using PqMemoryPtr = std::unique_ptr<T, PqFreer>;

// Type OIDs from pg_type.dat; they are fixed for the built-in types.
constexpr Oid kBoolOid = 16;
constexpr Oid kByteaOid = 17;
constexpr Oid kInt8Oid = 20;
constexpr Oid kInt2Oid = 21;
constexpr Oid kInt4Oid = 23;
constexpr Oid kOidOid = 26;
constexpr Oid kFloat4Oid = 700;
constexpr Oid kFloat8Oid = 701;
constexpr Oid kNumericOid = 1700;

/// Keys GDAL's PostgreSQL driver reads from "PG:…" that libpq would refuse.
bool isGdalOnlyKey(const QString& key) {
    static const QStringList keys{"schemas", "tables", "active_schema", "list_all_tables",
                                  "skip_views"};
    return keys.contains(key.toLower());
}

QString quotedConninfoValue(const QString& value) {
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

/// libpq's conninfo for `text`: GDAL's "PG:" prefix and GDAL-only keys removed, the rest as is.
QString toLibpqConninfo(const QString& text) {
    if (!text.startsWith(QLatin1String("PG:"), Qt::CaseInsensitive)) {
        return text;
    }
    const QString rest = text.mid(3).trimmed();
    if (rest.startsWith(QLatin1String("postgresql://")) ||
        rest.startsWith(QLatin1String("postgres://"))) {
        return rest;
    }
    // key = value pairs as libpq writes them: values may be 'quoted', \ escapes one character.
    QStringList pairs;
    qsizetype i = 0;
    const qsizetype n = rest.size();
    auto skipSpaces = [&] {
        while (i < n && rest[i].isSpace()) {
            ++i;
        }
    };
    while (true) {
        skipSpaces();
        if (i >= n) {
            break;
        }
        const qsizetype keyStart = i;
        while (i < n && rest[i] != QLatin1Char('=') && !rest[i].isSpace()) {
            ++i;
        }
        const QString key = rest.mid(keyStart, i - keyStart);
        skipSpaces();
        if (i >= n || rest[i] != QLatin1Char('=')) {
            return rest;  // not key=value; let libpq explain what is wrong with it
        }
        ++i;
        skipSpaces();
        QString value;
        const bool quoted = i < n && rest[i] == QLatin1Char('\'');
        if (quoted) {
            ++i;
        }
        while (i < n) {
            const QChar c = rest[i];
            if (c == QLatin1Char('\\') && i + 1 < n) {
                value += rest[i + 1];
                i += 2;
                continue;
            }
            if (quoted ? c == QLatin1Char('\'') : c.isSpace()) {
                break;
            }
            value += c;
            ++i;
        }
        if (quoted) {
            ++i;  // the closing quote
        }
        if (!isGdalOnlyKey(key)) {
            pairs << key + QLatin1Char('=') + quotedConninfoValue(value);
        }
    }
    return pairs.join(QLatin1Char(' '));
}

bool isIdentifierChar(QChar c) {
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('$');
}

/// The index just past the quoted text that starts at `start` with `quote`; a doubled quote is
/// one character, and with `backslashEscapes` (E'…') so is a backslash and what follows it.
qsizetype endOfQuoted(const QString& sql, qsizetype start, QChar quote, bool backslashEscapes) {
    qsizetype i = start + 1;
    while (i < sql.size()) {
        if (backslashEscapes && sql[i] == QLatin1Char('\\')) {
            i += 2;
        } else if (sql[i] == quote) {
            if (i + 1 < sql.size() && sql[i + 1] == quote) {
                i += 2;
            } else {
                return i + 1;
            }
        } else {
            ++i;
        }
    }
    return sql.size();
}

/// The tag of a dollar quote ("$$" or "$name$") starting at `start`, or an empty string.
QString dollarTag(const QString& sql, qsizetype start) {
    qsizetype i = start + 1;
    while (i < sql.size() && sql[i] != QLatin1Char('$')) {
        const QChar c = sql[i];
        const bool ok = c.isLetter() || c == QLatin1Char('_') || (i > start + 1 && c.isDigit());
        if (!ok) {
            return {};
        }
        ++i;
    }
    return i < sql.size() ? sql.mid(start, i - start + 1) : QString();
}

/// ?1, ?2 … become $1, $2 … except inside strings, quoted identifiers, dollar quotes and
/// comments. A ? not followed by a digit (jsonb's ? operator) stays.
QString toDollarPlaceholders(const QString& sql) {
    QString out;
    out.reserve(sql.size());
    const qsizetype n = sql.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = sql[i];
        const QChar next = i + 1 < n ? sql[i + 1] : QChar();
        const bool afterIdentifier = i > 0 && isIdentifierChar(sql[i - 1]);
        qsizetype end = i + 1;
        if (c == QLatin1Char('\'')) {
            const bool escapes = afterIdentifier && sql[i - 1].toLower() == QLatin1Char('e') &&
                                 (i < 2 || !isIdentifierChar(sql[i - 2]));
            end = endOfQuoted(sql, i, c, escapes);
        } else if (c == QLatin1Char('"')) {
            end = endOfQuoted(sql, i, c, false);
        } else if (c == QLatin1Char('-') && next == QLatin1Char('-')) {
            end = sql.indexOf(QLatin1Char('\n'), i);
            end = end < 0 ? n : end;
        } else if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
            int depth = 0;  // PostgreSQL's block comments nest
            end = i;
            do {
                if (sql.mid(end, 2) == QLatin1String("/*")) {
                    ++depth;
                    end += 2;
                } else if (sql.mid(end, 2) == QLatin1String("*/")) {
                    --depth;
                    end += 2;
                } else {
                    ++end;
                }
            } while (depth > 0 && end < n);
        } else if (c == QLatin1Char('$') && !afterIdentifier) {
            const QString tag = dollarTag(sql, i);
            if (!tag.isEmpty()) {
                const qsizetype close = sql.indexOf(tag, i + tag.size());
                end = close < 0 ? n : close + tag.size();
            }
        } else if (c == QLatin1Char('?') && next.isDigit()) {
            out += QLatin1Char('$');
            ++i;
            continue;
        }
        out += QStringView(sql).mid(i, end - i);
        i = end;
    }
    return out;
}

QByteArray doubleText(double value) {
    if (std::isnan(value)) {
        return "NaN";
    }
    if (std::isinf(value)) {
        return value > 0 ? "Infinity" : "-Infinity";
    }
    return QByteArray::number(value, 'g', 17);
}

double parseDouble(const char* text) {
    const QByteArray value(text);
    if (value == "NaN") {
        return std::numeric_limits<double>::quiet_NaN();
    }
    if (value == "Infinity") {
        return std::numeric_limits<double>::infinity();
    }
    if (value == "-Infinity") {
        return -std::numeric_limits<double>::infinity();
    }
    return value.toDouble();
}

/// The parameters of one PQexecParams call; the arrays point into `data`.
struct Parameters {
    explicit Parameters(const std::vector<QVariant>& values) {
        data.reserve(values.size());
        for (const QVariant& value : values) {
            const bool isNull = !value.isValid() || value.isNull();
            const bool binary = !isNull && value.typeId() == QMetaType::QByteArray;
            switch (isNull ? QMetaType::UnknownType : value.typeId()) {
                case QMetaType::UnknownType:
                    data.emplace_back();
                    break;
                case QMetaType::Bool:
                    data.push_back(value.toBool() ? "1" : "0");
                    break;
                case QMetaType::Double:
                case QMetaType::Float:
                    data.push_back(doubleText(value.toDouble()));
                    break;
                case QMetaType::QByteArray:
                    data.push_back(value.toByteArray());
                    break;
                default:
                    data.push_back(value.toString().toUtf8());
            }
            types.push_back(binary ? kByteaOid : 0);  // 0: the server infers the type
            formats.push_back(binary ? 1 : 0);
            lengths.push_back(int(data.back().size()));
            pointers.push_back(isNull ? nullptr : data.back().constData());
        }
    }

    std::vector<QByteArray> data;
    std::vector<Oid> types;
    std::vector<const char*> pointers;
    std::vector<int> lengths;
    std::vector<int> formats;
};

QVariant cellValue(const PGresult* result, int row, int column) {
    if (PQgetisnull(result, row, column)) {
        return {};
    }
    const char* text = PQgetvalue(result, row, column);
    switch (PQftype(result, column)) {
        case kInt2Oid:
        case kInt4Oid:
        case kInt8Oid:
        case kOidOid:
            return QByteArray(text).toLongLong();
        case kFloat4Oid:
        case kFloat8Oid:
        case kNumericOid:
            return parseDouble(text);
        case kBoolOid:
            return qlonglong(text[0] == 't' ? 1 : 0);
        case kByteaOid: {
            size_t length = 0;
            PqMemoryPtr<unsigned char> bytes(
                PQunescapeBytea(reinterpret_cast<const unsigned char*>(text), &length));
            return bytes ? QByteArray(reinterpret_cast<const char*>(bytes.get()), qsizetype(length))
                         : QByteArray();
        }
        default:
            return QString::fromUtf8(text, PQgetlength(result, row, column));
    }
}

void forwardNotice(void*, const char* message) {
    qCDebug(lcPostgres, "%s", message);
}

QString describeServer(PGconn* connection) {
    const QString host = QString::fromUtf8(PQhost(connection));
    const QString port = QString::fromUtf8(PQport(connection));
    return PostgresDatabase::tr("database %1 on %2")
        .arg(QString::fromUtf8(PQdb(connection)),
             host.isEmpty()   ? PostgresDatabase::tr("the default socket")
             : port.isEmpty() ? host
                              : host + QLatin1Char(':') + port);
}

}  // namespace

void PostgresDatabase::Finisher::operator()(pg_conn* connection) const {
    PQfinish(connection);
}

PostgresDatabase::PostgresDatabase(const QString& conninfo) : conninfo_(toLibpqConninfo(conninfo)) {
    const QByteArray info = conninfo_.toUtf8();
    // expand_dbname: the first "dbname" is the whole conninfo; the keys after it override it.
    const char* keys[] = {"dbname", "client_encoding", "fallback_application_name", nullptr};
    const char* values[] = {info.constData(), "UTF8", "lanxi-atlas", nullptr};
    connection_.reset(PQconnectdbParams(keys, values, 1));
    if (!connection_) {
        throw PostgresError(tr("Cannot connect to PostgreSQL: out of memory"), {});
    }
    displayName_ = describeServer(connection_.get());
    if (PQstatus(connection_.get()) != CONNECTION_OK) {
        throw PostgresError(
            tr("Cannot connect to %1: %2")
                .arg(displayName_, QString::fromUtf8(PQerrorMessage(connection_.get())).trimmed()),
            {});
    }
    PQsetNoticeProcessor(connection_.get(), forwardNotice, nullptr);
}

PostgresDatabase::~PostgresDatabase() = default;

namespace {

/// Throws unless `result` says the statement ran.
void check(PGconn* connection, const PGresult* result, const QString& where, const QString& sql) {
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_EMPTY_QUERY) {
        return;
    }
    QString reason;
    QString sqlState;
    if (result) {
        reason = QString::fromUtf8(PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY));
        sqlState = QString::fromUtf8(PQresultErrorField(result, PG_DIAG_SQLSTATE));
        const QString detail =
            QString::fromUtf8(PQresultErrorField(result, PG_DIAG_MESSAGE_DETAIL));
        if (!detail.isEmpty()) {
            reason += QLatin1String(". ") + detail;
        }
    }
    if (reason.isEmpty()) {
        reason = QString::fromUtf8(PQerrorMessage(connection)).trimmed();
    }
    throw PostgresError(PostgresDatabase::tr("Database error in %1: %2 (in: %3)")
                            .arg(where, reason, sql.simplified().left(120)),
                        sqlState);
}

}  // namespace

void PostgresDatabase::execute(const QString& sql) {
    const ResultPtr result(PQexec(connection_.get(), sql.toUtf8().constData()));
    check(connection_.get(), result.get(), displayName_, sql);
}

void PostgresDatabase::execute(const QString& sql, const std::vector<QVariant>& values) {
    query(sql, values);
}

std::vector<std::vector<QVariant>> PostgresDatabase::query(
    const QString& sql, const std::vector<QVariant>& values) const {
    const Parameters parameters(values);
    const ResultPtr result(
        PQexecParams(connection_.get(), toDollarPlaceholders(sql).toUtf8().constData(),
                     int(values.size()), parameters.types.data(), parameters.pointers.data(),
                     parameters.lengths.data(), parameters.formats.data(), 0));
    check(connection_.get(), result.get(), displayName_, sql);
    std::vector<std::vector<QVariant>> rows;
    const int rowCount = PQntuples(result.get());
    const int columnCount = PQnfields(result.get());
    rows.reserve(rowCount);
    for (int r = 0; r < rowCount; ++r) {
        std::vector<QVariant>& row = rows.emplace_back();
        row.reserve(columnCount);
        for (int c = 0; c < columnCount; ++c) {
            row.push_back(cellValue(result.get(), r, c));
        }
    }
    return rows;
}

bool PostgresDatabase::tableExists(const QString& table) const {
    return scalar(QStringLiteral("SELECT to_regclass(quote_ident(?1)) IS NOT NULL"), {table})
               .value_or(0)
               .toLongLong() != 0;
}

void PostgresDatabase::begin() {
    execute(QStringLiteral("BEGIN"));
}

void PostgresDatabase::commit() {
    execute(QStringLiteral("COMMIT"));
}

void PostgresDatabase::rollback() noexcept {
    const ResultPtr result(PQexec(connection_.get(), "ROLLBACK"));
}

QString PostgresDatabase::currentUser() const {
    return scalar(QStringLiteral("SELECT current_user")).value_or(QVariant()).toString();
}

int PostgresDatabase::serverVersion() const {
    return PQserverVersion(connection_.get());
}

QString PostgresDatabase::encryptPassword(const QString& user, const QString& password) const {
    const PqMemoryPtr<char> verifier(PQencryptPasswordConn(
        connection_.get(), password.toUtf8().constData(), user.toUtf8().constData(), nullptr));
    if (!verifier) {
        throw PostgresError(
            tr("Cannot encrypt the password for %1 on %2: %3")
                .arg(user, displayName_,
                     QString::fromUtf8(PQerrorMessage(connection_.get())).trimmed()),
            {});
    }
    return QString::fromUtf8(verifier.get());
}

void PostgresDatabase::listen(const QString& channel) {
    const QByteArray name = channel.toUtf8();
    const PqMemoryPtr<char> quoted(
        PQescapeIdentifier(connection_.get(), name.constData(), size_t(name.size())));
    if (!quoted) {
        throw PostgresError(
            tr("Cannot listen to %1 on %2: %3")
                .arg(channel, displayName_,
                     QString::fromUtf8(PQerrorMessage(connection_.get())).trimmed()),
            {});
    }
    execute(QStringLiteral("LISTEN ") + QString::fromUtf8(quoted.get()));
}

int PostgresDatabase::socketDescriptor() const {
    return PQsocket(connection_.get());
}

std::vector<PostgresDatabase::Notification> PostgresDatabase::takeNotifications() {
    if (PQconsumeInput(connection_.get()) == 0) {
        throw PostgresError(
            tr("Lost the connection to %1: %2")
                .arg(displayName_, QString::fromUtf8(PQerrorMessage(connection_.get())).trimmed()),
            {});
    }
    std::vector<Notification> notifications;
    while (PqMemoryPtr<PGnotify> notify{PQnotifies(connection_.get())}) {
        notifications.push_back(
            {QString::fromUtf8(notify->relname), QString::fromUtf8(notify->extra), notify->be_pid});
    }
    return notifications;
}

}  // namespace gis
