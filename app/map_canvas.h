// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gis/map_layer.h"
#include "gis/map_renderer.h"
#include "gis/map_settings.h"

#include <ogr_geometry.h>
#include <QFutureWatcher>
#include <QImage>
#include <QPainterPath>
#include <QThreadPool>
#include <QTimer>
#include <QWidget>

#include <atomic>
#include <map>
#include <memory>
#include <vector>

namespace app {

class MapTool;
class PanTool;

/// The interactive map. The active MapTool gets the mouse (the pan tool by default; the middle
/// button always pans); the wheel zooms anchored at the cursor, keys zoom and pan, Home shows the
/// full extent. Highlighted geometries (selection, identify) are drawn over the map. Each view
/// change starts a render of an immutable snapshot on a worker thread and cancels the one in
/// flight; until it arrives, the last finished image is drawn transformed to the new view, so the
/// canvas never blanks and the GUI thread never waits on I/O.
class MapCanvas : public QWidget {
    Q_OBJECT
public:
    explicit MapCanvas(QWidget* parent = nullptr);
    ~MapCanvas() override;

    void setCrs(const gis::Crs& crs);
    void setLayers(std::vector<gis::MapLayer> layers);
    /// Features left out of the layers' drawing, by layer id (gis::MapLayer::excludedFeatures);
    /// kept across setLayers(). Redraws.
    /// `layers` with the features this canvas leaves out (see setExcludedFeatures()) excluded.
    std::vector<gis::MapLayer> withExcludedFeatures(std::vector<gis::MapLayer> layers) const;
    const std::map<QString, std::shared_ptr<const gis::FeatureIdSet>>& excludedFeatures() const {
        return excluded_;
    }
    void setExcludedFeatures(
        std::map<QString, std::shared_ptr<const gis::FeatureIdSet>> excludedByLayer);
    void setFullExtent(const QRectF& extent);
    /// Shows `extent` (map units) whole, centred.
    void zoomToExtent(const QRectF& extent);
    void zoomToFullExtent();
    /// Zooms by `factor` (> 1 zooms in) keeping the map point under `pixel` fixed.
    void zoomBy(double factor, const QPointF& pixel);
    void zoomBy(double factor);
    void panByPixels(const QPointF& delta);

    /// The settings a render of the current view uses (size, extent, CRS, dpi).
    gis::MapSettings mapSettings() const;
    QRectF visibleExtent() const { return mapSettings().visibleExtent(); }
    QPointF pixelToMap(const QPointF& pixel) const;
    QPointF mapToPixel(const QPointF& mapPoint) const;
    /// Map units covered by `pixels` on screen, for click tolerances.
    double mapUnits(double pixels) const { return pixels * unitsPerPixel_; }

    /// Makes `tool` the active tool (nullptr: the pan tool). The canvas does not own it.
    void setMapTool(MapTool* tool);
    MapTool* mapTool() const { return tool_; }
    /// Geometries drawn over the map in the highlight colour; coordinates in `crs`.
    void setHighlight(std::vector<std::shared_ptr<const OGRGeometry>> geometries,
                      const gis::Crs& crs);
    void clearHighlight();
    /// Overlaps drawn filled in the warning colour (a footprint's overlap with ecological zones):
    /// polygons filled, lines thick, points ringed; coordinates in `crs`.
    void setOverlapHighlight(const std::vector<std::shared_ptr<const OGRGeometry>>& geometries,
                             const gis::Crs& crs);
    void clearOverlapHighlight();
    bool hasOverlapHighlight() const {
        return !overlapMapArea_.isEmpty() || !overlapMapLines_.empty() ||
               !overlapMapPoints_.empty();
    }
    /// True while a render runs; tests wait on renderFinished().
    bool isRendering() const { return watcher_.isRunning(); }
    /// The last finished render (for export and tests).
    const QImage& renderedImage() const { return image_; }

Q_SIGNALS:
    void cursorMoved(const QPointF& mapPoint);
    void viewChanged();
    void renderFinished(const QStringList& errors);
    /// Which features are left out changed (see setExcludedFeatures()).
    void excludedFeaturesChanged();

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void viewHasChanged();
    void startRender();
    void renderDone();
    void paintHighlight(QPainter& painter);
    void paintOverlapHighlight(QPainter& painter);

    gis::Crs crs_;
    std::vector<gis::MapLayer> layers_;
    std::map<QString, std::shared_ptr<const gis::FeatureIdSet>> excluded_;  // by layer id
    QRectF fullExtent_;
    QPointF center_;
    double unitsPerPixel_ = 1.0;

    QImage image_;
    gis::MapSettings imageSettings_;
    PanTool* panTool_;
    MapTool* tool_;
    QPoint middleDragStart_;
    bool middleDragging_ = false;
    std::vector<QPolygonF> highlightMapParts_;  // in the map CRS; closed rings and lines
    std::vector<QPointF> highlightMapPoints_;
    QPainterPath overlapMapArea_;  // in the map CRS, odd-even filled
    std::vector<QPolygonF> overlapMapLines_;
    std::vector<QPointF> overlapMapPoints_;

    QTimer renderTimer_;
    QThreadPool renderPool_;
    QFutureWatcher<gis::RenderResult> watcher_;
    std::shared_ptr<std::atomic<bool>> cancelFlag_;
    gis::MapSettings pendingSettings_;
    bool renderQueued_ = false;
};

}  // namespace app
