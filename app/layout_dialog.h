// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/layout_alignment.h"
#include "core/print_project_data.h"
#include "gis/layout/print_layout.h"

#include <QDialog>
#include <QImage>
#include <QUndoStack>

#include <memory>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPrinter;
class QSpinBox;
class QToolBar;

namespace core {
class Project;
}

namespace app {

class LayoutItemPanel;
class LayoutView;

/// The print layout window: pick a template (saved in the project or built in), see the page,
/// edit its title, paper, orientation, map scale and legend, select, move, resize, align, add and
/// remove items on the page and edit their properties (every edit undoable), then export
/// to PDF/SVG/PNG/TIFF, print through the system dialog or preview the print. Templates are saved
/// in the project or as .json files. GUI thread; the project must outlive it.
class LayoutDialog : public QDialog {
    Q_OBJECT

public:
    explicit LayoutDialog(const core::Project& project, QWidget* parent = nullptr);

    const gis::PrintLayout& printLayout() const { return layout_; }
    QUndoStack* undoStack() { return &undoStack_; }
    /// Replaces the layout as one undoable step named `what`.
    void changeLayout(const QString& what, const gis::PrintLayout& changed);
    /// The page as the preview shows it.
    QImage renderPage(double dpi) const;
    void selectTemplate(const QString& name);
    QLineEdit* titleEdit() const { return titleEdit_; }
    LayoutView* layoutView() const { return view_; }
    LayoutItemPanel* itemPanel() const { return itemPanel_; }
    /// Adds a new item of `kind` (one undo step), selects it and returns its id.
    QString addItem(gis::LayoutItemKind kind);
    /// Aligns the selected items (one on the page) as one undo step.
    void alignSelected(LayoutAlignment alignment);
    void removeItems(const QStringList& ids);

private:
    void loadTemplates();
    void applyLayout(const gis::PrintLayout& layout);
    void refreshControls();
    void refreshPreview();
    void editTitle();
    void editPage();
    void editScale();
    void editLegend();
    void exportLayout();
    void paintOnPrinter(QPrinter* printer);
    void print();
    void printPreview();
    void saveToProject();
    void saveFile();
    void loadFile();
    void showError(const QString& what, const QString& details);
    QToolBar* createEditBar();
    void moveItems(const QString& what, const QHash<QString, QRectF>& rectsMm);
    void replaceItem(const QString& what, const QJsonObject& item);
    void showSelectedItem();

    const core::Project& project_;
    core::PrintProjectData data_;
    gis::PrintLayout layout_;
    QUndoStack undoStack_;
    bool updating_ = false;

    QListWidget* templates_ = nullptr;
    LayoutView* view_ = nullptr;
    LayoutItemPanel* itemPanel_ = nullptr;
    QLineEdit* titleEdit_ = nullptr;
    QComboBox* paper_ = nullptr;
    QComboBox* orientation_ = nullptr;
    QSpinBox* scale_ = nullptr;
    QCheckBox* legendInFrame_ = nullptr;
    QLabel* problems_ = nullptr;
};

/// The File menu's "Print Layout…" action: opens a LayoutDialog on the project `project()`
/// returns (nothing happens without a project).
QAction* createPrintLayoutAction(QWidget* parent, std::function<const core::Project*()> project);

}  // namespace app
