// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gis/map_settings.h"
#include "gis/raster/raster_source.h"
#include "gis/raster/raster_style.h"

#include <QImage>

#include <atomic>
#include <memory>

namespace gis {

/// Draws one raster snapshot (a shared read-only source, copies of its style and of the map
/// settings) into an image of the map's output pixel grid. Built on any thread, run on a worker:
/// it opens its own GDAL handle there, warps the visible window of the raster to the map CRS with
/// GDAL's warper (bilinear, overviews picked when the map is zoomed out), shades and colours it,
/// checks the cancel flag between steps and rows, and touches no QObject.
class RasterRenderer {
public:
    RasterRenderer(std::shared_ptr<const RasterSource> source, RasterStyle style,
                   MapSettings settings);

    /// An ARGB32 premultiplied image of `outputSize` covering the visible extent, transparent where
    /// the raster has no data; a null image when cancelled. Throws gis::Error naming the file when
    /// GDAL cannot read or warp it.
    QImage render(const std::atomic<bool>& cancelled) const;

private:
    std::shared_ptr<const RasterSource> source_;
    RasterStyle style_;
    MapSettings settings_;
};

}  // namespace gis
