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
#include <QtMath>

#include <optional>

namespace gis {

namespace {
constexpr int kCancelCheckInterval = 256;
/// Antialiasing spreads a shape's edge over this many pixels at most.
constexpr int kAntialiasingPixels = 2;

/// Cuts lines and polygons a little outside `rect`, so that cut edges are never seen.
RectClipper clipperAround(const QRectF& rect) {
    const double margin = std::max(rect.width(), rect.height()) * 0.05;
    return RectClipper(rect.adjusted(-margin, -margin, margin, margin));
}

bool envelopeIntersects(const OGRGeometry& geometry, const QRectF& rect) {
    OGREnvelope envelope;
    geometry.getEnvelope(&envelope);
    return envelope.MaxX >= rect.left() && envelope.MinX <= rect.right() &&
           envelope.MaxY >= rect.top() && envelope.MinY <= rect.bottom();
}
}  // namespace

LayerRenderer::LayerRenderer(MapLayer layer, MapSettings settings,
                             std::optional<double> scaleDenominator, QRect band)
    : layer_(std::move(layer)),
      settings_(std::move(settings)),
      scaleDenominator_(scaleDenominator),
      band_(band) {}

QRectF LayerRenderer::bandSourceRect(const CoordinateTransform& toSource) const {
    // Features just outside the band still draw into it when their symbols reach across.
    const int margin =
        qCeil(settings_.millimetresToPixels(layer_.style.symbolReachMm())) + kAntialiasingPixels;
    const QRect grown = band_.adjusted(-margin, -margin, margin, margin);
    const QTransform pixelToMap = settings_.mapToPixel().inverted();
    return toSource.transformBounds(pixelToMap.mapRect(QRectF(grown)));
}

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
    const auto toSource = ThreadTransformCache::get(settings_.crs, source.crs());
    // The view's extent in the source CRS, so that the spatial index reads only what is visible.
    QRectF view = toSource->transformBounds(settings_.visibleExtent());
    if (view.isNull()) {
        view = source.extent();
    }
    const bool inBand = !band_.isNull();
    FeatureQuery query;
    query.rect = inBand ? bandSourceRect(*toSource) : view;
    if (query.rect.isNull()) {
        query.rect = view;
    }
    query.columns = style.requiredColumns();
    const int labelColumn = style.label.enabled ? query.columns.indexOf(style.label.field) : -1;

    const QPoint origin = inBand ? band_.topLeft() : QPoint();
    GeometryPainter geometryPainter(
        toMap, settings_.mapToPixel() * QTransform::fromTranslate(-origin.x(), -origin.y()),
        settings_.millimetresToPixels(1.0), view);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setOpacity(layer_.opacity);
    const bool isPoint = source.geometryKind() == GeometryKind::Point;
    // Cut to the view, not to a band: the rasterizer drops what falls outside the band far more
    // cheaply than GEOS would cut every feature that crosses a band's edge.
    std::optional<RectClipper> clipper;
    if (!isPoint && !view.isNull()) {
        clipper.emplace(clipperAround(view));
    }
    std::unique_ptr<FeatureIterator> features = source.query(query);
    Feature feature;
    std::vector<const Symbol*> symbols;
    for (int count = 0; features->next(feature); ++count) {
        if (count % kCancelCheckInterval == 0 && cancelled.load(std::memory_order_relaxed)) {
            break;
        }
        if (!feature.geometry) {
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
        if (text.isEmpty() || (inBand && !envelopeIntersects(*feature.geometry, view))) {
            continue;
        }
        // Anchored on the part in view, so a long river is labelled where the map shows it.
        if (!visible) {
            continue;
        }
        if (const auto anchor = geometryPainter.labelAnchor(*visible)) {
            const LabelStyle labelStyle = style.labelFor(attributes);
            LabelCandidate candidate{
                text, *anchor + origin,
                isPoint ? geometryPainter.markerRadiusPixels(*symbols.front()) : 0.0,
                labelStyle.priority, labelStyle};
            if (labelStyle.placement == LabelPlacement::AlongLine) {
                candidate.linePaths = linePixelPaths(*visible, toMap, settings_.mapToPixel());
            }
            candidate.featureId = feature.id;
            labels_.push_back(std::move(candidate));
        }
    }
    obstacles_ = geometryPainter.markerBoxes();
    for (QRectF& box : obstacles_) {
        box.translate(origin);
    }
    for (const QString& problem : geometryPainter.problems()) {
        errors_ << QCoreApplication::translate("gis::LayerRenderer", "Layer %1: %2")
                       .arg(layer_.name, problem);
    }
    finished = !cancelled.load();
}

}  // namespace gis
