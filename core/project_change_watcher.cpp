// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project_change_watcher.h"

#include "core/history_record.h"
#include "core/postgis_project_store.h"
#include "core/project_database.h"
#include "core/project_store_factory.h"
#include "gis/error.h"
#include "gis/postgres_database.h"

#include <QCryptographicHash>
#include <QSocketNotifier>

namespace core {

namespace {

/// How many reported ids a server watcher remembers to tell late commits from repeats.
constexpr std::size_t kRememberedIds = 4096;

}  // namespace

ProjectChangeWatcher::ProjectChangeWatcher(const QString& location, QObject* parent)
    : QObject(parent), location_(location), isDatabase_(ProjectStoreFactory::isDatabase(location)) {
    openConnection();
    if (!store_) {
        throw gis::Error(tr("Cannot follow the changes of %1").arg(location));
    }
    baseline_ = lastId_ = storedLastId();
    fingerprint_ = projectFingerprint();
    timer_.setInterval(isDatabase_ ? kServerPollMs : kFilePollMs);
    QObject::connect(&timer_, &QTimer::timeout, this, &ProjectChangeWatcher::poll);
    timer_.start();
}

ProjectChangeWatcher::~ProjectChangeWatcher() = default;

void ProjectChangeWatcher::openConnection() {
    notifier_.reset();
    store_.reset();
    dataVersion_ = -1;
    if (isDatabase_) {
        auto store = std::make_unique<PostgisProjectStore>(location_);
        gis::PostgresDatabase& db = store->postgres();
        db.listen(QString::fromLatin1(PostgisProjectStore::kHistoryChannel));
        db.listen(QString::fromLatin1(PostgisProjectStore::kProjectChannel));
        notifier_ = std::make_unique<QSocketNotifier>(db.socketDescriptor(), QSocketNotifier::Read);
        QObject::connect(notifier_.get(), &QSocketNotifier::activated, this,
                         &ProjectChangeWatcher::readNotifications);
        store_ = std::move(store);
    } else {
        store_ = std::make_unique<ProjectDatabase>(location_, ProjectDatabase::Access::ReadOnly);
        dataVersion_ = dataVersion();
    }
}

void ProjectChangeWatcher::disconnectAfter(const QString& message) {
    notifier_.reset();
    store_.reset();
    if (!lost_) {
        lost_ = true;
        Q_EMIT connectionLost(message);
    }
}

void ProjectChangeWatcher::checkNow() {
    poll();
}

void ProjectChangeWatcher::acknowledgeSaves() {
    if (!store_) {
        return;
    }
    try {
        if (isDatabase_) {
            readNotifications();  // what arrived before now is covered by the refresh
        } else {
            dataVersion_ = dataVersion();
            checkProject();  // a commit of another session may hide behind ours
        }
        if (store_) {
            baseline_ = lastId_ = std::max(lastId_, storedLastId());
        }
    } catch (const gis::Error& error) {
        disconnectAfter(error.message());
    }
}

void ProjectChangeWatcher::acknowledgeProject() {
    if (!store_) {
        return;
    }
    try {
        fingerprint_ = projectFingerprint();
    } catch (const gis::Error& error) {
        disconnectAfter(error.message());
    }
}

void ProjectChangeWatcher::checkProject() {
    const QByteArray fingerprint = projectFingerprint();
    if (fingerprint != fingerprint_) {
        fingerprint_ = fingerprint;
        Q_EMIT projectChanged();
    }
}

void ProjectChangeWatcher::poll() {
    if (!store_) {
        try {
            openConnection();
        } catch (const gis::Error&) {
            store_.reset();
            return;  // still lost; try again at the next poll
        }
        lost_ = false;
        // Whatever changed meanwhile: the rows since the last one reported, and the project.
        try {
            reportHistorySince(lastId_);
            checkProject();
        } catch (const gis::Error& error) {
            disconnectAfter(error.message());
            return;
        }
        Q_EMIT connectionRestored();
        return;
    }
    try {
        if (isDatabase_) {
            readNotifications();
            if (!store_) {
                return;
            }
            // The notifications are what counts; this also notices a dead connection.
            if (storedLastId() > lastId_) {
                reportHistorySince(lastId_);
            }
            return;
        }
        const qint64 version = dataVersion();
        if (version == dataVersion_) {
            return;
        }
        dataVersion_ = version;
        if (storedLastId() > lastId_) {
            reportHistorySince(lastId_);
        }
        checkProject();
    } catch (const gis::Error& error) {
        disconnectAfter(error.message());
    }
}

void ProjectChangeWatcher::readNotifications() {
    if (!store_ || !isDatabase_) {
        return;
    }
    auto& db = static_cast<PostgisProjectStore&>(*store_).postgres();
    try {
        // Queries read the socket too, so a notification may wait in libpq's queue: loop.
        for (;;) {
            const auto notifications = db.takeNotifications();
            if (notifications.empty()) {
                return;
            }
            std::int64_t firstNew = -1;
            bool project = false;
            for (const auto& notification : notifications) {
                if (notification.channel == QLatin1String(PostgisProjectStore::kProjectChannel)) {
                    project = true;
                    continue;
                }
                bool ok = false;
                const std::int64_t id = notification.payload.toLongLong(&ok);
                if (ok && id > baseline_ && !reported_.count(id) &&
                    (firstNew < 0 || id < firstNew)) {
                    firstNew = id;
                }
            }
            if (firstNew >= 0) {
                reportHistorySince(std::min(firstNew - 1, lastId_));
            }
            if (project && store_) {
                checkProject();  // our own change is announced too, and acknowledged
            }
            if (!store_) {
                return;  // a slot above acknowledged or failed
            }
        }
    } catch (const gis::Error& error) {
        disconnectAfter(error.message());
    }
}

void ProjectChangeWatcher::reportHistorySince(std::int64_t afterId) {
    std::vector<HistoryRecord> fresh;
    for (HistoryRecord& record : store_->historySince(std::max(afterId, baseline_))) {
        if (reported_.insert(record.id).second) {
            lastId_ = std::max(lastId_, record.id);
            fresh.push_back(std::move(record));
        }
    }
    while (reported_.size() > kRememberedIds) {
        reported_.erase(reported_.begin());
    }
    report(fresh);
}

void ProjectChangeWatcher::report(const std::vector<HistoryRecord>& records) {
    // One signal per run of rows of the same layer and user: one save is one message.
    for (std::size_t i = 0; i < records.size();) {
        const HistoryRecord& first = records[i];
        QList<qint64> fids;
        std::size_t end = i;
        for (; end < records.size() && records[end].layer == first.layer &&
               records[end].dataset == first.dataset && records[end].user == first.user;
             ++end) {
            if (!fids.contains(records[end].fid)) {
                fids.append(records[end].fid);
            }
        }
        Q_EMIT featuresSaved(first.layer, fids, first.user, first.dataset);
        i = end;
    }
}

std::int64_t ProjectChangeWatcher::storedLastId() const {
    const auto value =
        store_->connection().scalar(QStringLiteral("SELECT COALESCE(max(id), 0) FROM lx_history"));
    return value ? value->toLongLong() : 0;
}

QByteArray ProjectChangeWatcher::projectFingerprint() const {
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const char* table : {"lx_layer", "lx_bookmark", "lx_layout"}) {
        if (!store_->connection().tableExists(QString::fromLatin1(table))) {
            continue;
        }
        hash.addData(table);
        for (const auto& row : store_->connection().query(
                 QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(QLatin1String(table)))) {
            for (const QVariant& value : row) {
                hash.addData(value.toByteArray());
                hash.addData(QByteArrayView("\x1f", 1));
            }
            hash.addData(QByteArrayView("\x1e", 1));
        }
    }
    return hash.result();
}

qint64 ProjectChangeWatcher::dataVersion() const {
    return store_->connection().scalar(QStringLiteral("PRAGMA data_version"))->toLongLong();
}

}  // namespace core
