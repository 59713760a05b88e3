// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/draw_tool.h"
#include "app/feature_edit_tool.h"
#include "core/feature_importer.h"
#include "core/project_edits.h"
#include "core/save_conflict.h"

#include <QMessageBox>
#include <QObject>
#include <QPointer>
#include <QUndoGroup>
#include <QVariantMap>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>

class QAction;
class QActionGroup;
class QComboBox;

namespace core {
struct FeatureState;
class EditSession;
class EditRefused;
class Project;
struct LayerRecord;
}  // namespace core

namespace app {

class ConflictVersionsOverlay;
class EcologicalDock;
class FeatureAttributeForm;
class HistoryDock;
class MapCanvas;
class SaveConflictDialog;
class SelectionActions;
class SelectionEditActions;

/// Turns what the drawing tools capture into edits of the open project: picks the target layer
/// (the one chosen in the target box, else the plan layer of the shape: plan_point, plan_line,
/// plan_area), asks for the attributes (FeatureAttributeForm) and adds the feature through the
/// layer's core::EditSession. A refused edit is reported and its spot marked on the map. The
/// pending edits themselves live in core::ProjectEdits: undo, redo, save and discard act on it;
/// here pending features are highlighted until saved, and the stored versions they delete or
/// change are left out of the layers' drawing; then saved() lets the window redraw the layers.
/// Asks before unsaved edits would be lost, how to settle a save conflict, and whether to take
/// back a crashed session's edits when a project opens. GUI thread only; the project, canvas and
/// dock must outlive it or be unset.
class EditController : public QObject {
    Q_OBJECT
public:
    /// Shows the attribute form; returns the values, or nothing when cancelled.
    using FormRunner = std::function<std::optional<QVariantMap>(FeatureAttributeForm&)>;
    /// Asks a question with the given buttons; returns the one chosen.
    using Asker = std::function<QMessageBox::StandardButton(
        const QString& title, const QString& text, QMessageBox::StandardButtons buttons)>;
    /// Asks how to settle a refused save (SaveConflictDialog): one choice per conflicting
    /// feature, or nothing when the user cancels (the edits then stay pending).
    using ConflictResolver = std::function<std::optional<std::vector<core::ConflictChoice>>(
        const core::SaveConflict& conflict)>;

    /// The select/move/rotate/vertex actions join `toolGroup` with the other map tools.
    EditController(MapCanvas* canvas, EcologicalDock* dock, QActionGroup* toolGroup,
                   QWidget* window);
    ~EditController() override;

    /// The project to edit (nullptr: none). Drops the sessions (call confirmClose() first), then
    /// offers back edits a crash left in recovery journals.
    void setProject(core::Project* project);
    /// The layer new features go to (a layer key; empty: the plan layer of the shape).
    void setTargetLayer(const QString& key);
    QString targetLayer() const { return targetKey_; }
    /// The layer a captured `shape` goes to, or empty when the project has none for it.
    QString layerFor(DrawTool::Shape shape) const;

    /// Opens the attribute form for a captured footprint and adds it. Returns the temporary id,
    /// or nothing when cancelled or refused (then refused() was emitted).
    std::optional<std::int64_t> addCaptured(DrawTool::Shape shape,
                                            std::shared_ptr<const OGRGeometry> lonLat);
    /// The session of a layer key, started when missing; nullptr (after failed()) when the layer
    /// cannot be edited.
    core::EditSession* startEditing(const QString& key);
    /// Saves, discards or keeps (Cancel) pending edits; false when the user chose to keep them.
    bool confirmClose();
    bool save();
    void discard();
    bool hasPendingEdits() const;
    core::EditSession* session(const QString& key) const;
    core::ProjectEdits& edits() { return edits_; }

