// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/postgres_conninfo.h"

#include "gis/error.h"

#include <QStringList>

#include <libpq-fe.h>

#include <memory>

namespace gis {

namespace {

struct OptionsFree {
    void operator()(PQconninfoOption* options) const { PQconninfoFree(options); }
};

/// GDAL reads these itself; libpq would refuse them.
bool isGdalOnlyKey(const QString& key) {
    return key == QLatin1String("schemas") || key == QLatin1String("tables") ||
           key == QLatin1String("active_schema");
}

}  // namespace

QString PostgresConninfo::quoted(const QString& value) {
    QString escaped = value;
    escaped.replace(u'\\', QStringLiteral("\\\\"));
    escaped.replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + escaped + u'\'';
}

bool PostgresConninfo::looksLikeConnection(const QString& text) {
    return text.startsWith(QLatin1String("PG:"), Qt::CaseInsensitive) ||
           text.startsWith(QLatin1String("postgresql://")) ||
           text.startsWith(QLatin1String("postgres://"));
}

PostgresConninfo PostgresConninfo::parse(const QString& text) {
    QString libpqText = text.trimmed();
    if (libpqText.startsWith(QLatin1String("PG:"), Qt::CaseInsensitive)) {
        libpqText = libpqText.mid(3);
        QStringList kept;
        for (const QString& pair : libpqText.split(u' ', Qt::SkipEmptyParts)) {
            if (!isGdalOnlyKey(pair.section(u'=', 0, 0).trimmed())) {
                kept << pair;
            }
        }
        libpqText = kept.join(u' ');
    }
    char* error = nullptr;
    std::unique_ptr<PQconninfoOption, OptionsFree> options(
        PQconninfoParse(libpqText.toUtf8().constData(), &error));
    if (!options) {
        const QString reason = error ? QString::fromUtf8(error).trimmed() : tr("out of memory");
        PQfreemem(error);
        throw Error(tr("Not a PostgreSQL connection: %1 (%2)").arg(text, reason));
    }
    PostgresConninfo conninfo;
    for (const PQconninfoOption* option = options.get(); option->keyword; ++option) {
        if (option->val && *option->val) {
            conninfo.values_[QString::fromUtf8(option->keyword)] = QString::fromUtf8(option->val);
        }
    }
    if (conninfo.value(QStringLiteral("dbname")).isEmpty()) {
        throw Error(tr("The PostgreSQL connection %1 names no database").arg(text));
    }
    return conninfo;
}

QString PostgresConninfo::value(const QString& key) const {
    const auto it = values_.find(key);
    return it != values_.end() ? it->second : QString();
}

QString PostgresConninfo::keyValue() const {
    QStringList pairs;
    for (const auto& [key, value] : values_) {
        pairs << key + u'=' + quoted(value);
    }
    return pairs.join(u' ');
}

QString PostgresConninfo::keyValueWithoutPassword() const {
    PostgresConninfo copy = *this;
    copy.values_.erase(QStringLiteral("password"));
    return copy.keyValue();
}

QString PostgresConninfo::gdalName() const {
    return QStringLiteral("PG:") + keyValue();
}

QString PostgresConninfo::describe() const {
    QString where = value(QStringLiteral("host"));
    if (where.isEmpty()) {
        where = QStringLiteral("localhost");
    }
    if (!value(QStringLiteral("port")).isEmpty()) {
        where += u':' + value(QStringLiteral("port"));
    }
    QString text = tr("database %1 on %2").arg(value(QStringLiteral("dbname")), where);
    if (!value(QStringLiteral("user")).isEmpty()) {
        text += tr(" as %1").arg(value(QStringLiteral("user")));
    }
    return text;
}

}  // namespace gis
