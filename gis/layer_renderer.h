// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gis/coordinate_transform.h"
#include "gis/label_candidate.h"
#include "gis/map_layer.h"
#include "gis/map_settings.h"

#include <QPainter>
#include <QStringList>

#include <atomic>
#include <optional>
#include <vector>

namespace gis {

/// Draws one layer snapshot. Built on any thread from copies (the layer and settings values), then
/// run once on a worker thread: it opens its own data handle and PROJ transform there, checks the
/// cancel flag as it goes, and touches no QObject it did not make there. Labels are collected, not
/// drawn, so that a LabelPlacer can resolve collisions across all layers. Outside the style's scale
/// range it reads and draws nothing.
///
/// It can also draw just a band of the output (`band`, in output pixels): the painter's origin is
/// then the band's top left, only features near the band are read, and labels, their anchors and
/// symbol boxes stay in whole-output pixels, worked out on the whole view as without a band.
class LayerRenderer {
public:
    /// `scaleDenominator` is the map's, when the caller has it already: working it out takes a
    /// PROJ transform, as costly to build as a small layer is to draw.
    LayerRenderer(MapLayer layer, MapSettings settings,
                  std::optional<double> scaleDenominator = std::nullopt, QRect band = QRect());

    /// Returns false if it was cancelled before it finished.
    bool render(QPainter& painter, const std::atomic<bool>& cancelled);

    const std::vector<LabelCandidate>& labels() const { return labels_; }
    /// Pixel boxes of the point symbols drawn, for the label placer to keep clear.
    const std::vector<QRectF>& obstacles() const { return obstacles_; }
    const QStringList& errors() const { return errors_; }
    const MapLayer& layer() const { return layer_; }

private:
    /// The output pixels `band_` (grown by a margin) cover, in the source CRS.
    QRectF bandSourceRect(const CoordinateTransform& toSource) const;
    void renderFeatures(QPainter& painter, const std::atomic<bool>& cancelled, bool& finished);

    MapLayer layer_;
    MapSettings settings_;
    std::optional<double> scaleDenominator_;
    QRect band_;
    std::vector<LabelCandidate> labels_;
    std::vector<QRectF> obstacles_;
    QStringList errors_;
};

}  // namespace gis
