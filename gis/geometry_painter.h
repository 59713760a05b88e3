// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gis/coordinate_transform.h"
#include "gis/pixel_grid_transform.h"
#include "gis/style.h"

#include <ogr_geometry.h>

#include <QImage>
#include <QPainter>
#include <QStringList>
#include <QTransform>

#include <map>
#include <memory>
#include <optional>
#include <vector>

class QSvgRenderer;

namespace gis {

class ImageRasterizer;

/// Draws OGR geometries with a Symbol: reprojects them from the source CRS to the map CRS, maps
/// them to pixels (through a PixelGridTransform over the view when it is exact enough) and drops
/// vertices closer than half a pixel. On a plain image painter, lines and
/// polygons go through an ImageRasterizer (AGG) instead of QPainter's much slower stroker; other
/// devices (PDF, SVG, printers) get QPainter's vectors. One instance per render thread: it keeps
/// the SVG markers it has loaded (QSvgRenderers it owns and uses only on that thread).
class GeometryPainter {
public:
    /// `visibleSourceRect` is the view in the source CRS: labels of polygons go inside their
    /// visible part.
    GeometryPainter(const CoordinateTransform& toMap, const QTransform& mapToPixel,
                    double pixelsPerMillimetre, const QRectF& visibleSourceRect);
    ~GeometryPainter();
    GeometryPainter(const GeometryPainter&) = delete;
    GeometryPainter& operator=(const GeometryPainter&) = delete;

    void draw(QPainter& painter, const OGRGeometry& geometry, const Symbol& symbol);
    /// Where a label for `geometry` belongs, in pixels: the point itself, the middle of the longest
    /// line, or a point inside the largest polygon.
    std::optional<QPointF> labelAnchor(const OGRGeometry& geometry);
    double markerRadiusPixels(const Symbol& symbol) const;
    /// The pixel boxes of the markers drawn so far, which labels must not cover.
    const std::vector<QRectF>& markerBoxes() const { return markerBoxes_; }
    /// What could not be drawn as asked (an SVG marker that does not load draws its marker shape
    /// instead), one message per cause.
    const QStringList& problems() const { return problems_; }

private:
    QPolygonF toPixels(const OGRSimpleCurve& curve);
    QPointF toPixel(double x, double y);
    void drawMarker(QPainter& painter, const QPointF& center, const Symbol& symbol);
    void drawMarkerShape(QPainter& painter, const QPointF& center, const Symbol& symbol);
    /// The loaded SVG marker, or nullptr (and a problem noted once) if it cannot be read.
    QSvgRenderer* svgRenderer(const QString& path);
    /// The AGG rasterizer for the image `painter` draws on, or nullptr when the painter must draw
    /// itself (not an image, or transformed, clipped or compositing in another mode).
    ImageRasterizer* rasterizerFor(const QPainter& painter);
    void drawLinesAndAreas(QPainter& painter, const OGRGeometry& part);
    void rasterizeLinesAndAreas(ImageRasterizer& rasterizer, QPainter& painter,
                                const OGRGeometry& part, const Symbol& symbol);
    std::optional<OGRPoint> pointInsideVisiblePart(const OGRPolygon& polygon) const;
    void collectParts(const OGRGeometry& geometry, std::vector<const OGRGeometry*>& parts);

    const CoordinateTransform& toMap_;
    QTransform mapToPixel_;
    double pixelsPerMillimetre_;
    QRectF visibleSourceRect_;
    PixelGridTransform grid_;
    std::vector<double> xs_;
    std::vector<double> ys_;
    std::map<QString, std::unique_ptr<QSvgRenderer>> svgRenderers_;
    std::map<QString, QImage> sprites_;
    std::vector<QRectF> markerBoxes_;
    std::vector<QPolygonF> rings_;
    const uchar* rasterizedBits_ = nullptr;
    std::unique_ptr<ImageRasterizer> rasterizer_;
    QStringList problems_;
};

}  // namespace gis
