// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/draw_tool.h"
#include "gis/map_layer.h"

#include <QObject>
#include <QSet>

#include <memory>
#include <vector>

class QAction;
class QActionGroup;
class QMainWindow;
class QMenu;
class QToolBar;

namespace gis {
class SnapIndexer;
}

namespace app {

class EcologicalDock;
class MapCanvas;
class VertexInputDialog;

/// The 编辑/Edit toolbar and what it drives: the add point / line / polygon tools, the snapping
/// toggle and its background index (of the visible vector layers, around the view), typed vertex
/// input, "next part" and "add hole", and the live ecological panel that follows the footprint
/// being drawn. Finished geometries leave through geometryCaptured(); nothing here writes data.
/// GUI thread only; the tools, actions and dock are children of the window.
class DrawingTools : public QObject {
    Q_OBJECT
public:
    /// The tool actions join `toolGroup`, so that choosing one unchecks the other map tools.
    DrawingTools(MapCanvas* canvas, QActionGroup* toolGroup, QMainWindow* window);

    QToolBar* toolBar() const { return toolBar_; }
    EcologicalDock* ecologicalDock() const { return dock_; }
    DrawTool* tool(DrawTool::Shape shape) const;
    gis::SnapIndexer* snapIndexer() const { return snapIndexer_; }
    QAction* toolAction(DrawTool::Shape shape) const;
    QAction* snappingAction() const { return snappingAction_; }
    QAction* typedVertexAction() const { return typedVertexAction_; }
    VertexInputDialog* vertexInputDialog() const { return vertexDialog_; }

    /// Loads the ecological zones of the project file (once per project).
    void setProjectFile(const QString& path);
    /// The layers snaps may go to: the visible vector layers among `layers` (the map's render
    /// snapshot), less those unticked in the snapping menu.
    void setSnapLayers(const std::vector<gis::MapLayer>& layers);
    /// Ticks or unticks a layer (by id) in the snapping menu.
    void setLayerSnappable(const QString& layerId, bool snappable);
    /// The snapping menu (its layers, the tolerance), shown from the Snapping button.
    QMenu* snappingMenu() const { return snappingMenu_; }
    /// Sets the texts in the interface language.
    void retranslate();

Q_SIGNALS:
    /// A footprint drawn to the end, in EPSG:4326: the point, (multi)line or (multi)polygon for a
    /// new feature. A controller turns it into an edit command.
    void geometryCaptured(app::DrawTool::Shape shape, std::shared_ptr<const OGRGeometry> lonLat);

private:
    DrawTool* activeDrawTool() const;
    void followView();
    void showFootprint(DrawTool* tool);
    void fillSnappingMenu();
    void applySnapSources();

    MapCanvas* canvas_;
    std::vector<DrawTool*> tools_;   // point, line, polygon
    std::vector<QAction*> actions_;  // aligned with tools_
    gis::SnapIndexer* snapIndexer_;
    EcologicalDock* dock_;
    VertexInputDialog* vertexDialog_;
    QToolBar* toolBar_;
    QAction* snappingAction_;
    QMenu* snappingMenu_;
    std::vector<gis::MapLayer> layers_;
    QSet<QString> unsnappable_;  // layer ids unticked in the menu
    int tolerancePixels_ = 10;
    QAction* typedVertexAction_;
    QAction* nextPartAction_;
    QAction* holeAction_;
    QAction* finishAction_;
};

}  // namespace app
