// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/main_window.h"

#include "app/attribute_table_dock.h"
#include "app/bookmarks_menu.h"
#include "app/coordinate_status.h"
#include "app/crs_selector.h"
#include "app/drawing_tools.h"
#include "app/ecological_dock.h"
#include "app/edit_controller.h"
#include "app/history_dock.h"
#include "app/identify_dock.h"
#include "app/identify_tool.h"
#include "app/language.h"
#include "app/layer_controller.h"
#include "app/layer_importer.h"
#include "app/layers_dock.h"
#include "app/layout_dialog.h"
#include "app/live_refresh.h"
#include "app/map_canvas.h"
#include "app/measure_tool.h"
#include "app/open_team_project_dialog.h"
#include "app/plan_browser.h"
#include "app/plan_filter_dock.h"
#include "app/search_box.h"
#include "app/selection_actions.h"
#include "app/selection_edit_actions.h"
#include "app/settings_dialog.h"
#include "app/style_controller.h"
#include "app/theme_menu.h"
#include "app/window_title.h"
#include "gis/coordinate_transform.h"
#include "gis/error.h"
#include "gis/feature_table_model.h"
#include "gis/map_scale.h"
#include "gis/postgres_conninfo.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFileDialog>
#include <QImageWriter>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>

namespace app {

namespace {

QStringList localFiles(const QMimeData* data) {
    QStringList files;
    for (const QUrl& url : data ? data->urls() : QList<QUrl>()) {
        if (url.isLocalFile()) {
            files << url.toLocalFile();
        }
    }
    return files;
}

/// `message` with the password of the connection `location` (if any) hidden: libpq and GDAL
/// messages may repeat the connection they were given.
QString withoutPassword(QString message, const QString& location) {
    if (!gis::PostgresConninfo::looksLikeConnection(location)) {
        return message;
    }
    QString password;
    try {
        password = gis::PostgresConninfo::parse(location).value(QStringLiteral("password"));
    } catch (const gis::Error&) {
        // Unparsable: its text may still hold a password, so it goes wholesale.
        return message.replace(location, QStringLiteral("…"));
    }
    if (!password.isEmpty()) {
        message.replace(password, QStringLiteral("••••"));
    }
    return message;
}

}  // namespace

MainWindow::MainWindow(Language& language, QWidget* parent)
    : QMainWindow(parent),
      language_(language),
      canvas_(new MapCanvas(this)),
      coordinateStatus_(new CoordinateStatus(this)) {
    setCentralWidget(canvas_);
    setAcceptDrops(true);  // the canvas takes no drops, so they come here
    statusBar()->addPermanentWidget(coordinateStatus_, 1);
    crsSelector_ = new CrsSelector(CrsSelector::Mode::MapCrs, this);
    crsSelector_->setObjectName(QStringLiteral("mapCrsSelector"));
    statusBar()->addPermanentWidget(crsSelector_);
    createDocks();
    createActions();
    createMenus();
    createEditing();
    connectBrowsing();
    connectLayers();
    connectStyles();
    retranslate();

    connect(canvas_, &MapCanvas::cursorMoved, coordinateStatus_,
            &CoordinateStatus::setCursorPosition);
    connect(canvas_, &MapCanvas::viewChanged, this,
            [this] { coordinateStatus_->setScale(gis::scaleDenominator(canvas_->mapSettings())); });
    liveRefresh_ = new LiveRefresh({layers_, tableDock_, drawing_->ecologicalDock(), historyDock_,
                                    [this] { return language_.locale(); }},
                                   this);
    connect(liveRefresh_, &LiveRefresh::message, this,
            [this](const QString& text, int timeout) { statusBar()->showMessage(text, timeout); });
    connect(liveRefresh_, &LiveRefresh::reloadRequested, this, &MainWindow::reloadProject);
    connect(canvas_, &MapCanvas::renderFinished, this, [this](const QStringList& errors) {
        if (!errors.isEmpty()) {
            statusBar()->showMessage(errors.join(QStringLiteral("; ")), 10000);
        }
    });
}

void MainWindow::connectLayers() {
    importer_ = new LayerImporter(this);
    layers_ = new LayerController(
        canvas_, layersDock_, [this] { return language_.locale(); }, this);
    connect(importer_, &LayerImporter::layerReady, layers_, &LayerController::addLayer);
    connect(importer_, &LayerImporter::failed, this,
            [this](const QString& message) { showError(tr("Cannot add the layer"), message); });
    connect(importer_, &LayerImporter::busyChanged, this, [this](bool busy) {
        if (busy) {
            statusBar()->showMessage(tr("Reading data…"));
        } else {
            statusBar()->clearMessage();
        }
    });
    connect(layers_, &LayerController::failed, this, &MainWindow::showError);
    connect(crsSelector_, &CrsSelector::crsChosen, layers_, &LayerController::changeMapCrs);
    connect(layers_, &LayerController::mapCrsChanged, this, [this](const gis::Crs& crs) {
        coordinateStatus_->setMapCrs(crs);
        crsSelector_->setCrs(crs);
    });
}

void MainWindow::connectStyles() {
    styles_ = new StyleController(
        layersDock_, [this] { return project_ ? &*project_ : nullptr; }, this);
    connect(styles_, &StyleController::failed, this, &MainWindow::showError);
    themeMenu_ = new ThemeMenu(this);
    connect(themeMenu_, &ThemeMenu::themeChosen, styles_, &StyleController::applyTheme);
    viewMenu_->addSeparator();
    viewMenu_->addMenu(themeMenu_);
}

void MainWindow::createEditing() {
    drawing_ = new DrawingTools(canvas_, toolGroup_, this);
    addToolBarBreak();  // the map toolbar fills the first row
    addToolBar(drawing_->toolBar());
    addDockWidget(Qt::RightDockWidgetArea, drawing_->ecologicalDock());
    tabifyDockWidget(identifyDock_, drawing_->ecologicalDock());
    identifyDock_->raise();
    viewMenu_->addAction(drawing_->ecologicalDock()->toggleViewAction());
    toolsMenu_->addSeparator();
    for (const DrawTool::Shape shape :
         {DrawTool::Shape::Point, DrawTool::Shape::Line, DrawTool::Shape::Polygon}) {
        toolsMenu_->addAction(drawing_->toolAction(shape));
    }
    editing_ = new EditController(canvas_, drawing_->ecologicalDock(), toolGroup_, this);
    QToolBar* bar = drawing_->toolBar();
    bar->addSeparator();
    bar->addWidget(editing_->targetBox());
    toolsMenu_->addSeparator();
    for (const auto mode : {FeatureEditTool::Mode::Select, FeatureEditTool::Mode::Move,
                            FeatureEditTool::Mode::Rotate, FeatureEditTool::Mode::Vertex}) {
        bar->addAction(editing_->editToolAction(mode));
        toolsMenu_->addAction(editing_->editToolAction(mode));
    }
    for (QAction* action :
         {editing_->selectionActions()->editAttributesAction(),
          editing_->selectionEdits()->deleteAction(), editing_->selectionEdits()->mergeAction(),
          editing_->selectionEdits()->splitAction(), editing_->selectionEdits()->reshapeAction(),
          editing_->undoAction(), editing_->redoAction(), editing_->saveAction(),
          editing_->discardAction()}) {
        bar->addAction(action);
        toolsMenu_->addAction(action);
    }
    // Queued: the attribute form is modal and must not run inside the tool's mouse handler.
    connect(drawing_, &DrawingTools::geometryCaptured, this,
            [this](DrawTool::Shape shape, std::shared_ptr<const OGRGeometry> lonLat) {
                drawing_->ecologicalDock()->raise();
                QMetaObject::invokeMethod(
                    this, [this, shape, lonLat] { editing_->addCaptured(shape, lonLat); },
                    Qt::QueuedConnection);
            });
    connect(editing_, &EditController::saved, this, &MainWindow::refreshLayers);
    connect(editing_, &EditController::saved, this, [this] {
        liveRefresh_->acknowledgeSaves();  // refreshLayers() just drew them
        if (liveRefresh_->reloadPending()) {
            // Not inside the save: the reload replaces the edit sessions.
            QMetaObject::invokeMethod(this, &MainWindow::reloadProject, Qt::QueuedConnection);
        }
    });
    historyDock_ = new HistoryDock(canvas_, this);
    addDockWidget(Qt::RightDockWidgetArea, historyDock_);
    tabifyDockWidget(identifyDock_, historyDock_);
    identifyDock_->raise();
    viewMenu_->addAction(historyDock_->toggleViewAction());
    editing_->connectHistory(historyDock_);
    fileMenu_->insertAction(quitAction_, editing_->importAction());
    fileMenu_->insertAction(quitAction_, editing_->selectionActions()->exportAction());
    fileMenu_->insertSeparator(quitAction_);
    connect(editing_, &EditController::failed, this, &MainWindow::showError);
    // Drawing or selecting features makes no sense where they cannot be saved: say so up front.
    editPermission_.guard(
        {drawing_->toolAction(DrawTool::Shape::Point), drawing_->toolAction(DrawTool::Shape::Line),
         drawing_->toolAction(DrawTool::Shape::Polygon),
         editing_->editToolAction(FeatureEditTool::Mode::Select),
         editing_->editToolAction(FeatureEditTool::Mode::Move),
         editing_->editToolAction(FeatureEditTool::Mode::Rotate),
         editing_->editToolAction(FeatureEditTool::Mode::Vertex),
         editing_->selectionEdits()->splitAction(), editing_->importAction()},
        {editing_->targetBox()});
    toolsMenu_->setToolTipsVisible(true);
    connect(editing_, &EditController::refused, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });
}

