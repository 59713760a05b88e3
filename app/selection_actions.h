// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <cstdint>
#include <functional>

class QAction;

namespace app {

class EditController;

/// The actions on the selected features of the layer being edited that take a dialog: "Edit
/// Attributes…" (the attribute form filled with the feature's values as edited, applied as one
/// undoable core::EditSession::changeAttributes) and "Export Features…" (the selection, else the
/// whole layer, written by core::FeatureExporter in the format of the chosen file's extension;
/// what is exported is the saved data). Errors go out through EditController::failed(). GUI thread
/// only; the controller must outlive it (it is its QObject parent).
class SelectionActions : public QObject {
    Q_OBJECT
public:
    /// Asks for the file to export to; empty when cancelled.
    using PathAsker = std::function<QString()>;

    explicit SelectionActions(EditController* editing);

    QAction* editAttributesAction() const { return editAttributesAction_; }
    QAction* exportAction() const { return exportAction_; }
    void setPathAsker(PathAsker asker) { askPath_ = std::move(asker); }

    /// Opens the attribute form on feature `fid` of the selection layer and applies the changed
    /// values; false when cancelled, unchanged or refused.
    bool editAttributes(std::int64_t fid);
    /// Writes the selected features (all when none is selected) of the selection layer to
    /// `outPath`; returns the number written, or -1 after failed().
    int exportFeatures(const QString& outPath);

    void retranslate();

private:
    void updateActions();

    EditController* editing_;
    QAction* editAttributesAction_;
    QAction* exportAction_;
    PathAsker askPath_;
};

}  // namespace app
