// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "gis/sql_connection.h"

#include <QString>
#include <QVariant>

#include <memory>
#include <vector>

struct pg_conn;  // libpq's PGconn; libpq headers stay out of this header

namespace gis {

/// One connection to a PostgreSQL server through libpq. Statements are written with ?1, ?2 …
/// like every SqlConnection; they become $1, $2 … outside quoted text. Values are sent untyped
/// (text, or binary bytea for a QByteArray), so the server infers their type from the statement:
/// write ?1::bigint where nothing else tells it. Results come back as qlonglong (integers, oid,
/// bool as 0/1), double (float, numeric), QByteArray (bytea) or QString (everything else).
/// Failures throw PostgresError, which carries the SQLSTATE.
///
/// Not thread-safe: one connection per thread, as libpq requires. LISTEN/NOTIFY: listen(), then
/// watch socketDescriptor() with a QSocketNotifier on the owning thread and call
/// takeNotifications() when it is readable.
class PostgresDatabase final : public SqlConnection {
    Q_DECLARE_TR_FUNCTIONS(PostgresDatabase)

public:
    /// One NOTIFY received on a channel this connection listens to.
    struct Notification {
        QString channel;
        QString payload;
        int backendPid = 0;
    };

    /// `conninfo` is anything PQconnectdb accepts (key=value pairs or a postgresql:// URI), or
    /// GDAL's "PG:key=value …" form, whose GDAL-only keys (schemas=, tables=, active_schema= …)
    /// are dropped. Throws PostgresError naming the database and host when the connection fails.
    explicit PostgresDatabase(const QString& conninfo);
    ~PostgresDatabase() override;
    PostgresDatabase(const PostgresDatabase&) = delete;
    PostgresDatabase& operator=(const PostgresDatabase&) = delete;

    Dialect dialect() const override { return Dialect::Postgres; }
    /// "database lanxi on /run/postgresql:5432" or "database lanxi on gis.example.org:5432".
    QString displayName() const override { return displayName_; }
    /// Without values the text may hold several statements.
    void execute(const QString& sql) override;
    void execute(const QString& sql, const std::vector<QVariant>& values) override;
    std::vector<std::vector<QVariant>> query(
        const QString& sql, const std::vector<QVariant>& values = {}) const override;
    /// Whether `table` (an exact name, not schema-qualified) is visible on the search path.
    bool tableExists(const QString& table) const override;
    void begin() override;
    void commit() override;
    void rollback() noexcept override;

    /// The libpq form of the conninfo this connection was opened with, to open another one.
    const QString& conninfo() const { return conninfo_; }
    QString currentUser() const;
    /// As PQserverVersion: 150004 for 15.4.
    int serverVersion() const;

    /// The password verifier (SCRAM-SHA-256 or whatever the server's password_encryption says)
    /// for `user`, computed here so that the clear password never reaches the server or its log.
    QString encryptPassword(const QString& user, const QString& password) const;

    /// LISTEN on `channel` (an exact name, quoted here).
    void listen(const QString& channel);
    /// The socket to watch for incoming notifications.
    int socketDescriptor() const;
    /// Reads what the server sent and returns the notifications received so far; never blocks.
    std::vector<Notification> takeNotifications();

private:
    struct Finisher {
        void operator()(pg_conn* connection) const;
    };

    QString conninfo_;
    QString displayName_;
    std::unique_ptr<pg_conn, Finisher> connection_;
};

}  // namespace gis