void MainWindow::createDocks() {
    layersDock_ = new LayersDock(this);
    filterDock_ = new PlanFilterDock(this);
    identifyDock_ = new IdentifyDock(this);
    tableDock_ = new AttributeTableDock(this);
    addDockWidget(Qt::LeftDockWidgetArea, layersDock_);
    addDockWidget(Qt::LeftDockWidgetArea, filterDock_);
    addDockWidget(Qt::RightDockWidgetArea, identifyDock_);
    addDockWidget(Qt::BottomDockWidgetArea, tableDock_);
    resizeDocks({identifyDock_}, {380}, Qt::Horizontal);
    resizeDocks({tableDock_}, {220}, Qt::Vertical);
    identifyTool_ = new IdentifyTool(canvas_);
    measureDistanceTool_ = new MeasureTool(canvas_, MeasureTool::Mode::Distance);
    measureAreaTool_ = new MeasureTool(canvas_, MeasureTool::Mode::Area);
    canvas_->setMapTool(identifyTool_);
    browser_ = new PlanBrowser(
        canvas_, identifyDock_, tableDock_, [this] { return language_.locale(); }, this);
}

void MainWindow::connectBrowsing() {
    connect(identifyTool_, &IdentifyTool::clicked, browser_, &PlanBrowser::identifyAt);
    connect(searchBox_, &SearchBox::itemChosen, browser_, &PlanBrowser::showItem);
    connect(filterDock_, &PlanFilterDock::filterChanged, browser_, &PlanBrowser::applyFilter);
    // Unsaved deletions leave the table as they leave the map.
    connect(canvas_, &MapCanvas::excludedFeaturesChanged, tableDock_,
            [this] { tableDock_->setExcludedFeatures(canvas_->excludedFeatures()); });
    connect(tableDock_, &AttributeTableDock::selectionChanged, browser_,
            &PlanBrowser::highlightFeatures);
    connect(tableDock_, &AttributeTableDock::zoomToSelectionRequested, browser_,
            &PlanBrowser::zoomToFeatures);
    for (MeasureTool* tool : {measureDistanceTool_, measureAreaTool_}) {
        connect(tool, &MeasureTool::measured, this,
                [this](double, const QString& text) { statusBar()->showMessage(text); });
    }
    connect(bookmarksMenu_, &BookmarksMenu::zoomRequested, this, [this](const QRectF& extent) {
        if (project_) {
            canvas_->zoomToExtent(gis::CoordinateTransform(gis::Crs::wgs84(), project_->crs())
                                      .transformBounds(extent));
        }
    });
    connect(bookmarksMenu_, &BookmarksMenu::failed, this,
            [this](const QString& message) { showError(tr("Cannot save the bookmark"), message); });
}

