// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace tests {

/// A throwaway PostgreSQL 15 server with PostGIS for the tests of one process: made with initdb in
/// a fresh temporary folder on first use, reachable only through a Unix socket in that folder
/// (trust authentication, fsync off), stopped and removed when the process exits. Each test
/// process gets its own folder and port, so test processes run side by side (ctest -j2).
///
/// Missing server binaries are a failure, never a skip: shared() throws, asking for ./lanxi setup.
/// As root the server runs as the `postgres` user, since PostgreSQL refuses to run as root.
/// Not thread-safe: call it from the test thread.
class PostgresCluster {
public:
    static PostgresCluster& shared();
    ~PostgresCluster();
    PostgresCluster(const PostgresCluster&) = delete;
    PostgresCluster& operator=(const PostgresCluster&) = delete;

    /// A new database named after `prefix` (lower-case letters, digits, _) with PostGIS installed.
    QString createDatabase(const QString& prefix = QStringLiteral("lx"));

    /// libpq key=value conninfo; the superuser when `user` is empty.
    QString conninfo(const QString& database, const QString& user = {}) const;
    /// GDAL's "PG:dbname=… host=… port=… user=…".
    QString gdalName(const QString& database, const QString& user = {}) const;
    /// "postgresql://user@/database?host=<socket folder, percent-encoded>&port=…".
    QString uri(const QString& database, const QString& user = {}) const;

    /// `postgres` when the tests run as root, else the user running them (initdb's default).
    const QString& superuser() const { return superuser_; }
    /// The folder holding the server's socket (and its data).
    QString socketDirectory() const { return folder_.path(); }
    int port() const { return port_; }

private:
    PostgresCluster();
    /// Runs a server binary (as `postgres` when root); throws with its output when it fails.
    void run(const QString& program, const QStringList& arguments) const;
    bool tryStart(int port);
    void stop() noexcept;

    QTemporaryDir folder_;
    QString superuser_;
    int port_ = 0;
    bool running_ = false;
    bool hasTemplate_ = false;
    int databaseCount_ = 0;
};

}  // namespace tests
