// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/drawing_tools.h"

#include "app/ecological_dock.h"
#include "app/map_canvas.h"
#include "app/vertex_input_dialog.h"
#include "gis/snap_indexer.h"

#include <QAction>
#include <QActionGroup>
#include <QMainWindow>
#include <QMenu>
#include <QSpinBox>
#include <QToolBar>
#include <QToolButton>
#include <QWidgetAction>

namespace app {

DrawingTools::DrawingTools(MapCanvas* canvas, QActionGroup* toolGroup, QMainWindow* window)
    : QObject(window),
      canvas_(canvas),
      snapIndexer_(new gis::SnapIndexer(this)),
      dock_(new EcologicalDock(canvas, window)),
      vertexDialog_(new VertexInputDialog(window)),
      toolBar_(new QToolBar(window)) {
    toolBar_->setObjectName(QStringLiteral("editToolBar"));
    toolBar_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (const DrawTool::Shape shape :
         {DrawTool::Shape::Point, DrawTool::Shape::Line, DrawTool::Shape::Polygon}) {
        auto* tool = new DrawTool(canvas, shape);
        tool->setSnapIndexer(snapIndexer_);
        auto* action = new QAction(toolGroup);
        action->setCheckable(true);
        connect(action, &QAction::triggered, canvas, [this, tool] {
            canvas_->setMapTool(tool);
            dock_->raise();  // the panel is what drawing is checked against
            followView();
            showFootprint(tool);
        });
        connect(tool, &DrawTool::footprintChanged, this, [this, tool] { showFootprint(tool); });
        connect(tool, &DrawTool::drawingCancelled, dock_, &EcologicalDock::clear);
        connect(tool, &DrawTool::geometryCaptured, this,
                [this, shape](std::shared_ptr<const OGRGeometry> lonLat) {
                    // The finished footprint stays checked in the panel until the next one.
                    dock_->showFootprint(lonLat.get());
                    Q_EMIT geometryCaptured(shape, std::move(lonLat));
                });
        tools_.push_back(tool);
        actions_.push_back(action);
    }

    snappingAction_ = new QAction(this);
    snappingAction_->setObjectName(QStringLiteral("snappingAction"));
    snappingAction_->setCheckable(true);
    snappingAction_->setChecked(true);
    connect(snappingAction_, &QAction::toggled, this, [this](bool on) {
        for (DrawTool* tool : tools_) {
            tool->setSnappingEnabled(on);
        }
        followView();
    });
    typedVertexAction_ = new QAction(this);
    connect(typedVertexAction_, &QAction::triggered, vertexDialog_, &QWidget::show);
    connect(vertexDialog_, &VertexInputDialog::vertexEntered, this, [this](const QPointF& lonLat) {
        if (DrawTool* tool = activeDrawTool()) {
            tool->addVertexLonLat(lonLat);
        }
    });
    nextPartAction_ = new QAction(this);
    connect(nextPartAction_, &QAction::triggered, this, [this] {
        if (DrawTool* tool = activeDrawTool()) {
            tool->startNextPart();
        }
    });
    holeAction_ = new QAction(this);
    connect(holeAction_, &QAction::triggered, this, [this] {
        if (DrawTool* tool = activeDrawTool()) {
            tool->startHole();
        }
    });
    finishAction_ = new QAction(this);
    connect(finishAction_, &QAction::triggered, this, [this] {
        if (DrawTool* tool = activeDrawTool()) {
            tool->finish();
        }
    });

    toolBar_->addActions({actions_[0], actions_[1], actions_[2]});
    toolBar_->addSeparator();
    toolBar_->addActions({nextPartAction_, holeAction_, finishAction_, typedVertexAction_});
    toolBar_->addSeparator();
    toolBar_->addAction(snappingAction_);
    // The button's menu arrow chooses the layers and the tolerance.
    snappingMenu_ = new QMenu(window);
    snappingMenu_->setObjectName(QStringLiteral("snappingMenu"));
    snappingAction_->setMenu(snappingMenu_);
    if (auto* button = qobject_cast<QToolButton*>(toolBar_->widgetForAction(snappingAction_))) {
        button->setPopupMode(QToolButton::MenuButtonPopup);
    }
    connect(snappingMenu_, &QMenu::aboutToShow, this, &DrawingTools::fillSnappingMenu);
    connect(canvas, &MapCanvas::viewChanged, this, &DrawingTools::followView);
    retranslate();
}

DrawTool* DrawingTools::tool(DrawTool::Shape shape) const {
    return tools_[static_cast<std::size_t>(shape)];
}

QAction* DrawingTools::toolAction(DrawTool::Shape shape) const {
    return actions_[static_cast<std::size_t>(shape)];
}

DrawTool* DrawingTools::activeDrawTool() const {
    for (DrawTool* tool : tools_) {
        if (canvas_->mapTool() == tool) {
            return tool;
        }
    }
    return nullptr;
}

void DrawingTools::followView() {
    // The index is only worth building while someone draws with snapping on.
    if (activeDrawTool() && snappingAction_->isChecked()) {
        snapIndexer_->setView(canvas_->mapSettings().crs, canvas_->visibleExtent());
    }
}

void DrawingTools::showFootprint(DrawTool* tool) {
    if (canvas_->mapTool() != tool) {
        return;
    }
    // Between footprints (after a finish, before the first click) the panel keeps the last one.
    if (tool->isDrawing() || tool->shape() == DrawTool::Shape::Point) {
        const OGRGeometryUniquePtr footprint = tool->footprint(true);
        if (footprint || tool->shape() != DrawTool::Shape::Point) {
            dock_->showFootprint(footprint.get());
        }
    }
}

void DrawingTools::setProjectFile(const QString& path) {
    dock_->setProjectFile(path);
}

void DrawingTools::setSnapLayers(const std::vector<gis::MapLayer>& layers) {
    layers_ = layers;
    applySnapSources();
}

void DrawingTools::setLayerSnappable(const QString& layerId, bool snappable) {
    if (snappable) {
        unsnappable_.remove(layerId);
    } else {
        unsnappable_.insert(layerId);
    }
    applySnapSources();
}

void DrawingTools::applySnapSources() {
    std::vector<std::shared_ptr<const gis::FeatureSource>> sources;
    for (const gis::MapLayer& layer : layers_) {
        if (layer.source && layer.visible && !unsnappable_.contains(layer.id)) {
            sources.push_back(layer.source);
        }
    }
    snapIndexer_->setSources(std::move(sources));
    followView();
}

void DrawingTools::fillSnappingMenu() {
    snappingMenu_->clear();
    snappingMenu_->addSection(tr("Snap to layers"));
    // Top layer first, as the layers panel lists them.
    for (auto layer = layers_.rbegin(); layer != layers_.rend(); ++layer) {
        if (!layer->source) {
            continue;
        }
        QAction* action = snappingMenu_->addAction(layer->name);
        action->setCheckable(true);
        action->setChecked(!unsnappable_.contains(layer->id));
        action->setEnabled(layer->visible);
        const QString id = layer->id;
        connect(action, &QAction::toggled, this,
                [this, id](bool on) { setLayerSnappable(id, on); });
    }
    snappingMenu_->addSeparator();
    auto* tolerance = new QSpinBox(snappingMenu_);
    tolerance->setRange(2, 50);
    tolerance->setValue(tolerancePixels_);
    tolerance->setPrefix(tr("Tolerance: "));
    tolerance->setSuffix(tr(" px"));
    connect(tolerance, &QSpinBox::valueChanged, this, [this](int pixels) {
        tolerancePixels_ = pixels;
        for (DrawTool* tool : tools_) {
            tool->setSnapTolerance(pixels);
        }
    });
    auto* toleranceAction = new QWidgetAction(snappingMenu_);
    toleranceAction->setDefaultWidget(tolerance);
    snappingMenu_->addAction(toleranceAction);
}

void DrawingTools::retranslate() {
    toolBar_->setWindowTitle(tr("Edit"));
    actions_[0]->setText(tr("Add &Point"));
    actions_[1]->setText(tr("Add &Line"));
    actions_[2]->setText(tr("Add Pol&ygon"));
    nextPartAction_->setText(tr("Next Part"));
    nextPartAction_->setToolTip(tr("Start another part of the feature (N)"));
    holeAction_->setText(tr("Add Hole"));
    holeAction_->setToolTip(tr("Draw a hole in the current polygon (H)"));
    finishAction_->setText(tr("Finish"));
    finishAction_->setToolTip(tr("Finish the feature (Enter or double click)"));
    typedVertexAction_->setText(tr("Vertex by Coordinates…"));
    snappingAction_->setText(tr("Snapping"));
    snappingAction_->setToolTip(
        tr("Snap to vertices, segments and intersections of the visible layers"));
}

}  // namespace app
