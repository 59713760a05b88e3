// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/map_renderer.h"

#include "gis/label_placer.h"
#include "gis/layer_renderer.h"

#include <QtConcurrent/QtConcurrentMap>

namespace gis {

namespace {

/// One layer's finished picture and labels, produced on a worker thread.
struct LayerImage {
    QImage image;
    std::vector<LabelCandidate> labels;
    QStringList errors;
    bool finished = false;
};

QImage transparentImage(const QSize& size) {
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    return image;
}

}  // namespace

MapRenderer::MapRenderer(MapSettings settings, std::vector<MapLayer> layers)
    : settings_(std::move(settings)), layers_(std::move(layers)) {}

std::vector<MapLayer> MapRenderer::visibleLayers() const {
    std::vector<MapLayer> visible;
    for (const MapLayer& layer : layers_) {
        if (layer.visible && layer.source) {
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
    const std::vector<MapLayer> layers = visibleLayers();
    const MapSettings settings = settings_;
    const std::function<LayerImage(const MapLayer&)> renderLayer = [&](const MapLayer& layer) {
        LayerImage out;
        out.image = transparentImage(settings.outputSize);
        QPainter painter(&out.image);
        LayerRenderer renderer(layer, settings);
        out.finished = renderer.render(painter, cancelled);
        out.labels = renderer.labels();
        out.errors = renderer.errors();
        return out;
    };
    const QList<LayerImage> images =
        QtConcurrent::blockingMapped<QList<LayerImage>>(layers, renderLayer);

    RenderResult result;
    result.image = QImage(settings.outputSize, QImage::Format_ARGB32_Premultiplied);
    result.image.fill(settings.background);
    QPainter painter(&result.image);
    std::vector<LabelCandidate> labels;
    for (const LayerImage& layerImage : images) {
        result.cancelled = result.cancelled || !layerImage.finished;
        result.errors << layerImage.errors;
        painter.drawImage(0, 0, layerImage.image);
        labels.insert(labels.end(), layerImage.labels.begin(), layerImage.labels.end());
    }
    if (cancelled.load()) {
        result.cancelled = true;
        return result;
    }
    const LabelPlacer placer(QRectF(QPointF(0, 0), settings.outputSize), settings.dpi);
    placer.draw(painter, placer.place(std::move(labels)));
    return result;
}

QStringList MapRenderer::render(QPainter& painter) const {
    const std::atomic<bool> never{false};
    QStringList errors;
    std::vector<LabelCandidate> labels;
    painter.fillRect(QRectF(QPointF(0, 0), settings_.outputSize), settings_.background);
    for (const MapLayer& layer : visibleLayers()) {
        painter.save();
        LayerRenderer renderer(layer, settings_);
        renderer.render(painter, never);
        painter.restore();
        labels.insert(labels.end(), renderer.labels().begin(), renderer.labels().end());
        errors << renderer.errors();
    }
    const LabelPlacer placer(QRectF(QPointF(0, 0), settings_.outputSize), settings_.dpi);
    placer.draw(painter, placer.place(std::move(labels)));
    return errors;
}

}  // namespace gis
