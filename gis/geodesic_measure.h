// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QString>

#include <vector>

namespace gis {

/// Lengths and areas on the WGS 84 ellipsoid (PROJ's geodesic routines), from lon/lat vertices.
/// Pure functions; any thread.
class GeodesicMeasure {
public:
    /// The geodesic length of a path through `lonLat`, in metres.
    static double length(const std::vector<QPointF>& lonLat);
    /// The geodesic area enclosed by the ring `lonLat` (closing it if needed), in square metres,
    /// whatever the ring's orientation.
    static double area(const std::vector<QPointF>& lonLat);
    /// The initial azimuth of the geodesic from `fromLonLat` to `toLonLat`, in degrees clockwise
    /// from north in [0, 360); 0 when the points coincide.
    static double initialBearing(const QPointF& fromLonLat, const QPointF& toLonLat);

    /// "850.0 m", "12.345 km", "193.6 km" (in the default QLocale).
    static QString formatLength(double metres);
    /// "950 m²", "3.20 ha", "12.50 km²".
    static QString formatArea(double squareMetres);
};

}  // namespace gis