QRectF MainWindow::currentViewLonLat() const {
    return gis::CoordinateTransform(canvas_->mapSettings().crs, gis::Crs::wgs84())
        .transformBounds(canvas_->visibleExtent());
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions() {
    openAction_ = new QAction(style()->standardIcon(QStyle::SP_DialogOpenButton), {}, this);
    openAction_->setShortcut(QKeySequence::Open);
    connect(openAction_, &QAction::triggered, this, &MainWindow::chooseProject);
    openTeamAction_ = new QAction(this);
    openTeamAction_->setObjectName(QStringLiteral("openTeamProjectAction"));
    connect(openTeamAction_, &QAction::triggered, this, &MainWindow::chooseTeamProject);
    addLayerAction_ = new QAction(style()->standardIcon(QStyle::SP_FileDialogNewFolder), {}, this);
    addLayerAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    connect(addLayerAction_, &QAction::triggered, this, [this] {
        if (project_) {
            importer_->showAddDialog();
        }
    });
    exportAction_ = new QAction(style()->standardIcon(QStyle::SP_DialogSaveButton), {}, this);
    exportAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(exportAction_, &QAction::triggered, this, &MainWindow::exportMapImage);
    quitAction_ = new QAction(this);
    quitAction_->setShortcut(QKeySequence::Quit);
    connect(quitAction_, &QAction::triggered, this, &QWidget::close);
    zoomInAction_ = new QAction(this);
    zoomInAction_->setShortcut(QKeySequence::ZoomIn);
    connect(zoomInAction_, &QAction::triggered, canvas_, [this] { canvas_->zoomBy(2.0); });
    zoomOutAction_ = new QAction(this);
    zoomOutAction_->setShortcut(QKeySequence::ZoomOut);
    connect(zoomOutAction_, &QAction::triggered, canvas_, [this] { canvas_->zoomBy(0.5); });
    fullExtentAction_ = new QAction(style()->standardIcon(QStyle::SP_DesktopIcon), {}, this);
    fullExtentAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    connect(fullExtentAction_, &QAction::triggered, canvas_, &MapCanvas::zoomToFullExtent);
    settingsAction_ = new QAction(this);
    settingsAction_->setShortcut(QKeySequence::Preferences);
    connect(settingsAction_, &QAction::triggered, this, &MainWindow::showSettings);
    aboutAction_ = new QAction(this);
    connect(aboutAction_, &QAction::triggered, this, &MainWindow::showAbout);

    toolGroup_ = new QActionGroup(this);
    const auto toolAction = [this](MapTool* tool, const QKeySequence& shortcut) {
        auto* action = new QAction(toolGroup_);
        action->setCheckable(true);
        action->setShortcut(shortcut);
        connect(action, &QAction::triggered, canvas_, [this, tool] { canvas_->setMapTool(tool); });
        return action;
    };
    browseAction_ = toolAction(identifyTool_, QKeySequence(Qt::Key_B));
    browseAction_->setChecked(true);
    measureDistanceAction_ = toolAction(measureDistanceTool_, QKeySequence(Qt::Key_D));
    measureAreaAction_ = toolAction(measureAreaTool_, QKeySequence(Qt::Key_A));
    searchBox_ = new SearchBox(this);
    searchBox_->setMaximumWidth(320);
}

void MainWindow::addPrintLayoutAction() {
    fileMenu_->addAction(createPrintLayoutAction(
        this, [this]() -> const core::Project* { return project_ ? &*project_ : nullptr; }));
}

void MainWindow::createMenus() {
    fileMenu_ = menuBar()->addMenu(QString());
    fileMenu_->addActions({openAction_, openTeamAction_, addLayerAction_, exportAction_});
    addPrintLayoutAction();
    fileMenu_->addSeparator();
    fileMenu_->addAction(quitAction_);
    viewMenu_ = menuBar()->addMenu(QString());
    viewMenu_->addActions({zoomInAction_, zoomOutAction_, fullExtentAction_});
    viewMenu_->addSeparator();
    for (QDockWidget* dock :
         std::initializer_list<QDockWidget*>{layersDock_, filterDock_, identifyDock_, tableDock_}) {
        viewMenu_->addAction(dock->toggleViewAction());
    }
    toolsMenu_ = menuBar()->addMenu(QString());
    toolsMenu_->addActions(toolGroup_->actions());
    bookmarksMenu_ = new BookmarksMenu([this] { return currentViewLonLat(); }, this);
    menuBar()->addMenu(bookmarksMenu_);
    settingsMenu_ = menuBar()->addMenu(QString());
    settingsMenu_->addAction(settingsAction_);
    helpMenu_ = menuBar()->addMenu(QString());
    helpMenu_->addAction(aboutAction_);
    mapToolBar_ = addToolBar(QString());
    mapToolBar_->setObjectName(QStringLiteral("mapToolBar"));
    mapToolBar_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    mapToolBar_->addActions({openAction_, addLayerAction_, exportAction_});
    mapToolBar_->addSeparator();
    mapToolBar_->addActions({zoomInAction_, zoomOutAction_, fullExtentAction_});
    mapToolBar_->addSeparator();
    mapToolBar_->addActions(toolGroup_->actions());
    mapToolBar_->addSeparator();
    mapToolBar_->addWidget(searchBox_);
}

void MainWindow::retranslate() {
    fileMenu_->setTitle(tr("&File"));
    viewMenu_->setTitle(tr("&View"));
    toolsMenu_->setTitle(tr("&Tools"));
    browseAction_->setText(tr("&Browse and Identify"));
    measureDistanceAction_->setText(tr("Measure &Distance"));
    measureAreaAction_->setText(tr("Measure &Area"));
    settingsMenu_->setTitle(tr("&Settings"));
    helpMenu_->setTitle(tr("&Help"));
    mapToolBar_->setWindowTitle(tr("Map"));
    openAction_->setText(tr("&Open Project…"));
    openTeamAction_->setText(tr("Open &Team Project…"));
    addLayerAction_->setText(tr("Add &Vector Layer…"));
    crsSelector_->setToolTip(tr("Map coordinate reference system"));
    exportAction_->setText(tr("&Export Map Image…"));
    quitAction_->setText(tr("&Quit"));
    zoomInAction_->setText(tr("Zoom &In"));
    zoomOutAction_->setText(tr("Zoom &Out"));
    fullExtentAction_->setText(tr("&Full Extent"));
    settingsAction_->setText(tr("&Preferences…"));
    aboutAction_->setText(tr("&About Lanxi Atlas"));
    if (drawing_) {
        drawing_->retranslate();
    }
    if (editing_) {
        editing_->retranslate();
    }
    setWindowTitle(
        WindowTitle::text(project_ ? &*project_ : nullptr, teamRole_, language_.locale()));
    // After the editing texts: a refused action's tooltip says why.
    editPermission_.apply(project_ ? &*project_ : nullptr);
    if (!toolGroup_->checkedAction()) {
        browseAction_->trigger();  // the drawing tool in use was just refused
    }
    refreshLayers();
}

void MainWindow::restoreWindowState() {
    const QSettings settings;
    const bool restored = restoreGeometry(settings.value("window/geometry").toByteArray());
    restoreState(settings.value("window/state").toByteArray());
    if (restored) {
        show();
        return;
    }
    // Without a window manager (Xvfb, some kiosks) maximizing does nothing: size it to the screen.
    setGeometry(screen()->availableGeometry());
    showMaximized();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!editing_->confirmClose()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue("window/geometry", saveGeometry());
    settings.setValue("window/state", saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (project_ && !localFiles(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
    }
}

void MainWindow::dragMoveEvent(QDragMoveEvent* event) {
    if (project_ && !localFiles(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent* event) {
    const QStringList files = localFiles(event->mimeData());
    if (!project_ || files.isEmpty()) {
        return;
    }
    event->acceptProposedAction();
    importer_->addFiles(files);
}

void MainWindow::showError(const QString& title, const QString& message) {
    // Window-modal and non-blocking, so that nothing else waits on the user.
    auto* box = new QMessageBox(QMessageBox::Critical, title, message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

bool MainWindow::openProject(const QString& path) {
    if (!editing_->confirmClose()) {
        return false;
    }
    try {
        core::Project project = core::Project::open(path);
        editing_->setProject(nullptr);  // its sessions belong to the project being replaced
        project_.emplace(std::move(project));
    } catch (const gis::Error& error) {
        showError(tr("Cannot open project"), withoutPassword(error.message(), path));
        return false;
    }
    teamRole_ = WindowTitle::teamRole(*project_);
    showProject(false);
    if (!editPermission_.allowed()) {
        statusBar()->showMessage(editPermission_.reason(), 30000);
    }
    if (!project_->loadErrors().isEmpty()) {
        showError(tr("Some layers could not be opened"),
                  withoutPassword(project_->loadErrors().join(u'\n'), path));
    }
    return true;
}

void MainWindow::showProject(bool keepView) {
    const gis::Crs viewCrs = canvas_->mapSettings().crs;
    const QRectF view = canvas_->visibleExtent();
    canvas_->setCrs(project_->crs());
    coordinateStatus_->setMapCrs(project_->crs());
    crsSelector_->setCrs(project_->crs());
    // The views follow what the project says changed (once per project: a reload reconnects).
    const core::ProjectChanges* changes = project_->changes();
    connect(changes, &core::ProjectChanges::layersChanged, this, &MainWindow::projectChanged,
            Qt::UniqueConnection);
    connect(changes, &core::ProjectChanges::stylesChanged, this, &MainWindow::projectChanged,
            Qt::UniqueConnection);
    connect(changes, &core::ProjectChanges::bookmarksChanged, this,
            &MainWindow::projectBookmarksChanged, Qt::UniqueConnection);
    connect(changes, &core::ProjectChanges::visibilityChanged, this,
            &MainWindow::projectVisibilityChanged, Qt::UniqueConnection);
    browser_->setProject(&*project_);
    layers_->setProject(&*project_);
    bookmarksMenu_->setProject(&*project_);
    if (!keepView) {
        // A reload keeps the catalog and with it the plan filter the user chose.
        searchBox_->setCatalog(project_->sharedCatalog());
        filterDock_->setCatalog(project_->sharedCatalog());
    }
    canvas_->setFullExtent(project_->homeExtent());
    drawing_->setProjectFile(project_->path());
    editing_->setProject(&*project_);
    retranslate();
    if (keepView && viewCrs == project_->crs()) {
        canvas_->zoomToExtent(view);
    } else {
        canvas_->zoomToFullExtent();
    }
    liveRefresh_->follow(&*project_);
}

void MainWindow::reloadProject() {
    if (!project_) {
        return;
    }
    if (editing_->hasPendingEdits()) {
        // Reopening would drop the edit sessions: wait for the save.
        liveRefresh_->setReloadPending(true);
        statusBar()->showMessage(
            tr("The project's layers changed elsewhere; they are reloaded once you save"));
        return;
    }
    const QString filter = project_->planFilter();
    try {
        core::Project project = core::Project::open(project_->path());
        project.setPlanFilter(filter);
        editing_->setProject(nullptr);
        project_.emplace(std::move(project));
    } catch (const gis::Error& error) {
        statusBar()->showMessage(error.message(), 10000);
        return;
    }
    showProject(true);
    statusBar()->showMessage(tr("The project's layers changed elsewhere and were reloaded"), 5000);
}

void MainWindow::projectChanged() {
    refreshLayers();
    liveRefresh_->acknowledgeProject();  // our own change, shown already
}

void MainWindow::projectVisibilityChanged() {
    // The dock's tick is already right: redraw the map only, not the tree being clicked.
    layers_->refresh(false);
    liveRefresh_->acknowledgeProject();
}

void MainWindow::projectBookmarksChanged() {
    bookmarksMenu_->setProject(&*project_);
    liveRefresh_->acknowledgeProject();  // our own bookmark: no reload
}

void MainWindow::refreshLayers() {
    if (!project_) {
        return;
    }
    layers_->refresh();
    const auto layers = project_->mapLayers(language_.locale());
    drawing_->setSnapLayers(layers);
    std::vector<AttributeTableDock::LayerEntry> entries;
    for (auto layer = layers.rbegin(); layer != layers.rend(); ++layer) {
        entries.push_back({layer->id, layer->name});
    }
    // Each table reads its layer's table in the project (file or database), under the layer's
    // current filter.
    tableDock_->setLayers(std::move(entries),
                          [this](const QString& key) -> std::unique_ptr<gis::FeatureTableModel> {
                              for (const core::LayerRecord& record : project_->layerRecords()) {
                                  if (record.key == key && record.dataset.isEmpty()) {
                                      return std::make_unique<gis::FeatureTableModel>(
                                          project_->resolvedDataset(record), record.table,
                                          project_->effectiveFilter(record));
                                  }
                              }
                              return nullptr;
                          });
}

void MainWindow::chooseProject() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), QString(),
                                                      tr("Lanxi Atlas projects (*.gpkg)"));
    if (!path.isEmpty()) {
        openProject(path);
    }
}

void MainWindow::chooseTeamProject() {
    OpenTeamProjectDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    // accept() checked it; the password stays in this string, in memory only.
    openProject(dialog.connection());
}

void MainWindow::exportMapImage() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Map Image"), QString(),
                                                      tr("PNG images (*.png)"));
    if (path.isEmpty()) {
        return;
    }
    QImageWriter writer(path);
    if (!writer.write(canvas_->renderedImage())) {
        showError(tr("Cannot export the map"), tr("%1: %2").arg(path, writer.errorString()));
    }
}

void MainWindow::showSettings() {
    SettingsDialog(language_, this).exec();
}

void MainWindow::showAbout() {
    QMessageBox::about(this, tr("About Lanxi Atlas"),
                       tr("<b>Lanxi Atlas</b> — the planning workstation for the Lanzhou–Xining "
                          "urban agglomeration.<br>Base map: DCW-GMT and GSHHG/WDBII (LGPL-3+)."));
}

}  // namespace app
