// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gis/coordinate_transform.h"
#include "gis/style.h"

#include <ogr_geometry.h>

#include <QPainter>
#include <QTransform>

#include <optional>
#include <vector>

namespace gis {

/// Draws OGR geometries with a Symbol: reprojects them from the source CRS to the map CRS, maps
/// them to pixels and drops vertices closer than half a pixel. One instance per render thread.
class GeometryPainter {
public:
    /// `visibleSourceRect` is the view in the source CRS: labels of polygons go inside their
    /// visible part.
    GeometryPainter(const CoordinateTransform& toMap, const QTransform& mapToPixel,
                    double pixelsPerMillimetre, const QRectF& visibleSourceRect);

    void draw(QPainter& painter, const OGRGeometry& geometry, const Symbol& symbol);
    /// Where a label for `geometry` belongs, in pixels: the point itself, the middle of the longest
    /// line, or a point inside the largest polygon.
    std::optional<QPointF> labelAnchor(const OGRGeometry& geometry);
    double markerRadiusPixels(const Symbol& symbol) const;

private:
    QPolygonF toPixels(const OGRSimpleCurve& curve);
    QPointF toPixel(double x, double y);
    void drawMarker(QPainter& painter, const QPointF& center, const Symbol& symbol);
    std::optional<OGRPoint> pointInsideVisiblePart(const OGRPolygon& polygon) const;
    void collectParts(const OGRGeometry& geometry, std::vector<const OGRGeometry*>& parts);

    const CoordinateTransform& toMap_;
    QTransform mapToPixel_;
    double pixelsPerMillimetre_;
    QRectF visibleSourceRect_;
    std::vector<double> xs_;
    std::vector<double> ys_;
};

}  // namespace gis
