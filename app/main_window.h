// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/edit_permission.h"
#include "app/live_refresh.h"
#include "core/project.h"
#include "core/team_roles.h"

#include <QMainWindow>
#include <QTimer>

#include <memory>
#include <optional>
#include <set>

class QAction;
class QActionGroup;
class QMenu;
class QToolBar;

namespace core {
class ProjectChangeWatcher;
}

namespace app {

class AttributeTableDock;
class BookmarksMenu;
class CoordinateStatus;
class CrsSelector;
class DrawingTools;
class EditController;
class HistoryDock;
class IdentifyDock;
class IdentifyTool;
class Language;
class LayerController;
class LayerImporter;
class LayersDock;
class MapCanvas;
class MeasureTool;
class PlanBrowser;
class PlanFilterDock;
class SearchBox;
class StyleController;
class ThemeMenu;

/// The workstation window. It only assembles: the map canvas in the centre, the docks (layers,
/// plan filter, identify, attribute table), the status-bar readout and map CRS selector, the search
/// box, the map tools, and the actions in menus and toolbars; files dropped on it go to the
/// LayerImporter. The work is done by the canvas, the docks, the PlanBrowser, LayerImporter and
/// LayerController controllers, core/ and gis/.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(Language& language, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens a project, a file or a team project's connection ("PG:…", "postgresql://…", which
    /// may hold a password: it is kept in memory only, never shown or saved); on failure shows a
    /// message naming the project and what is wrong, keeps the current project, and returns
    /// false.
    bool openProject(const QString& path);
    /// Shows the window with the size, docks and toolbars of the last session (maximized the
    /// first time).
    void restoreWindowState();

    MapCanvas* canvas() const { return canvas_; }
    CoordinateStatus* coordinateStatus() const { return coordinateStatus_; }
    LayersDock* layersDock() const { return layersDock_; }
    IdentifyDock* identifyDock() const { return identifyDock_; }
    AttributeTableDock* attributeTableDock() const { return tableDock_; }
    PlanFilterDock* planFilterDock() const { return filterDock_; }
    SearchBox* searchBox() const { return searchBox_; }
    PlanBrowser* planBrowser() const { return browser_; }
    LayerImporter* layerImporter() const { return importer_; }
    LayerController* layerController() const { return layers_; }
    CrsSelector* crsSelector() const { return crsSelector_; }
    StyleController* styleController() const { return styles_; }
    ThemeMenu* themeMenu() const { return themeMenu_; }
    DrawingTools* drawingTools() const { return drawing_; }
    EditController* editController() const { return editing_; }
    HistoryDock* historyDock() const { return historyDock_; }
    /// What others save to the open project (nullptr when it cannot be followed).
    core::ProjectChangeWatcher* changeWatcher() const { return liveRefresh_->watcher(); }
    const std::optional<core::Project>& project() const { return project_; }
    /// Which edit actions the open project allows, and why not.
    const EditPermission& editPermission() const { return editPermission_; }
    QAction* openTeamProjectAction() const { return openTeamAction_; }

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createDocks();
    void createActions();
    void createMenus();
    /// File → Print Layout… (app/layout_dialog.h).
    void addPrintLayoutAction();
    void connectBrowsing();
    void connectLayers();
    /// The style dialogs, legend editing and View → Theme.
    void connectStyles();
    /// The 编辑/Edit toolbar: drawing tools, snapping, the ecological panel, and the EditController
    /// that turns drawn footprints into saved features.
    void createEditing();
    void retranslate();
    /// Sets up the views for project_; `keepView` keeps the map extent (a reload).
    void showProject(bool keepView);
    /// Another session changed the layers, styles, bookmarks or layouts: reopen the project,
    /// keeping the view, once this session has no unsaved edits.
    void reloadProject();
    void showError(const QString& title, const QString& message);
    void refreshLayers();
    void projectChanged();
    void projectVisibilityChanged();
    void projectBookmarksChanged();
    void chooseProject();
    /// File → Open Team Project… (OpenTeamProjectDialog).
    void chooseTeamProject();
    void exportMapImage();
    void showSettings();
    void showAbout();
    QRectF currentViewLonLat() const;

    Language& language_;
    MapCanvas* canvas_;
    LayersDock* layersDock_ = nullptr;
    PlanFilterDock* filterDock_ = nullptr;
    IdentifyDock* identifyDock_ = nullptr;
    AttributeTableDock* tableDock_ = nullptr;
    CoordinateStatus* coordinateStatus_;
    SearchBox* searchBox_ = nullptr;
    IdentifyTool* identifyTool_ = nullptr;
    MeasureTool* measureDistanceTool_ = nullptr;
    MeasureTool* measureAreaTool_ = nullptr;
    PlanBrowser* browser_ = nullptr;
    LayerImporter* importer_ = nullptr;
    LayerController* layers_ = nullptr;
    CrsSelector* crsSelector_ = nullptr;
    StyleController* styles_ = nullptr;
    ThemeMenu* themeMenu_ = nullptr;
    DrawingTools* drawing_ = nullptr;
    EditController* editing_ = nullptr;
    HistoryDock* historyDock_ = nullptr;
    std::optional<core::Project> project_;
    std::optional<core::TeamRole> teamRole_;  // of a team project's user, for the title
    EditPermission editPermission_;
    LiveRefresh* liveRefresh_ = nullptr;  // what others save, shown here

    QMenu* fileMenu_ = nullptr;
    QMenu* viewMenu_ = nullptr;
    QMenu* toolsMenu_ = nullptr;
    BookmarksMenu* bookmarksMenu_ = nullptr;
    QMenu* settingsMenu_ = nullptr;
    QMenu* helpMenu_ = nullptr;
    QToolBar* mapToolBar_ = nullptr;
    QActionGroup* toolGroup_ = nullptr;
    QAction* openAction_ = nullptr;
    QAction* openTeamAction_ = nullptr;
    QAction* addLayerAction_ = nullptr;
    QAction* exportAction_ = nullptr;
    QAction* quitAction_ = nullptr;
    QAction* zoomInAction_ = nullptr;
    QAction* zoomOutAction_ = nullptr;
    QAction* fullExtentAction_ = nullptr;
    QAction* browseAction_ = nullptr;
    QAction* measureDistanceAction_ = nullptr;
    QAction* measureAreaAction_ = nullptr;
    QAction* settingsAction_ = nullptr;
    QAction* aboutAction_ = nullptr;
};

}  // namespace app
