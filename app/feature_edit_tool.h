// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/map_tool.h"

#include <ogr_geometry.h>

#include <QList>
#include <QPointF>
#include <QRectF>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace app {

/// Selects features of the layer being edited and reshapes them with the mouse, in one of four
/// modes: Select (click, Shift+click adds, drag a rectangle), Move (drag), Rotate (drag around the
/// centroid of the selection) and Vertex (drag a vertex, double-click a segment to insert one;
/// Shift+click or Shift+drag a rectangle picks several vertices of one feature, dragging one of
/// them moves them all, Delete removes the picked ones: one edit each). A drag is previewed and
/// reported once, on release, through geometryEdited(): the tool writes nothing. Geometries are in
/// the map CRS; the finder and fetcher (set by the EditController) translate from the layer. Owned
/// by the canvas (QObject parent); GUI thread only.
class FeatureEditTool : public MapTool {
    Q_OBJECT
public:
    enum class Mode { Select, Move, Rotate, Vertex };

    /// The ids of the features intersecting a rectangle of the map, the likeliest pick first.
    using Finder = std::function<std::vector<std::int64_t>(const QRectF& mapRect)>;
    /// A feature's geometry in the map CRS; null when it does not exist.
    using Fetcher = std::function<OGRGeometryUniquePtr(std::int64_t fid)>;

    FeatureEditTool(MapCanvas* canvas, Mode mode);

    Mode mode() const { return mode_; }
    void setMode(Mode mode);
    void setFeatureAccess(Finder finder, Fetcher fetcher);

    const QList<qint64>& selection() const { return selected_; }
    void setSelection(const QList<qint64>& fids);
    /// Reads the selected geometries again (after an edit, undo …); drops those gone.
    void refresh();
    /// The vertices picked in Vertex mode, as (curve, point) of the picked feature's pieces.
    std::vector<std::pair<int, int>> pickedVertices() const;

    void deactivate() override;
    void mousePress(QMouseEvent* event) override;
    void mouseMove(QMouseEvent* event) override;
    void mouseRelease(QMouseEvent* event) override;
    void mouseDoubleClick(QMouseEvent* event) override;
    bool keyPress(QKeyEvent* event) override;
    void paint(QPainter& painter) override;
    QCursor cursor() const override;

Q_SIGNALS:
    void selectionChanged(const QList<qint64>& fids);
    /// A feature's new geometry, in the map CRS.
    void geometryEdited(qint64 fid, std::shared_ptr<const OGRGeometry> mapGeometry);
    /// A feature double-clicked in Select mode (it is then the selection).
    void featureDoubleClicked(qint64 fid);
    /// Delete pressed with features (not a vertex) selected.
    void deleteRequested(const QList<qint64>& fids);

private:
    struct Vertex {
        int feature = -1;  // index in selected_
        int curve = -1;    // index in the feature's curves (points count as one-point curves)
        int point = -1;
        bool operator==(const Vertex& other) const = default;
    };
    std::optional<Vertex> vertexAt(const QPointF& pixel) const;
    /// The geometry of selected feature `index` as dragged so far.
    OGRGeometryUniquePtr dragged(int index) const;
    void selectAt(const QPointF& pixel, bool add);
    void selectIn(const QRectF& pixels, bool add);
    void insertVertexAt(const QPointF& pixel);
    void removePickedVertices();
    void pickVerticesIn(const QRectF& pixels);
    void emitEdited(int index, OGRGeometryUniquePtr geometry);

    Mode mode_;
    Finder finder_;
    Fetcher fetcher_;
    QList<qint64> selected_;
    std::vector<std::shared_ptr<OGRGeometry>> geometries_;  // aligned with selected_
    std::optional<QPointF> pressPixel_;
    std::optional<QPointF> cursorPixel_;
    std::optional<Vertex> draggedVertex_;
    std::vector<Vertex> picked_;  // of one feature; a closed ring's end is its vertex 0
    bool pickingBand_ = false;    // Shift+drag in Vertex mode: a rectangle that picks vertices
    QPointF rotationCentre_;      // map CRS
};

}  // namespace app
