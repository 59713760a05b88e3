// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/project.h"

#include <QMainWindow>

#include <optional>

class QAction;
class QMenu;
class QToolBar;

namespace app {

class CoordinateStatus;
class Language;
class LayersDock;
class MapCanvas;

/// The workstation window. It only assembles: the map canvas in the centre, the layers dock, the
/// status-bar readout, and the actions in menus and the toolbar. The work is done by the canvas,
/// the docks, core/ and gis/.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(Language& language, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens a project; on failure shows a message naming the file and what is wrong, keeps the
    /// current project, and returns false.
    bool openProject(const QString& path);
    /// Shows the window with the size, docks and toolbars of the last session (maximized the
    /// first time).
    void restoreWindowState();

    MapCanvas* canvas() const { return canvas_; }
    CoordinateStatus* coordinateStatus() const { return coordinateStatus_; }
    LayersDock* layersDock() const { return layersDock_; }
    const std::optional<core::Project>& project() const { return project_; }

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    void retranslate();
    void showError(const QString& title, const QString& message);
    void refreshLayers();
    void chooseProject();
    void exportMapImage();
    void showSettings();
    void showAbout();

    Language& language_;
    MapCanvas* canvas_;
    LayersDock* layersDock_;
    CoordinateStatus* coordinateStatus_;
    std::optional<core::Project> project_;

    QMenu* fileMenu_ = nullptr;
    QMenu* viewMenu_ = nullptr;
    QMenu* settingsMenu_ = nullptr;
    QMenu* helpMenu_ = nullptr;
    QToolBar* mapToolBar_ = nullptr;
    QAction* openAction_ = nullptr;
    QAction* exportAction_ = nullptr;
    QAction* quitAction_ = nullptr;
    QAction* zoomInAction_ = nullptr;
    QAction* zoomOutAction_ = nullptr;
    QAction* fullExtentAction_ = nullptr;
    QAction* settingsAction_ = nullptr;
    QAction* aboutAction_ = nullptr;
};

}  // namespace app
