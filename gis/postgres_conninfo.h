// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <map>

namespace gis {

/// A PostgreSQL connection as libpq reads it: a URI ("postgresql://user@host:5432/db",
/// "postgresql://user@/db?host=/run/postgresql") or key=value pairs ("dbname=lanxi host=…"),
/// optionally behind GDAL's "PG:" prefix. Parsed by libpq itself, so every form libpq takes works
/// and a malformed one is refused with libpq's reason.
class PostgresConninfo {
    Q_DECLARE_TR_FUNCTIONS(PostgresConninfo)

public:
    /// Throws gis::Error naming the text when libpq cannot parse it or it names no database.
    static PostgresConninfo parse(const QString& text);
    /// A value for key=value pairs, quoted so that spaces, quotes and backslashes survive.
    static QString quoted(const QString& value);
    /// Whether the text looks like a connection rather than a file path.
    static bool looksLikeConnection(const QString& text);

    /// key=value pairs libpq connects with (values quoted).
    QString keyValue() const;
    /// The same, without any password: safe to save in settings or show.
    QString keyValueWithoutPassword() const;
    /// GDAL's name for the database: "PG:" + keyValue().
    QString gdalName() const;
    /// "database lanxi on /run/postgresql:5433 as li".
    QString describe() const;
    QString value(const QString& key) const;

private:
    std::map<QString, QString> values_;
};

}  // namespace gis
