// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/edit_journal.h"
#include "core/editable_layer.h"
#include "core/feature_state.h"
#include "core/geometry_edits.h"
#include "core/plan_attribute_validator.h"
#include "core/save_conflict.h"
#include "gis/error.h"
#include "gis/geometry_validator.h"

#include <QObject>
#include <QUndoStack>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>

namespace core {

class FeatureEditCommand;
class ProjectStore;

/// An edit the session refused; nothing was changed. Carries what the map and the attribute form
/// need to show the problem: the geometry problem (with its location) or the attribute problems.
class EditRefused : public gis::Error {
public:
    explicit EditRefused(const QString& message,
                         std::optional<gis::GeometryProblem> geometryProblem = std::nullopt,
                         std::vector<AttributeProblem> attributeProblems = {});
    const std::optional<gis::GeometryProblem>& geometryProblem() const { return geometry_; }
    const std::vector<AttributeProblem>& attributeProblems() const { return attributes_; }

private:
    std::optional<gis::GeometryProblem> geometry_;
    std::vector<AttributeProblem> attributes_;
};

/// What a save wrote.
struct SaveResult {
    /// The ids the new features got in the file, keyed by their temporary (negative) ids.
    std::map<std::int64_t, std::int64_t> newIds;
    int added = 0;
    int changed = 0;
    int deleted = 0;
};

/// Edits of one writable layer (a plan table of the project GeoPackage or any writable GDAL
/// layer), held in memory until saved:
/// - every edit is an undo command on one QUndoStack (add, delete, change geometry, change
///   attributes, split, merge, revert); the methods check the edit first and throw EditRefused,
///   changing nothing, when a geometry is invalid (GeometryValidator), does not fit the layer's
///   type, or attributes are wrong (field types; PlanAttributeValidator on plan layers);
/// - new features have negative ids until saved; a new plan item without an item id gets a new
///   unique one (`<kind>_<suffix>`) when it is added, so undo, the journal and the save all see
///   the id it keeps; its tasks (the "tasks" field) are written as links (EditableLayer) and must
///   name known plan tasks;
/// - save() writes every pending change and its lx_history rows in ONE dataset transaction, or
///   nothing (for a layer outside the project file the history commits right after the layer);
///   the undo stack is then cleared;
/// - no lost update: inside that transaction, holding the layer's write lock, save() first
///   compares every stored feature it will write with the version the session first read; when
///   another writer (another session, process, or QGIS) changed one, it writes nothing and throws
///   SaveConflict; resolveConflict() then settles each feature and save() can run again;
/// - after each step the unsaved steps go to a recovery journal next to the file (EditJournal);
///   hasRecoveryJournal() and recover() offer them back after a crash.
/// Several edits can be one undo step through undoStack().beginMacro()/endMacro().
/// Geometries are in the layer's CRS (layer().spatialReference()). GUI thread; owns its GDAL
/// handle and GEOS contexts.
class EditSession : public QObject {
    Q_OBJECT

public:
    /// `projectPath` is the project whose lx_history records the saved changes (it may be
    /// `datasetPath` itself); empty: no history. Throws gis::Error when the layer cannot be opened
    /// for writing.
    EditSession(const QString& datasetPath, const QString& layerName,
                const QString& projectPath = {}, QObject* parent = nullptr);
    ~EditSession() override;

    EditableLayer& layer() { return *layer_; }
    QUndoStack& undoStack() { return stack_; }

    /// The feature as edited (pending state, else the stored one); nothing when it does not exist.
    std::optional<FeatureState> feature(std::int64_t fid) const;
    bool hasPendingEdits() const;
    /// Every feature touched since the last save or discard with its state as edited (nothing =
    /// deleted, or added and removed again): what the map draws over the stored layer.
    const std::map<std::int64_t, std::optional<FeatureState>>& pendingStates() const {
        return pending_;
    }

    /// The stored features the pending edits delete or change: the versions in the file the map
    /// must no longer draw.
    std::set<std::int64_t> replacedStoredFeatures() const;

    /// Problems a geometry or attribute values would be refused for (the live check of a tool
    /// or form); nothing/empty when acceptable.
    std::optional<gis::GeometryProblem> checkGeometry(const OGRGeometry& geometry) const;
    std::vector<AttributeProblem> checkAttributes(const QVariantMap& attributes) const;

    /// Whether a stored or pending feature other than `fid` has this item id (plan tables).
    bool itemIdTaken(const QString& itemId, std::optional<std::int64_t> fid = std::nullopt) const;

