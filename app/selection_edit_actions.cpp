// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/selection_edit_actions.h"

#include "app/edit_controller.h"
#include "app/layer_reprojection.h"
#include "app/map_canvas.h"
#include "core/edit_session.h"

#include <QAction>
#include <QKeySequence>

namespace app {

SelectionEditActions::SelectionEditActions(EditController* editing)
    : QObject(editing),
      editing_(editing),
      deleteAction_(new QAction(this)),
      mergeAction_(new QAction(this)),
      splitAction_(new QAction(this)),
      reshapeAction_(new QAction(this)) {
    FeatureEditTool* tool = editing_->editTool();
    connect(tool, &FeatureEditTool::geometryEdited, this,
            [this](qint64 fid, std::shared_ptr<const OGRGeometry> geometry) {
                changeGeometry(fid, *geometry);
            });
    connect(tool, &FeatureEditTool::deleteRequested, this, &SelectionEditActions::deleteSelected);
    connect(tool, &FeatureEditTool::selectionChanged, this, &SelectionEditActions::updateActions);
    deleteAction_->setShortcut(QKeySequence::Delete);
    deleteAction_->setShortcutContext(Qt::WidgetShortcut);  // the tool takes Delete on the map
    connect(deleteAction_, &QAction::triggered, this, &SelectionEditActions::deleteSelected);
    connect(mergeAction_, &QAction::triggered, this, &SelectionEditActions::mergeSelected);
    splitAction_->setCheckable(true);
    reshapeAction_->setCheckable(true);
    reshapeAction_->setObjectName(QStringLiteral("reshapeAction"));
    // Split and reshape both take the next drawn line: one at a time.
    connect(splitAction_, &QAction::toggled, this,
            [this](bool on) { reshapeAction_->setChecked(reshapeAction_->isChecked() && !on); });
    connect(reshapeAction_, &QAction::toggled, this,
            [this](bool on) { splitAction_->setChecked(splitAction_->isChecked() && !on); });
    retranslate();
    updateActions(tool->selection());
}

void SelectionEditActions::retranslate() {
    deleteAction_->setText(tr("Delete Selected Features"));
    mergeAction_->setText(tr("Merge Selected Features"));
    splitAction_->setText(tr("Split With Line"));
    splitAction_->setToolTip(tr("The next line drawn cuts the selected features"));
    reshapeAction_->setText(tr("Reshape With Line"));
    reshapeAction_->setToolTip(
        tr("The next line drawn reshapes the selected feature: crossing a polygon's outline twice, "
           "or crossing a line twice (the part between is replaced) or starting or ending on it "
           "(the line is redrawn from there)"));
}

void SelectionEditActions::updateActions(const QList<qint64>& selection) {
    deleteAction_->setEnabled(!selection.isEmpty());
    mergeAction_->setEnabled(selection.size() > 1);
    reshapeAction_->setEnabled(selection.size() == 1);
    if (!reshapeAction_->isEnabled()) {
        reshapeAction_->setChecked(false);
    }
}

bool SelectionEditActions::changeGeometry(std::int64_t fid, const OGRGeometry& mapGeometry) {
    const QString key = editing_->selectionLayer();
    core::EditSession* edited = editing_->startEditing(key);
    if (!edited) {
        return false;
    }
    const OGRSpatialReference mapSrs = ogrSrs(editing_->canvas()->mapSettings().crs);
    const OGRGeometryUniquePtr geometry =
        reprojected(mapGeometry, &mapSrs, edited->layer().spatialReference());
    try {
        edited->changeGeometry(fid, *geometry);
    } catch (const core::EditRefused& refusal) {
        editing_->showRefusal(refusal, *edited);
        editing_->editTool()->refresh();
        return false;
    }
    editing_->editedLayer(key, *edited);
    return true;
}

bool SelectionEditActions::deleteSelected() {
    core::EditSession* edited = editing_->startEditing(editing_->selectionLayer());
    const QList<qint64> fids = editing_->editTool()->selection();
    if (!edited || fids.isEmpty()) {
        return false;
    }
    try {
        edited->deleteFeatures(std::vector<std::int64_t>(fids.begin(), fids.end()));
    } catch (const core::EditRefused& refusal) {
        editing_->showRefusal(refusal, *edited);
        return false;
    }
    editing_->undoGroup().setActiveStack(&edited->undoStack());
    editing_->editTool()->setSelection({});
    return true;
}

bool SelectionEditActions::mergeSelected() {
    core::EditSession* edited = editing_->startEditing(editing_->selectionLayer());
    const QList<qint64> fids = editing_->editTool()->selection();
    if (!edited || fids.size() < 2) {
        return false;
    }
    try {
        edited->mergeFeatures(std::vector<std::int64_t>(fids.begin(), fids.end()));
    } catch (const core::EditRefused& refusal) {
        editing_->showRefusal(refusal, *edited);
        return false;
    }
    editing_->undoGroup().setActiveStack(&edited->undoStack());
    editing_->editTool()->setSelection({fids.front()});
    return true;
}

bool SelectionEditActions::splitSelected(const OGRGeometry& lonLatBlade) {
    core::EditSession* edited = editing_->startEditing(editing_->selectionLayer());
    const QList<qint64> fids = editing_->editTool()->selection();
    if (!edited || fids.isEmpty()) {
        Q_EMIT editing_->failed(tr("Cannot split"), tr("Select the features to split first."));
        return false;
    }
    const OGRGeometryUniquePtr blade =
        reprojected(lonLatBlade, nullptr, edited->layer().spatialReference());
    QList<qint64> pieces;
    edited->undoStack().beginMacro(tr("Split Features"));
    try {
        for (const qint64 fid : fids) {
            for (const std::int64_t piece : edited->splitFeature(fid, *blade)) {
                pieces << piece;
            }
        }
    } catch (const core::EditRefused& refusal) {
        edited->undoStack().endMacro();
        edited->undoStack().undo();  // the pieces cut so far go back too
        editing_->showRefusal(refusal, *edited);
        return false;
    }
    edited->undoStack().endMacro();
    editing_->undoGroup().setActiveStack(&edited->undoStack());
    editing_->editTool()->setSelection(pieces);
    return true;
}

bool SelectionEditActions::reshapeSelected(const OGRGeometry& lonLatLine) {
    core::EditSession* edited = editing_->startEditing(editing_->selectionLayer());
    const QList<qint64> fids = editing_->editTool()->selection();
    if (!edited || fids.size() != 1) {
        Q_EMIT editing_->failed(tr("Cannot reshape"),
                                tr("Select one polygon or line to reshape first."));
        return false;
    }
    const OGRGeometryUniquePtr line =
        reprojected(lonLatLine, nullptr, edited->layer().spatialReference());
    try {
        edited->reshapeFeature(fids.front(), *line);
    } catch (const core::EditRefused& refusal) {
        editing_->showRefusal(refusal, *edited);
        return false;
    }
    editing_->undoGroup().setActiveStack(&edited->undoStack());
    return true;
}

bool SelectionEditActions::takeDrawnLine(const OGRGeometry& lonLatLine) {
    if (splitAction_->isChecked()) {
        splitSelected(lonLatLine);
        splitAction_->setChecked(false);
        return true;
    }
    if (reshapeAction_->isChecked()) {
        reshapeSelected(lonLatLine);
        reshapeAction_->setChecked(false);
        return true;
    }
    return false;
}

}  // namespace app
