// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/map_tool.h"
#include "gis/coordinate_transform.h"
#include "gis/crs.h"

#include <QPointF>
#include <QString>

#include <optional>
#include <vector>

namespace app {

/// Measures the geodesic length of a path or the geodesic area of a polygon drawn on the canvas.
/// Left click adds a vertex, the mouse drags a rubber band to the cursor, a double or right click
/// finishes, Backspace removes the last vertex, Esc clears; a click after finishing starts over.
/// Vertices are kept in the canvas's map CRS and measured on WGS 84 (gis::GeodesicMeasure).
/// Owned by the canvas (QObject parent); GUI thread only.
class MeasureTool : public MapTool {
    Q_OBJECT
public:
    enum class Mode { Distance, Area };

    MeasureTool(MapCanvas* canvas, Mode mode);

    Mode mode() const { return mode_; }
    /// The running result: metres or square metres, the rubber band included while drawing.
    double result() const { return result_; }
    /// The result formatted as in the label ("193.6 km", "3.20 ha").
    QString resultText() const;
    /// The clicked vertices, in the canvas's map CRS.
    const std::vector<QPointF>& vertices() const { return vertices_; }
    bool isFinished() const { return finished_; }

    void deactivate() override;
    void mousePress(QMouseEvent* event) override;
    void mouseMove(QMouseEvent* event) override;
    void mouseDoubleClick(QMouseEvent* event) override;
    bool keyPress(QKeyEvent* event) override;
    void paint(QPainter& painter) override;
    QCursor cursor() const override { return Qt::CrossCursor; }

Q_SIGNALS:
    /// The result changed: `value` in metres (Distance) or square metres (Area).
    void measured(double value, const QString& text);

private:
    void addVertex(const QPointF& pixel);
    void finish();
    void clear();
    /// Follows a change of the canvas CRS by reprojecting the vertices.
    void followCanvasCrs();
    /// The vertices (and the rubber band end while drawing) in lon/lat.
    std::vector<QPointF> lonLatPoints(bool withCursor) const;
    void remeasure();
    QStringList labelLines() const;

    Mode mode_;
    std::vector<QPointF> vertices_;
    std::optional<QPointF> cursor_;  // map CRS; the rubber band's end while drawing
    bool finished_ = false;
    double result_ = 0;
    gis::Crs crs_;  // the CRS of vertices_
    std::optional<gis::CoordinateTransform> toLonLat_;
};

}  // namespace app
