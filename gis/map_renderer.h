// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gis/map_layer.h"
#include "gis/map_settings.h"

#include <QImage>
#include <QPainter>
#include <QStringList>

#include <atomic>
#include <optional>
#include <vector>

namespace gis {

struct RenderResult {
    QImage image;
    QStringList errors;
    bool cancelled = false;
};

/// The one headless map painter: the canvas, the command line, PNG, PDF and SVG output all draw
/// through it. It holds a snapshot (copies of the settings and layers), so it can run on any
/// thread while the application goes on changing its own layers.
class MapRenderer {
public:
    MapRenderer(MapSettings settings, std::vector<MapLayer> layers);

    /// Draws the map in bands of rows on the global thread pool, each band every layer in order,
    /// then places labels across all layers. Stops early when `cancelled` becomes true.
    RenderResult renderImage(const std::atomic<bool>& cancelled) const;
    RenderResult renderImage() const;

    /// Draws straight into `painter` (a PDF, SVG or printer keeps its vectors and text), in order,
    /// on the calling thread. Returns the errors met.
    QStringList render(QPainter& painter) const;

    const MapSettings& settings() const { return settings_; }

private:
    std::vector<MapLayer> visibleLayers() const;

    MapSettings settings_;
    std::vector<MapLayer> layers_;
    std::optional<double> scaleDenominator_;
};

}  // namespace gis
