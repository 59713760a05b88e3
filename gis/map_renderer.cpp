// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/map_renderer.h"

#include "gis/error.h"
#include "gis/label_placer.h"
#include "gis/layer_renderer.h"
#include "gis/map_scale.h"
#include "gis/raster/raster_renderer.h"

#include <QCoreApplication>
#include <QSet>
#include <QThread>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <mutex>

namespace gis {

namespace {

/// What one band of output rows gave, besides its pixels: labels wanted per layer, symbol boxes.
struct BandResult {
    std::vector<std::vector<LabelCandidate>> labelsByLayer;
    std::vector<QRectF> obstacles;
    QStringList errors;
    bool finished = true;
};

/// The output is drawn in bands of rows, each by one worker, every layer in order and straight
/// into the final image: no image per layer to fill and compose, and work spread over all cores
/// even when one layer holds most of it. Twice as many bands as cores, so that a band with more
/// to draw does not leave a core idle; not many more, as features crossing bands are read by each.
constexpr int kFewestBands = 4;
constexpr int kMostBands = 16;

std::vector<QRect> bandsOf(const QSize& size) {
    std::vector<QRect> bands;
    const int wanted = std::clamp(2 * QThread::idealThreadCount(), kFewestBands, kMostBands);
    const int count = std::clamp(size.height(), 1, wanted);
    for (int band = 0; band < count; ++band) {
        const int top = size.height() * band / count;
        const int bottom = size.height() * (band + 1) / count;
        bands.emplace_back(0, top, size.width(), bottom - top);
    }
    return bands;
}

void inFeatureOrder(std::vector<LabelCandidate>& labels) {
    std::stable_sort(
        labels.begin(), labels.end(),
        [](const LabelCandidate& a, const LabelCandidate& b) { return a.featureId < b.featureId; });
}

/// Rounded so that the copies of one label that neighbouring bands both make compare equal.
QString labelKey(const LabelCandidate& label) {
    return QStringLiteral("%1|%2|%3|%4")
        .arg(label.text)
        .arg(qRound64(label.anchor.x() * 16))
        .arg(qRound64(label.anchor.y() * 16))
        .arg(label.priority);
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
    const std::vector<MapLayer> layers = visibleLayers();
    // Rasters are resampled whole first (their hillshade needs neighbouring cells), then cut up.
    std::vector<QImage> rasterImages(layers.size());
    QStringList rasterErrors;
    std::vector<int> rasterIndexes;
    for (int index = 0; index < int(layers.size()); ++index) {
        if (layers[index].raster) {
            rasterIndexes.push_back(index);
        }
    }
    std::mutex rasterErrorsMutex;
    std::atomic<bool> rasterCancelled{false};
    QtConcurrent::blockingMap(rasterIndexes, [&](int index) {
        QImage image(settings.outputSize, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        QStringList errors;
        if (!drawRaster(painter, layers[index], settings, cancelled, errors)) {
            rasterCancelled = true;
        }
        painter.end();
        rasterImages[index] = image;
        const std::lock_guard lock(rasterErrorsMutex);
        rasterErrors << errors;
    });

    RenderResult result;
    result.image = QImage(settings.outputSize, QImage::Format_ARGB32_Premultiplied);
    uchar* const pixels = result.image.bits();
    const qsizetype bytesPerLine = result.image.bytesPerLine();
    const std::vector<QRect> bands = bandsOf(settings.outputSize);
    const std::function<BandResult(const QRect&)> renderBand = [&](const QRect& band) {
        BandResult out;
        out.labelsByLayer.resize(layers.size());
        // The band's rows of the final image, drawn in place.
        QImage rows(pixels + band.top() * bytesPerLine, band.width(), band.height(), bytesPerLine,
                    QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&rows);
        painter.fillRect(rows.rect(), settings.background);
        for (std::size_t index = 0; index < layers.size() && !cancelled.load(); ++index) {
            const MapLayer& layer = layers[index];
            if (layer.raster) {
                painter.drawImage(rows.rect(), rasterImages[index], band);
                continue;
            }
            painter.save();
            LayerRenderer renderer(layer, settings, scale, band);
            out.finished = renderer.render(painter, cancelled) && out.finished;
            painter.restore();
            out.labelsByLayer[index] = renderer.labels();
            out.obstacles.insert(out.obstacles.end(), renderer.obstacles().begin(),
                                 renderer.obstacles().end());
            out.errors << renderer.errors();
        }
        return out;
    };
    const QList<BandResult> bandResults =
        QtConcurrent::blockingMapped<QList<BandResult>>(bands, renderBand);

    result.cancelled = rasterCancelled.load() || cancelled.load();
    result.errors = rasterErrors;
    std::vector<LabelCandidate> labels;
    std::vector<QRectF> obstacles;
    QSet<QString> labelled;
    // Layer by layer, then by feature, so that which label wins among equals does not depend on
    // the bands; a feature across bands offers the same label from each, kept once.
    for (std::size_t index = 0; index < layers.size(); ++index) {
        std::vector<LabelCandidate> layerLabels;
        for (const BandResult& band : bandResults) {
            for (const LabelCandidate& label : band.labelsByLayer[index]) {
                const QString key = labelKey(label);
                if (!labelled.contains(key)) {
                    labelled.insert(key);
                    layerLabels.push_back(label);
                }
            }
        }
        inFeatureOrder(layerLabels);
        std::move(layerLabels.begin(), layerLabels.end(), std::back_inserter(labels));
    }
    for (const BandResult& band : bandResults) {
        result.cancelled = result.cancelled || !band.finished;
        result.errors << band.errors;
        obstacles.insert(obstacles.end(), band.obstacles.begin(), band.obstacles.end());
    }
    // A broken layer says so once, not once per band.
    result.errors.removeDuplicates();
    if (result.cancelled) {
        return result;
    }
    QPainter painter(&result.image);
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
        LayerRenderer renderer(layer, settings_, scaleDenominator_);
        renderer.render(painter, never);
        painter.restore();
        std::vector<LabelCandidate> layerLabels = renderer.labels();
        inFeatureOrder(layerLabels);
        std::move(layerLabels.begin(), layerLabels.end(), std::back_inserter(labels));
        obstacles.insert(obstacles.end(), renderer.obstacles().begin(), renderer.obstacles().end());
        errors << renderer.errors();
    }
    const LabelPlacer placer(QRectF(QPointF(0, 0), settings_.outputSize), settings_.dpi);
    placer.draw(painter, placer.place(std::move(labels), obstacles));
    return errors;
}

}  // namespace gis
