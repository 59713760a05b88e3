// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/line_pixel_paths.h"

#include <cmath>

namespace gis {

namespace {

// Labels follow the line's course, not its pixel-level detail.
constexpr double kMinimumVertexSpacingPixels = 1.0;

void appendPaths(const OGRGeometry& geometry, const CoordinateTransform& toMap,
                 const QTransform& mapToPixel, std::vector<double>& xs, std::vector<double>& ys,
                 std::vector<QPolygonF>& paths) {
    const OGRwkbGeometryType type = wkbFlatten(geometry.getGeometryType());
    if (OGR_GT_IsSubClassOf(type, wkbGeometryCollection)) {
        for (const OGRGeometry* part : *geometry.toGeometryCollection()) {
            appendPaths(*part, toMap, mapToPixel, xs, ys, paths);
        }
        return;
    }
    if (type != wkbLineString) {
        return;
    }
    const OGRLineString& line = *geometry.toLineString();
    const int count = line.getNumPoints();
    xs.resize(count);
    ys.resize(count);
    line.getPoints(xs.data(), sizeof(double), ys.data(), sizeof(double));
    toMap.transformInPlace(xs.data(), ys.data(), count);
    QPolygonF pixels;
    pixels.reserve(count);
    for (int i = 0; i < count; ++i) {
        if (std::isnan(xs[i]) || std::isnan(ys[i])) {
            continue;
        }
        const QPointF pixel = mapToPixel.map(QPointF(xs[i], ys[i]));
        if (!pixels.isEmpty() && i + 1 < count) {
            const QPointF delta = pixel - pixels.back();
            if (std::abs(delta.x()) < kMinimumVertexSpacingPixels &&
                std::abs(delta.y()) < kMinimumVertexSpacingPixels) {
                continue;
            }
        }
        pixels << pixel;
    }
    if (pixels.size() >= 2) {
        paths.push_back(std::move(pixels));
    }
}

}  // namespace

std::vector<QPolygonF> linePixelPaths(const OGRGeometry& geometry, const CoordinateTransform& toMap,
                                      const QTransform& mapToPixel) {
    std::vector<QPolygonF> paths;
    std::vector<double> xs;
    std::vector<double> ys;
    appendPaths(geometry, toMap, mapToPixel, xs, ys, paths);
    return paths;
}

}  // namespace gis
