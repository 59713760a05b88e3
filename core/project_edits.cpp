// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project_edits.h"

#include "core/edit_session.h"
#include "core/project.h"

namespace core {

ProjectEdits::ProjectEdits(QObject* parent) : QObject(parent) {}

ProjectEdits::~ProjectEdits() = default;

void ProjectEdits::setProject(const Project* project) {
    undoOrder_.clear();
    sessions_.clear();
    touched_.clear();
    project_ = project;
    Q_EMIT pendingChanged();
}

const LayerRecord* ProjectEdits::record(const QString& key) const {
    if (!project_) {
        return nullptr;
    }
    for (const LayerRecord& record : project_->layerRecords()) {
        if (record.key == key) {
            return &record;
        }
    }
    return nullptr;
}

QString ProjectEdits::canonicalKey(const QString& key) const {
    // Several layers may show one table (the plan areas by theme): they share one session.
    const LayerRecord* layer = record(key);
    if (!layer) {
        return key;
    }
    const QString dataset = project_->resolvedDataset(*layer);
    for (const LayerRecord& other : project_->layerRecords()) {
        if (other.table == layer->table && project_->resolvedDataset(other) == dataset) {
            return other.key;
        }
    }
    return key;
}

EditSession* ProjectEdits::session(const QString& key) const {
    const auto found = sessions_.find(canonicalKey(key));
    return found == sessions_.end() ? nullptr : found->second.get();
}

EditSession* ProjectEdits::startEditing(const QString& requested) {
    const QString key = canonicalKey(requested);
    if (EditSession* existing = session(key)) {
        return existing;
    }
    const LayerRecord* layer = record(key);
    if (!layer) {
        return nullptr;
    }
    auto created = std::make_unique<EditSession>(project_->resolvedDataset(*layer), layer->table,
                                                 project_->path());
    EditSession* started = created.get();
    undoOrder_.addStack(&started->undoStack());
    connect(started, &EditSession::featuresChanged, this, [this, key](const QList<qint64>& fids) {
        touched_[key].insert(fids.begin(), fids.end());
        Q_EMIT featuresChanged(key, fids);
        Q_EMIT pendingChanged();
    });
    connect(&started->undoStack(), &QUndoStack::cleanChanged, this, &ProjectEdits::pendingChanged);
    sessions_.emplace(key, std::move(created));
    return started;
}

bool ProjectEdits::hasPendingEdits() const {
    for (const auto& [key, edited] : sessions_) {
        if (edited->hasPendingEdits()) {
            return true;
        }
    }
    return false;
}

bool ProjectEdits::save(const ConflictResolver& resolve) {
    bool wrote = false;
    bool finished = true;
    for (auto& [key, edited] : sessions_) {
        while (finished && edited->hasPendingEdits()) {
            try {
                edited->save();
                wrote = true;
                touched_.erase(key);
            } catch (const SaveConflict& conflict) {
                // Nothing was written; settle each feature, then save this layer again.
                const auto choices = resolve(conflict);
                if (!choices || choices->size() != conflict.conflicts().size()) {
                    finished = false;
                    break;
                }
                for (std::size_t i = 0; i < choices->size(); ++i) {
                    edited->resolveConflict(conflict.conflicts()[i], (*choices)[i]);
                }
            }
        }
    }
    Q_EMIT pendingChanged();
    if (wrote) {
        Q_EMIT saved();
    }
    return finished;
}

void ProjectEdits::discard() {
    for (auto& [key, edited] : sessions_) {
        edited->discard();
    }
    touched_.clear();
    Q_EMIT pendingChanged();
}

std::vector<QString> ProjectEdits::layersWithRecoveryJournal() const {
    std::vector<QString> keys;
    if (!project_) {
        return keys;
    }
    for (const LayerRecord& layer : project_->layerRecords()) {
        if (canonicalKey(layer.key) == layer.key &&
            EditSession::hasRecoveryJournal(project_->resolvedDataset(layer), layer.table)) {
            keys.push_back(layer.key);
        }
    }
    return keys;
}

std::map<QString, std::set<std::int64_t>> ProjectEdits::pendingFeatures() const {
    std::map<QString, std::set<std::int64_t>> pending;
    for (const auto& [key, fids] : touched_) {
        const EditSession* edited = session(key);
        if (!edited || !edited->hasPendingEdits()) {
            continue;
        }
        for (const std::int64_t fid : fids) {
            if (edited->feature(fid)) {
                pending[key].insert(fid);
            }
        }
    }
    return pending;
}

std::map<QString, std::shared_ptr<const gis::FeatureIdSet>> ProjectEdits::replacedStoredFeatures()
    const {
    std::map<QString, std::shared_ptr<const gis::FeatureIdSet>> excluded;
    if (!project_) {
        return excluded;
    }
    for (const LayerRecord& layer : project_->layerRecords()) {
        const EditSession* edited = session(layer.key);
        std::set<std::int64_t> replaced =
            edited ? edited->replacedStoredFeatures() : std::set<std::int64_t>();
        if (!replaced.empty()) {
            excluded.emplace(layer.key,
                             std::make_shared<const gis::FeatureIdSet>(std::move(replaced)));
        }
    }
    return excluded;
}

}  // namespace core
