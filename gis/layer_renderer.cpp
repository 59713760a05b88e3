// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/layer_renderer.h"

#include "gis/coordinate_transform.h"
#include "gis/error.h"
#include "gis/geometry_painter.h"
#include "gis/line_pixel_paths.h"
#include "gis/map_scale.h"
#include "gis/rect_clipper.h"
#include "gis/thread_transform_cache.h"

#include <QCoreApplication>

#include <optional>

namespace gis {

namespace {
constexpr int kCancelCheckInterval = 256;
}

LayerRenderer::LayerRenderer(MapLayer layer, MapSettings settings, LayerShard shard,
                             std::optional<double> scaleDenominator)
    : layer_(std::move(layer)),
      settings_(std::move(settings)),
      shard_(shard),
      scaleDenominator_(scaleDenominator) {}

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
    const Style& style = layer_.style;
    const double scale = scaleDenominator_ ? *scaleDenominator_ : scaleDenominator(settings_);
    // Outside its scale range a layer reads nothing at all.
    if (!style.scaleRange.contains(scale)) {
        finished = true;
        return;
    }
    const FeatureSource& source = *layer_.source;
    const auto toMapTransform = ThreadTransformCache::get(source.crs(), settings_.crs);
    const CoordinateTransform& toMap = *toMapTransform;
    FeatureQuery query;
    // The view's extent in the source CRS, so that the spatial index reads only what is visible.
    query.rect = ThreadTransformCache::get(settings_.crs, source.crs())
                     ->transformBounds(settings_.visibleExtent());
    if (query.rect.isNull()) {
        query.rect = source.extent();
    }
    query.columns = style.requiredColumns();
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
    std::vector<const Symbol*> symbols;
    for (int count = 0; features->next(feature); ++count) {
        if (count % kCancelCheckInterval == 0 && cancelled.load(std::memory_order_relaxed)) {
            break;
        }
        if (!feature.geometry || (shard_.count > 1 && count % shard_.count != shard_.index)) {
            continue;
        }
        if (layer_.excludedFeatures && layer_.excludedFeatures->count(feature.id) > 0) {
            continue;
        }
        const AttributeLookup attributes(query.columns, feature.attributes);
        style.symbolsFor(attributes, scale, symbols);
        if (symbols.empty()) {
            continue;
        }
        OGRGeometryUniquePtr clipped;
        const OGRGeometry* visible = feature.geometry.get();
        if (clipper && !clipper->contains(*feature.geometry)) {
            clipped = clipper->clip(*feature.geometry);
            visible = clipped.get();
        }
        for (const Symbol* symbol : symbols) {
            if (visible) {
                geometryPainter.draw(painter, *visible, *symbol);
            }
        }
        if (labelColumn < 0) {
            continue;
        }
        const QString text = feature.attributes[labelColumn].toString();
        if (text.isEmpty()) {
            continue;
        }
        // Anchored on the part in view, so a long river is labelled where the map shows it.
        if (!visible) {
            continue;
        }
        if (const auto anchor = geometryPainter.labelAnchor(*visible)) {
            const bool isPoint = source.geometryKind() == GeometryKind::Point;
            const LabelStyle labelStyle = style.labelFor(attributes);
            LabelCandidate candidate{
                text, *anchor, isPoint ? geometryPainter.markerRadiusPixels(*symbols.front()) : 0.0,
                labelStyle.priority, labelStyle};
            if (labelStyle.placement == LabelPlacement::AlongLine) {
                candidate.linePaths = linePixelPaths(*visible, toMap, settings_.mapToPixel());
            }
            labels_.push_back(std::move(candidate));
        }
    }
    obstacles_ = geometryPainter.markerBoxes();
    for (const QString& problem : geometryPainter.problems()) {
        errors_ << QCoreApplication::translate("gis::LayerRenderer", "Layer %1: %2")
                       .arg(layer_.name, problem);
    }
    finished = !cancelled.load();
}

}  // namespace gis