    /// Returns the new feature's temporary id.
    std::int64_t addFeature(const OGRGeometry& geometry, const QVariantMap& attributes);
    void deleteFeatures(const std::vector<std::int64_t>& fids);
    /// Vertex edits, move, rotate and reshape; `continuesDrag` merges into the previous step.
    void changeGeometry(std::int64_t fid, const OGRGeometry& geometry, bool continuesDrag = false);
    /// Sets the given fields, keeping the others.
    void changeAttributes(std::int64_t fid, const QVariantMap& values);
    /// Cuts the feature with a line; returns the ids of all pieces (the first is `fid`).
    std::vector<std::int64_t> splitFeature(std::int64_t fid, const OGRGeometry& blade);
    /// Reshapes a polygon or line feature with a drawn line (GeometryEdits::reshape); one
    /// undoable geometry change.
    void reshapeFeature(std::int64_t fid, const OGRGeometry& line);
    /// Merges into the first feature; the others are deleted.
    void mergeFeatures(const std::vector<std::int64_t>& fids);
    /// Brings a feature back to a version from the history (ProjectDatabase::featureHistory; the
    /// `after` of a record), nothing meaning "did not exist". An undoable step like any other.
    void revertFeature(std::int64_t fid, const std::optional<FeatureState>& version);

    /// Writes all pending edits in one transaction, or nothing (throws gis::Error, the edits stay
    /// pending). Throws SaveConflict when stored features changed since this session read them.
    SaveResult save();
    /// Settles one feature of a SaveConflict: TakeTheirs drops my change of it (undo steps
    /// included); KeepMine makes the next save write mine over theirs, recording their version as
    /// `before` and `overwrite` in the operation. The journal follows.
    void resolveConflict(const FeatureConflict& conflict, ConflictChoice choice);

    /// Who the history rows name; by default the OS user (HistoryRecord::currentUser()), a
    /// PostgreSQL project sets its database user.
    void setUserName(const QString& name) { userName_ = name; }
    const QString& userName() const { return userName_; }
    /// Drops all pending edits.
    void discard();

    /// True when a crashed session left unsaved edits for this layer.
    static bool hasRecoveryJournal(const QString& datasetPath, const QString& layerName);
    /// Replays the journal's steps onto the undo stack; returns their number. Throws gis::Error
    /// (and applies nothing) when a feature changed in the file since the journal was written.
    int recover();

    /// Tests only: runs after every change is written and before the transaction commits.
    void setBeforeCommitHook(std::function<void()> hook) { beforeCommit_ = std::move(hook); }

    /// For FeatureEditCommand: the feature goes from `from` to `to`.
    void applyState(std::int64_t fid, const std::optional<FeatureState>& from,
                    const std::optional<FeatureState>& to);
    void notifyChanged(const FeatureChanges& changes);

Q_SIGNALS:
    /// Features added, changed or removed by a step, its undo or a discard.
    void featuresChanged(const QList<qint64>& fids);
    void saved();

private:
    OGRGeometryUniquePtr acceptGeometry(const OGRGeometry& geometry) const;
    /// On plan tables with task links: gives an empty item id a new one, refuses an id another
    /// feature has (`fid`: the feature edited, which may keep its own).
    void assignItemId(QVariantMap& attributes, std::optional<std::int64_t> fid) const;
    /// A new item id no stored or pending feature has, nor any in `alsoTaken`.
    QString newItemId(const QString& kind, const QSet<QString>& alsoTaken = {}) const;

    QVariantMap acceptAttributes(const QVariantMap& attributes) const;
    FeatureState requireFeature(std::int64_t fid) const;
    std::vector<const FeatureEditCommand*> doneCommands() const;
    /// Every edit step on the stack, done or undone, for resolveConflict to rewrite.
    std::vector<FeatureEditCommand*> allCommands();
    /// The stored features that differ from what the session first read, with their newest
    /// history row (`history` may be null: the project file is then read on its own).
    std::vector<FeatureConflict> findConflicts(const ProjectStore* history,
                                               const QString& historyDataset) const;
    std::map<std::int64_t, QStringList> operationsByFeature() const;
    void writeJournal();
    bool historyInProjectFile() const;

    std::unique_ptr<EditableLayer> layer_;
    QString projectPath_;
    QUndoStack stack_;
    EditJournal journal_;
    gis::GeometryValidator validator_;
    GeometryEdits geometryEdits_;
    std::map<std::int64_t, std::optional<FeatureState>> pending_;
    std::map<std::int64_t, std::optional<FeatureState>> original_;
    std::set<std::int64_t> overwrites_;
    QString userName_;
    QSet<QString> knownTaskIds_;
    std::int64_t nextNewId_ = -1;
    bool replaying_ = false;
    std::function<void()> beforeCommit_;

    /// Marks one edit: reads of stored features inside it are taken once (reads_).
    class EditScope {
    public:
        explicit EditScope(const EditSession& session);
        ~EditScope();
        EditScope(const EditScope&) = delete;
        EditScope& operator=(const EditScope&) = delete;

    private:
        const EditSession& session_;
    };
    mutable int editDepth_ = 0;
    mutable std::map<std::int64_t, std::optional<FeatureState>> reads_;
};

}  // namespace core