    /// The layer the selection tools work on: the target, else the layer edited last, else
    /// plan_area.
    QString selectionLayer() const;
    FeatureEditTool* editTool() const { return editTool_; }
    /// The tool action of a mode (checkable, in the tool group).
    QAction* editToolAction(FeatureEditTool::Mode mode) const;
    /// Brings a feature of the selection layer back to a saved version (undoable).
    bool revertFeature(std::int64_t fid, const std::optional<core::FeatureState>& version);
    /// Shows the versions of the one selected feature in `dock` and applies its reverts.
    void connectHistory(HistoryDock* dock);
    /// Imports a footprint file into a plan table of the project (core::FeatureImporter; saved
    /// at once when written). Nothing, with `error` set, when it cannot start.
    std::optional<core::ImportReport> importFootprints(const QString& table, const QString& source,
                                                       const core::ImportOptions& options,
                                                       QString* error);
    /// Opens the File → Import footprints… dialog (window-modal, deleted on close).
    void showImportDialog();
    QAction* importAction() const { return importAction_; }

    QAction* undoAction() const { return undoAction_; }
    QAction* redoAction() const { return redoAction_; }
    QAction* saveAction() const { return saveAction_; }
    QAction* discardAction() const { return discardAction_; }
    /// Lists the project's writable targets; belongs in the editing toolbar.
    QComboBox* targetBox() const { return targetBox_; }
    QUndoGroup& undoGroup() { return group_; }

    void setFormRunner(FormRunner runner) { runForm_ = std::move(runner); }
    /// Shows an attribute form through the form runner.
    std::optional<QVariantMap> runForm(FeatureAttributeForm& form) { return runForm_(form); }
    core::Project* project() const { return project_; }
    /// Edit Attributes… and Export Features… on the selection.
    SelectionActions* selectionActions() const { return selectionActions_; }
    /// Delete, merge, split, reshape and the tool's geometry edits of the selection.
    SelectionEditActions* selectionEdits() const { return selectionEdits_; }
    MapCanvas* canvas() const { return canvas_; }
    /// Marks the spot of a refused edit on the map and shows its message (refused()).
    void showRefusal(const core::EditRefused& refusal, const core::EditSession& session);
    /// After an edit of layer `key`: its stack becomes the one undone, the layer the edited one.
    void editedLayer(const QString& key, core::EditSession& session);
    void setAsker(Asker asker) { ask_ = std::move(asker); }
    void setConflictResolver(ConflictResolver resolver) { resolveConflict_ = std::move(resolver); }
    /// Lets the dialog's Show on Map show a feature (showConflictOnMap()) until it closes.
    void connectConflictDialog(SaveConflictDialog& dialog);
    /// Zooms the map to a feature of a save conflict (their version, else mine) and draws both
    /// versions over it (ConflictVersionsOverlay) until clearConflictOnMap().
    void showConflictOnMap(const core::FeatureConflict& conflict);
    void clearConflictOnMap();
    /// Sets the texts in the interface language.
    void retranslate();

Q_SIGNALS:
    /// Edits were written: the layers' sources hold new data.
    void saved();
    /// Pending edits changed (a step, its undo, a discard).
    void editsChanged();
    /// An edit was refused; the message says what and where.
    void refused(const QString& message);
    void failed(const QString& title, const QString& message);

private:
    void featuresChanged(const QString& key, const QList<qint64>& fids);
    void highlightPending();
    void offerRecovery();
    void fillTargetBox();
    void updateActions();
    void updateUndoActions();
    std::vector<std::int64_t> featuresIn(const QRectF& mapRect) const;
    OGRGeometryUniquePtr mapGeometry(std::int64_t fid) const;

    MapCanvas* canvas_;
    EcologicalDock* dock_;
    QWidget* window_;
    core::Project* project_ = nullptr;
    QString targetKey_;
    core::ProjectEdits edits_;
    QUndoGroup group_;
    QAction* undoAction_;
    QAction* redoAction_;
    QAction* saveAction_;
    QAction* discardAction_;
    QComboBox* targetBox_;
    QString lastKey_;  // the layer edited last
    FeatureEditTool* editTool_;
    std::vector<QAction*> editToolActions_;  // by FeatureEditTool::Mode
    QAction* importAction_;
    SelectionActions* selectionActions_ = nullptr;
    SelectionEditActions* selectionEdits_ = nullptr;
    FormRunner runForm_;
    Asker ask_;
    ConflictResolver resolveConflict_;
    QPointer<ConflictVersionsOverlay> conflictOverlay_;  // a child of the canvas
};

}  // namespace app
