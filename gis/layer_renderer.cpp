// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/layer_renderer.h"

#include "gis/coordinate_transform.h"
#include "gis/error.h"
#include "gis/geometry_painter.h"
#include "gis/rect_clipper.h"

#include <QCoreApplication>

#include <optional>

namespace gis {

namespace {
constexpr int kCancelCheckInterval = 256;
}

LayerRenderer::LayerRenderer(MapLayer layer, MapSettings settings)
    : layer_(std::move(layer)), settings_(std::move(settings)) {}

bool LayerRenderer::render(QPainter& painter, const std::atomic<bool>& cancelled) {
    bool finished = false;
    try {
        renderFeatures(painter, cancelled, finished);
    } catch (const Error& error) {
        errors_ << QCoreApplication::translate("gis::LayerRenderer", "Layer %1: %2")
                       .arg(layer_.name, error.message());
        finished = true;
    }
    return finished;
}

void LayerRenderer::renderFeatures(QPainter& painter, const std::atomic<bool>& cancelled,
                                   bool& finished) {
    const FeatureSource& source = *layer_.source;
    const CoordinateTransform toMap(source.crs(), settings_.crs);
    FeatureQuery query;
    // The view's extent in the source CRS, so that the spatial index reads only what is visible.
    query.rect =
        CoordinateTransform(settings_.crs, source.crs()).transformBounds(settings_.visibleExtent());
    if (query.rect.isNull()) {
        query.rect = source.extent();
    }
    const Style& style = layer_.style;
    query.columns = style.requiredColumns();
    const int categoryColumn = query.columns.indexOf(style.categoryField);
    const int labelColumn = style.label.enabled ? query.columns.indexOf(style.label.field) : -1;

    GeometryPainter geometryPainter(toMap, settings_.mapToPixel(),
                                    settings_.millimetresToPixels(1.0), query.rect);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setOpacity(layer_.opacity);
    // Lines and polygons are cut a little outside the view (so cut edges are never seen).
    std::optional<RectClipper> clipper;
    if (source.geometryKind() != GeometryKind::Point && !query.rect.isNull()) {
        const double margin = std::max(query.rect.width(), query.rect.height()) * 0.05;
        clipper.emplace(query.rect.adjusted(-margin, -margin, margin, margin));
    }
    std::unique_ptr<FeatureIterator> features = source.query(query);
    Feature feature;
    for (int count = 0; features->next(feature); ++count) {
        if (count % kCancelCheckInterval == 0 && cancelled.load(std::memory_order_relaxed)) {
            return;
        }
        if (!feature.geometry) {
            continue;
        }
        const QVariant category =
            categoryColumn >= 0 ? feature.attributes[categoryColumn] : QVariant();
        const Symbol& symbol = style.symbolFor(category);
        if (clipper && !clipper->contains(*feature.geometry)) {
            OGRGeometryUniquePtr clipped = clipper->clip(*feature.geometry);
            if (clipped) {
                geometryPainter.draw(painter, *clipped, symbol);
            }
        } else {
            geometryPainter.draw(painter, *feature.geometry, symbol);
        }
        if (labelColumn < 0) {
            continue;
        }
        const QString text = feature.attributes[labelColumn].toString();
        if (text.isEmpty()) {
            continue;
        }
        if (const auto anchor = geometryPainter.labelAnchor(*feature.geometry)) {
            const bool isPoint = source.geometryKind() == GeometryKind::Point;
            const LabelStyle labelStyle = style.labelFor(category);
            labels_.push_back({text, *anchor,
                               isPoint ? geometryPainter.markerRadiusPixels(symbol) : 0.0,
                               labelStyle.priority, labelStyle});
        }
    }
    finished = !cancelled.load();
}

}  // namespace gis
