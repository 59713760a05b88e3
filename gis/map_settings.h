// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gis/crs.h"

#include <QColor>
#include <QRectF>
#include <QSize>
#include <QTransform>

namespace gis {

/// What to draw and how big: the map CRS, the extent asked for (in map units, x = easting or
/// longitude), the output size in pixels and its resolution. The visible extent grows the
/// requested one so that pixels are square and the requested extent is centred.
struct MapSettings {
    Crs crs;
    QRectF extent;
    QSize outputSize{800, 600};
    double dpi = 96.0;
    QColor background = QColor(246, 244, 238);

    QRectF visibleExtent() const;
    double mapUnitsPerPixel() const;
    /// Map coordinates → output pixels (y grows downwards).
    QTransform mapToPixel() const;
    QPointF pixelToMap(const QPointF& pixel) const;
    double millimetresToPixels(double millimetres) const { return millimetres * dpi / 25.4; }
    bool isValid() const;
};

}  // namespace gis
