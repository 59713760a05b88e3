// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/map_tool.h"
#include "gis/coordinate_transform.h"
#include "gis/crs.h"
#include "gis/snap_index.h"

#include <ogr_geometry.h>

#include <QPointF>

#include <memory>
#include <optional>
#include <vector>

namespace gis {
class SnapIndexer;
}

namespace app {

/// Draws a new footprint: a point, a line or a polygon, multi-part, polygons with holes.
/// Left click adds a vertex (snapped to the chosen layers when snapping is on), the mouse drags a
/// rubber band showing the segment's geodesic length and bearing; Backspace removes the last
/// vertex, Esc cancels, Enter, a double click or a right click finishes. N (startNextPart) begins
/// another part, H (startHole) a hole in the current polygon. Vertices are kept in EPSG:4326.
/// When done the tool emits the geometry (EPSG:4326) in geometryCaptured(); it writes nothing.
/// Owned by the canvas (QObject parent); GUI thread only.
class DrawTool : public MapTool {
    Q_OBJECT
public:
    enum class Shape { Point, Line, Polygon };
    Q_ENUM(Shape)

    DrawTool(MapCanvas* canvas, Shape shape);

    Shape shape() const { return shape_; }
    /// The index snaps are looked up in (not owned; nullptr: no snapping).
    void setSnapIndexer(const gis::SnapIndexer* indexer) { snapIndexer_ = indexer; }
    void setSnappingEnabled(bool enabled);
    bool isSnappingEnabled() const { return snapping_; }
    /// The snapping tolerance, in screen pixels.
    void setSnapTolerance(double pixels) { snapTolerancePixels_ = pixels; }
    /// The snap under the cursor now, in the map CRS (shown as the snap marker).
    const std::optional<gis::SnapMatch>& currentSnap() const { return snap_; }

    /// The vertices so far, by part and ring (a line part has one ring), in EPSG:4326.
    const std::vector<std::vector<std::vector<QPointF>>>& parts() const { return parts_; }
    bool isDrawing() const;
    /// The footprint drawn so far in EPSG:4326, the cursor included as the next vertex when
    /// `withCursor`; nullptr while it is not yet a geometry (a polygon needs 3 vertices).
    OGRGeometryUniquePtr footprint(bool withCursor = true) const;

    /// Adds a vertex typed in, in EPSG:4326.
    void addVertexLonLat(const QPointF& lonLat);
    void removeLastVertex();
    /// Closes the current part and begins another (multi-part geometry).
    void startNextPart();
    /// Closes the current ring and begins a hole in the current polygon part.
    void startHole();
    /// Emits geometryCaptured() with what was drawn and starts over; false when nothing complete
    /// was drawn (the vertices are then kept).
    bool finish();
    /// Drops everything drawn.
    void cancel();

    void deactivate() override;
    void mousePress(QMouseEvent* event) override;
    void mouseMove(QMouseEvent* event) override;
    void mouseDoubleClick(QMouseEvent* event) override;
    bool keyPress(QKeyEvent* event) override;
    void paint(QPainter& painter) override;
    QCursor cursor() const override { return Qt::CrossCursor; }

Q_SIGNALS:
    /// A finished geometry, in EPSG:4326 (Point, LineString/MultiLineString or
    /// Polygon/MultiPolygon).
    void geometryCaptured(std::shared_ptr<const OGRGeometry> lonLat);
    /// The vertices or the cursor moved: footprint() changed.
    void footprintChanged();
    /// Esc or cancel(): the footprint was dropped.
    void drawingCancelled();

private:
    /// The map position for a mouse pixel, snapped when snapping finds something.
    QPointF snappedMapPoint(const QPointF& pixel);
    void addVertex(const QPointF& lonLat);
    bool followCanvasCrs();
    QPointF toPixel(const QPointF& lonLat) const;
    std::vector<QPointF>& currentRing() { return parts_.back().back(); }
    OGRGeometryUniquePtr buildGeometry(bool withCursor) const;
    QStringList labelLines() const;
    void paintSnapMarker(QPainter& painter) const;
    void changed();

    Shape shape_;
    std::vector<std::vector<std::vector<QPointF>>> parts_;
    std::optional<QPointF> cursor_;  // EPSG:4326
    std::optional<gis::SnapMatch> snap_;
    const gis::SnapIndexer* snapIndexer_ = nullptr;
    bool snapping_ = true;
    double snapTolerancePixels_ = 10;
    gis::Crs crs_;  // the canvas CRS the transforms are for
    std::optional<gis::CoordinateTransform> toLonLat_;
};

}  // namespace app
