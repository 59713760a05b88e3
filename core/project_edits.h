// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cross_layer_undo.h"
#include "core/save_conflict.h"
#include "gis/map_layer.h"

#include <QObject>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <vector>

namespace core {

class EditSession;
class Project;
struct LayerRecord;

/// The pending edits of an open project, whatever the interface: one EditSession per edited
/// table (layers showing the same table share it, under the key of the first), all in one undo
/// order (CrossLayerUndo); saving and discarding them all; the recovery journals a crash left;
/// and the stored features the pending edits delete or change, which every layer showing their
/// table must no longer draw. GUI thread; owns its sessions; the project must outlive it or be
/// unset.
class ProjectEdits : public QObject {
    Q_OBJECT

public:
    /// How to settle a refused save: one choice per conflicting feature, or nothing to stop
    /// (the edits then stay pending).
    using ConflictResolver =
        std::function<std::optional<std::vector<ConflictChoice>>(const SaveConflict&)>;

    explicit ProjectEdits(QObject* parent = nullptr);
    ~ProjectEdits() override;

    /// Drops every session and its pending edits (their journals stay for recovery).
    void setProject(const Project* project);
    const Project* project() const { return project_; }

    /// The key whose session edits the table `key` shows.
    QString canonicalKey(const QString& key) const;
    const LayerRecord* record(const QString& key) const;
    EditSession* session(const QString& key) const;
    /// The session of a layer, started when missing. Throws gis::Error when the layer cannot be
    /// edited (read-only, a viewer's team project, a format without writing …).
    EditSession* startEditing(const QString& key);
    const std::map<QString, std::unique_ptr<EditSession>>& sessions() const { return sessions_; }

    bool hasPendingEdits() const;
    /// Saves every layer's edits, each in its own transaction. A refused save asks `resolve` and
    /// tries again. False when the user stopped at a conflict (that layer's edits stay pending);
    /// gis::Error when a save fails. Emits saved() when anything was written.
    bool save(const ConflictResolver& resolve);
    void discard();

    /// The layers (canonical keys) with a recovery journal of this user.
    std::vector<QString> layersWithRecoveryJournal() const;

    /// The features touched by pending edits and still pending, by canonical key.
    std::map<QString, std::set<std::int64_t>> pendingFeatures() const;
    /// For every layer of the project: the stored features its table's pending edits replace.
    std::map<QString, std::shared_ptr<const gis::FeatureIdSet>> replacedStoredFeatures() const;

    CrossLayerUndo& undoOrder() { return undoOrder_; }

Q_SIGNALS:
    /// A step, its undo, a conflict resolution or a discard changed these features of `key`.
    void featuresChanged(const QString& key, const QList<qint64>& fids);
    /// Whether anything is pending may have changed.
    void pendingChanged();
    /// Edits were written: the layers' sources hold new data.
    void saved();

private:
    const Project* project_ = nullptr;
    std::map<QString, std::unique_ptr<EditSession>> sessions_;
    std::map<QString, std::set<std::int64_t>> touched_;
    CrossLayerUndo undoOrder_;
};

}  // namespace core
