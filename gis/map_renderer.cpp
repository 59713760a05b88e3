// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/map_renderer.h"

#include "gis/error.h"
#include "gis/label_placer.h"
#include "gis/layer_renderer.h"
#include "gis/map_scale.h"
#include "gis/raster/raster_renderer.h"
#include "gis/thread_transform_cache.h"

#include <QCoreApplication>
#include <QThread>
#include <QtConcurrent/QtConcurrentMap>

namespace gis {

namespace {

/// One layer's finished picture and labels, produced on a worker thread.
struct LayerImage {
    QImage image;
    std::vector<LabelCandidate> labels;
    std::vector<QRectF> obstacles;
    QStringList errors;
    bool finished = false;
};

/// One unit of parallel work: a layer, or one shard of a heavy layer.
struct LayerJob {
    MapLayer layer;
    LayerShard shard;
};

constexpr std::int64_t kShardThreshold = 20000;
constexpr int kMaximumShards = 4;

QImage transparentImage(const QSize& size) {
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    return image;
}

/// Draws a raster layer with its opacity; returns false if it was cancelled.
bool drawRaster(QPainter& painter, const MapLayer& layer, const MapSettings& settings,
                const std::atomic<bool>& cancelled, QStringList& errors) {
    try {
        const QImage image =
            RasterRenderer(layer.raster, layer.rasterStyle, settings).render(cancelled);
        if (image.isNull()) {
            return false;
        }
        painter.save();
        painter.setOpacity(layer.opacity);
        painter.drawImage(QRectF(QPointF(0, 0), settings.outputSize), image);
        painter.restore();
    } catch (const Error& error) {
        errors << QCoreApplication::translate("gis::MapRenderer", "Layer %1: %2")
                      .arg(layer.name, error.message());
    }
    return true;
}

/// About how many of the source's features the view shows, supposing them spread evenly: a
/// shard reads the whole view, so splitting a layer pays only when much of it is drawn.
double visibleFeatureEstimate(const FeatureSource& source, const MapSettings& settings) {
    const double count = double(source.featureCount());
    const QRectF extent = source.extent();
    if (extent.isEmpty()) {
        return count;
    }
    try {
        const QRectF view = ThreadTransformCache::get(settings.crs, source.crs())
                                ->transformBounds(settings.visibleExtent());
        if (view.isNull()) {
            return count;
        }
        const QRectF shown = view.intersected(extent);
        return count * (shown.width() * shown.height()) / (extent.width() * extent.height());
    } catch (const Error&) {
        return count;  // the layer job reports it
    }
}

/// Worked out once for all layer jobs: it builds a PROJ transform, as costly as drawing a small
/// layer. Unknown when PROJ fails; each layer then reports the failure itself.
std::optional<double> knownScaleDenominator(const MapSettings& settings) {
    try {
        return scaleDenominator(settings);
    } catch (const Error&) {
        return std::nullopt;
    }
}

}  // namespace

MapRenderer::MapRenderer(MapSettings settings, std::vector<MapLayer> layers)
    : settings_(std::move(settings)),
      layers_(std::move(layers)),
      scaleDenominator_(knownScaleDenominator(settings_)) {}

std::vector<MapLayer> MapRenderer::visibleLayers() const {
    std::vector<MapLayer> visible;
    for (const MapLayer& layer : layers_) {
        if (layer.visible && (layer.source || layer.raster)) {
            visible.push_back(layer);
        }
    }
    return visible;
}

RenderResult MapRenderer::renderImage() const {
    const std::atomic<bool> never{false};
    return renderImage(never);
}

RenderResult MapRenderer::renderImage(const std::atomic<bool>& cancelled) const {
    const MapSettings settings = settings_;
    const std::optional<double> scale = scaleDenominator_;
    // QGIS parallelises per layer only; a heavy layer is also split into shards, one per core,
    // so that one big layer does not leave the other cores idle.
    std::vector<LayerJob> jobs;
    const int cores = std::max(1, QThread::idealThreadCount());
    for (const MapLayer& layer : visibleLayers()) {
        const bool heavy = !layer.raster && layer.source &&
                           visibleFeatureEstimate(*layer.source, settings) > kShardThreshold;
        const int shards = heavy ? std::min(cores, kMaximumShards) : 1;
        for (int shard = 0; shard < shards; ++shard) {
            jobs.push_back({layer, {shard, shards}});
        }
    }
    const std::function<LayerImage(const LayerJob&)> renderLayer = [&](const LayerJob& job) {
        const MapLayer& layer = job.layer;
        LayerImage out;
        out.image = transparentImage(settings.outputSize);
        QPainter painter(&out.image);
        if (layer.raster) {
            out.finished = drawRaster(painter, layer, settings, cancelled, out.errors);
            return out;
        }
        LayerRenderer renderer(layer, settings, job.shard, scale);
        out.finished = renderer.render(painter, cancelled);
        out.labels = renderer.labels();
        out.obstacles = renderer.obstacles();
        out.errors = renderer.errors();
        return out;
    };
    const QList<LayerImage> images =
        QtConcurrent::blockingMapped<QList<LayerImage>>(jobs, renderLayer);

    RenderResult result;
    result.image = QImage(settings.outputSize, QImage::Format_ARGB32_Premultiplied);
    result.image.fill(settings.background);
    QPainter painter(&result.image);
    std::vector<LabelCandidate> labels;
    std::vector<QRectF> obstacles;
    for (const LayerImage& layerImage : images) {
        result.cancelled = result.cancelled || !layerImage.finished;
        result.errors << layerImage.errors;
        painter.drawImage(0, 0, layerImage.image);
        labels.insert(labels.end(), layerImage.labels.begin(), layerImage.labels.end());
        obstacles.insert(obstacles.end(), layerImage.obstacles.begin(), layerImage.obstacles.end());
    }
    if (cancelled.load()) {
        result.cancelled = true;
        return result;
    }
    const LabelPlacer placer(QRectF(QPointF(0, 0), settings.outputSize), settings.dpi);
    placer.draw(painter, placer.place(std::move(labels), obstacles));
    return result;
}

QStringList MapRenderer::render(QPainter& painter) const {
    const std::atomic<bool> never{false};
    QStringList errors;
    std::vector<LabelCandidate> labels;
    std::vector<QRectF> obstacles;
    painter.fillRect(QRectF(QPointF(0, 0), settings_.outputSize), settings_.background);
    for (const MapLayer& layer : visibleLayers()) {
        if (layer.raster) {
            drawRaster(painter, layer, settings_, never, errors);
            continue;
        }
        painter.save();
        LayerRenderer renderer(layer, settings_, LayerShard(), scaleDenominator_);
        renderer.render(painter, never);
        painter.restore();
        labels.insert(labels.end(), renderer.labels().begin(), renderer.labels().end());
        obstacles.insert(obstacles.end(), renderer.obstacles().begin(), renderer.obstacles().end());
        errors << renderer.errors();
    }
    const LabelPlacer placer(QRectF(QPointF(0, 0), settings_.outputSize), settings_.dpi);
    placer.draw(painter, placer.place(std::move(labels), obstacles));
    return errors;
}

}  // namespace gis
