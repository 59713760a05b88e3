// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/live_refresh.h"

#include "app/attribute_table_dock.h"
#include "app/ecological_dock.h"
#include "app/history_dock.h"
#include "app/layer_controller.h"
#include "core/project.h"
#include "gis/error.h"

namespace app {

LiveRefresh::LiveRefresh(Views views, QObject* parent) : QObject(parent), views_(std::move(views)) {
    refresh_.setSingleShot(true);
    refresh_.setInterval(100);
    connect(&refresh_, &QTimer::timeout, this, &LiveRefresh::refreshSaved);
}

LiveRefresh::~LiveRefresh() = default;

void LiveRefresh::follow(core::Project* project) {
    watcher_.reset();
    refresh_.stop();
    keys_.clear();
    reloadPending_ = false;
    project_ = project;
    if (!project_) {
        return;
    }
    try {
        watcher_ = std::make_unique<core::ProjectChangeWatcher>(project_->path());
    } catch (const gis::Error& error) {
        Q_EMIT message(tr("What others save will not show until the project is opened again: %1")
                           .arg(error.message()),
                       10000);
        return;
    }
    connect(watcher_.get(), &core::ProjectChangeWatcher::featuresSaved, this,
            &LiveRefresh::showSaved);
    // Queued: the reload replaces the watcher that emits it.
    connect(watcher_.get(), &core::ProjectChangeWatcher::projectChanged, this,
            &LiveRefresh::reloadRequested, Qt::QueuedConnection);
    connect(watcher_.get(), &core::ProjectChangeWatcher::connectionLost, this,
            [this](const QString& text) {
                Q_EMIT message(tr("Lost the connection to the project; trying again: %1").arg(text),
                               0);
            });
    connect(watcher_.get(), &core::ProjectChangeWatcher::connectionRestored, this,
            [this] { Q_EMIT message(tr("Connected to the project again"), 5000); });
}

void LiveRefresh::acknowledgeSaves() {
    if (watcher_) {
        watcher_->acknowledgeSaves();
    }
}

void LiveRefresh::acknowledgeProject() {
    if (watcher_) {
        watcher_->acknowledgeProject();
    }
}

void LiveRefresh::showSaved(const QString& layer, const QList<qint64>& fids, const QString& user,
                            const QString& dataset) {
    if (!project_) {
        return;
    }
    QString name = layer;
    for (const core::LayerRecord& record : project_->layerRecords()) {
        const bool sameData = dataset.isEmpty() ? record.dataset.isEmpty()
                                                : project_->resolvedDataset(record) == dataset;
        if (record.table == layer && sameData) {
            keys_.insert(record.key);
            name = record.displayName(views_.locale());
        }
    }
    Q_EMIT message(tr("%1 saved %n feature(s) in %2", nullptr, int(fids.size())).arg(user, name),
                   10000);
    if (dataset.isEmpty() && views_.history->showsAnyOf(layer, fids)) {
        views_.history->reload();
    }
    refresh_.start();
}

void LiveRefresh::refreshSaved() {
    if (!project_) {
        return;
    }
    bool zones = false;
    for (const QString& key : keys_) {
        project_->reopenSource(key);  // the legend's count follows
        for (const core::LayerRecord& record : project_->layerRecords()) {
            zones = zones || (record.key == key && record.dataset.isEmpty() &&
                              record.table == QLatin1String("plan_area"));
        }
    }
    views_.layers->refresh();  // the canvas redraws, reading the data again
    for (const QString& key : keys_) {
        views_.table->reloadLayer(key);
    }
    if (zones) {
        views_.ecology->reloadZones();
    }
    keys_.clear();
}

}  // namespace app
