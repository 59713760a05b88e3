// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/history_record.h"

#include <QDir>

namespace core {

namespace {

QString textLiteral(const QString& text) {
    QString escaped = text;
    escaped.replace(u'\'', QStringLiteral("''"));
    return u'\'' + escaped + u'\'';
}

QString blobLiteral(const std::optional<FeatureState>& state, gis::SqlConnection::Dialect dialect) {
    if (!state || state->wkb.isEmpty()) {
        return QStringLiteral("NULL");
    }
    const QString hex = QString::fromLatin1(state->wkb.toHex());
    return dialect == gis::SqlConnection::Dialect::Postgres
               ? QStringLiteral("'\\x%1'::bytea").arg(hex)
               : QStringLiteral("X'%1'").arg(hex);
}

QString attributesLiteral(const std::optional<FeatureState>& state) {
    return state ? textLiteral(state->attributesJson()) : QStringLiteral("NULL");
}

}  // namespace

QString HistoryRecord::insertSql(gis::SqlConnection::Dialect dialect) const {
    return QStringLiteral(
               "INSERT INTO lx_history (user_name, time_utc, dataset, layer, feature_id, "
               "operation, geometry_before, geometry_after, attributes_before, attributes_after) "
               "VALUES (%1, %2, %3, %4, %5, %6, %7, %8, %9, %10)")
        .arg(textLiteral(user), textLiteral(timeUtc), textLiteral(dataset), textLiteral(layer))
        .arg(fid)
        .arg(textLiteral(operation), blobLiteral(before, dialect), blobLiteral(after, dialect),
             attributesLiteral(before), attributesLiteral(after));
}

QString HistoryRecord::currentUser() {
    for (const char* variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty()) {
            return name;
        }
    }
    return QDir::home().dirName();
}

}  // namespace core
