// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>

#include <cstdint>

class OGRGeometry;
class QAction;

namespace app {

class EditController;

/// The edits of the features selected with the FeatureEditTool on the selection layer
/// (EditController::selectionLayer()): their geometries moved, rotated or vertex-edited by the
/// tool, deleted, merged, split or reshaped with a drawn line. Each one is an undoable step of the
/// layer's core::EditSession; a refused edit is shown through EditController::showRefusal(). The
/// dialogs on the selection (attributes, export) are SelectionActions'. GUI thread only; the
/// controller must outlive it (it is its QObject parent).
class SelectionEditActions : public QObject {
    Q_OBJECT
public:
    explicit SelectionEditActions(EditController* editing);

    QAction* deleteAction() const { return deleteAction_; }
    QAction* mergeAction() const { return mergeAction_; }
    /// Checked: the next line drawn splits the selected features instead of becoming a feature.
    QAction* splitAction() const { return splitAction_; }
    /// Checked: the next line drawn reshapes the one selected polygon or line.
    QAction* reshapeAction() const { return reshapeAction_; }

    /// Applies a geometry edited in the map CRS to a feature of the selection layer.
    bool changeGeometry(std::int64_t fid, const OGRGeometry& mapGeometry);
    bool deleteSelected();
    bool mergeSelected();
    /// Cuts the selected features with a line in EPSG:4326.
    bool splitSelected(const OGRGeometry& lonLatBlade);
    /// Reshapes the one selected polygon or line with a line in EPSG:4326
    /// (core::GeometryEdits::reshape).
    bool reshapeSelected(const OGRGeometry& lonLatLine);
    /// Splits or reshapes with a drawn line (EPSG:4326) when split or reshape is checked, then
    /// unchecks it; false when neither is checked (the line is a new feature).
    bool takeDrawnLine(const OGRGeometry& lonLatLine);

    void retranslate();

private:
    void updateActions(const QList<qint64>& selection);

    EditController* editing_;
    QAction* deleteAction_;
    QAction* mergeAction_;
    QAction* splitAction_;
    QAction* reshapeAction_;
};

}  // namespace app
