// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gis/label_candidate.h"
#include "gis/map_layer.h"
#include "gis/map_settings.h"

#include <QPainter>
#include <QStringList>

#include <atomic>
#include <optional>
#include <vector>

namespace gis {

/// Which share of a heavy layer a renderer draws: every `count`-th feature from `index`.
struct LayerShard {
    int index = 0;
    int count = 1;
};

/// Draws one layer snapshot. Built on any thread from copies (the layer and settings values), then
/// run once on a worker thread: it opens its own data handle and PROJ transform there, checks the
/// cancel flag as it goes, and touches no QObject it did not make there. Labels are collected, not
/// drawn, so that a LabelPlacer can resolve collisions across all layers. Outside the style's scale
/// range it reads and draws nothing.
class LayerRenderer {
public:
    /// `scaleDenominator` is the map's, when the caller has it already: working it out takes a
    /// PROJ transform, as costly to build as a small layer is to draw.
    LayerRenderer(MapLayer layer, MapSettings settings, LayerShard shard = LayerShard(),
                  std::optional<double> scaleDenominator = std::nullopt);

    /// Returns false if it was cancelled before it finished.
    bool render(QPainter& painter, const std::atomic<bool>& cancelled);

    const std::vector<LabelCandidate>& labels() const { return labels_; }
    /// Pixel boxes of the point symbols drawn, for the label placer to keep clear.
    const std::vector<QRectF>& obstacles() const { return obstacles_; }
    const QStringList& errors() const { return errors_; }
    const MapLayer& layer() const { return layer_; }

private:
    void renderFeatures(QPainter& painter, const std::atomic<bool>& cancelled, bool& finished);

    MapLayer layer_;
    MapSettings settings_;
    LayerShard shard_;
    std::optional<double> scaleDenominator_;
    std::vector<LabelCandidate> labels_;
    std::vector<QRectF> obstacles_;
    QStringList errors_;
};

}  // namespace gis
