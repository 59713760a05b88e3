// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/edit_journal.h"

#include "core/history_record.h"
#include "gis/error.h"
#include "gis/postgres_conninfo.h"

#include <QCryptographicHash>
#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace core {

namespace {

QJsonValue stateToJson(const std::optional<FeatureState>& state) {
    return state ? QJsonValue(state->toJson()) : QJsonValue(QJsonValue::Null);
}

std::optional<FeatureState> stateFromJson(const QJsonValue& value) {
    if (!value.isObject()) {
        return std::nullopt;
    }
    return FeatureState::fromJson(value.toObject());
}

}  // namespace

EditJournal::EditJournal(const QString& datasetPath, const QString& layerName)
    : path_(pathFor(datasetPath, layerName)), layerName_(layerName) {}

QString EditJournal::pathFor(const QString& datasetPath, const QString& layerName) {
    // One journal per user: analysts sharing a file (or a database) never write over each
    // other's unsaved steps.
    QString user = HistoryRecord::currentUser();
    user.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]")), QStringLiteral("_"));
    if (!gis::PostgresConninfo::looksLikeConnection(datasetPath)) {
        return QStringLiteral("%1.%2.%3.lx-journal").arg(datasetPath, layerName, user);
    }
    // A database has no folder of its own: the journal stays on this machine, named after the
    // connection without its password.
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
                           QStringLiteral("/journals");
    QDir().mkpath(folder);
    const QByteArray key =
        QCryptographicHash::hash(
            gis::PostgresConninfo::parse(datasetPath).keyValueWithoutPassword().toUtf8(),
            QCryptographicHash::Sha1)
            .toHex()
            .left(16);
    return QStringLiteral("%1/%2.%3.%4.lx-journal")
        .arg(folder, QString::fromLatin1(key), layerName, user);
}

bool EditJournal::exists() const {
    return QFile::exists(path_);
}

void EditJournal::write(const std::vector<JournalEntry>& entries) const {
    if (entries.empty()) {
        remove();
        return;
    }
    QJsonArray steps;
    for (const JournalEntry& entry : entries) {
        QJsonArray changes;
        for (const FeatureChange& change : entry.changes) {
            changes.append(QJsonObject{{QStringLiteral("fid"), qint64(change.fid)},
                                       {QStringLiteral("before"), stateToJson(change.before)},
                                       {QStringLiteral("after"), stateToJson(change.after)}});
        }
        steps.append(QJsonObject{{QStringLiteral("operation"), entry.operation},
                                 {QStringLiteral("text"), entry.text},
                                 {QStringLiteral("changes"), changes}});
    }
    const QJsonObject root{{QStringLiteral("layer"), layerName_}, {QStringLiteral("steps"), steps}};
    QSaveFile file(path_);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(root).toJson(QJsonDocument::Compact)) < 0 || !file.commit()) {
        throw gis::Error(
            tr("Cannot write the recovery journal %1: %2").arg(path_, file.errorString()));
    }
}

std::vector<JournalEntry> EditJournal::read() const {
    QFile file(path_);
    if (!file.open(QIODevice::ReadOnly)) {
        throw gis::Error(
            tr("Cannot read the recovery journal %1: %2").arg(path_, file.errorString()));
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError ||
        document.object().value(QStringLiteral("layer")).toString() != layerName_) {
        throw gis::Error(tr("%1 is not a recovery journal of layer %2").arg(path_, layerName_));
    }
    std::vector<JournalEntry> entries;
    for (const QJsonValue& step : document.object().value(QStringLiteral("steps")).toArray()) {
        JournalEntry entry;
        entry.operation = step[QStringLiteral("operation")].toString();
        entry.text = step[QStringLiteral("text")].toString();
        for (const QJsonValue& change : step[QStringLiteral("changes")].toArray()) {
            entry.changes.push_back({change[QStringLiteral("fid")].toInteger(),
                                     stateFromJson(change[QStringLiteral("before")]),
                                     stateFromJson(change[QStringLiteral("after")])});
        }
        entries.push_back(std::move(entry));
    }
    return entries;
}

void EditJournal::remove() const {
    QFile::remove(path_);
}

}  // namespace core
