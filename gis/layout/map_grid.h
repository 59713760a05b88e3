// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gis/crs.h"
#include "gis/map_settings.h"

#include <QColor>
#include <QJsonObject>
#include <QPainter>

namespace gis {

/// A grid over a map frame: a lon/lat graticule or a metre grid of a projected CRS (a
/// Gauss–Krüger one by default), with its values written outside the frame's edges.
struct MapGrid {
    enum class Kind { Graticule, Metric };

    Kind kind = Kind::Graticule;
    /// The metric grid's CRS; invalid: the frame's CRS if projected, else the CGCS2000 3°
    /// Gauss–Krüger zone of the frame's centre.
    Crs crs;
    /// Degrees or metres between lines; 0 picks one giving 3 to 8 lines across.
    double interval = 0;
    bool labels = true;
    QColor color = QColor(70, 70, 70, 150);
    double lineWidthMm = 0.12;
    double labelSizePt = 6.5;

    QJsonObject toJson() const;
    static MapGrid fromJson(const QJsonObject& json);
};

/// Draws a MapGrid for a map frame whose settings and device rectangle are given. The lines are
/// drawn clipped to the frame, the labels just outside it. Throws nothing: a grid that cannot be
/// transformed is left out and the reason returned.
class MapGridPainter {
public:
    MapGridPainter(const MapSettings& settings, const QRectF& frameRect, double dpi);
    QString draw(QPainter& painter, const MapGrid& grid) const;

    /// "103°30′E", "36°N".
    static QString formatDegrees(double value, bool longitude);

private:
    MapSettings settings_;
    QRectF frameRect_;
    double dpi_;
};

}  // namespace gis
