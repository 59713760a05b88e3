// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/geodesic_measure.h"

#include <geodesic.h>

#include <QLocale>

#include <cmath>

namespace gis {

namespace {

const geod_geodesic& wgs84() {
    static const geod_geodesic geodesic = [] {
        geod_geodesic g;
        geod_init(&g, 6378137.0, 1.0 / 298.257223563);
        return g;
    }();
    return geodesic;
}

}  // namespace

double GeodesicMeasure::length(const std::vector<QPointF>& lonLat) {
    double total = 0;
    for (std::size_t i = 1; i < lonLat.size(); ++i) {
        double distance = 0;
        geod_inverse(&wgs84(), lonLat[i - 1].y(), lonLat[i - 1].x(), lonLat[i].y(), lonLat[i].x(),
                     &distance, nullptr, nullptr);
        total += distance;
    }
    return total;
}

double GeodesicMeasure::area(const std::vector<QPointF>& lonLat) {
    if (lonLat.size() < 3) {
        return 0;
    }
    geod_polygon polygon;
    geod_polygon_init(&polygon, 0);
    for (const QPointF& point : lonLat) {
        geod_polygon_addpoint(&wgs84(), &polygon, point.y(), point.x());
    }
    double area = 0;
    geod_polygon_compute(&wgs84(), &polygon, 0, 1, &area, nullptr);
    return std::abs(area);
}

double GeodesicMeasure::initialBearing(const QPointF& fromLonLat, const QPointF& toLonLat) {
    double distance = 0;
    double azimuth = 0;
    geod_inverse(&wgs84(), fromLonLat.y(), fromLonLat.x(), toLonLat.y(), toLonLat.x(), &distance,
                 &azimuth, nullptr);
    if (distance == 0) {
        return 0;
    }
    // PROJ gives (-180, 180]; a bearing reads [0, 360).
    return std::fmod(azimuth + 360, 360);
}

QString GeodesicMeasure::formatLength(double metres) {
    const QLocale locale;
    if (metres < 1000) {
        return locale.toString(metres, 'f', 1) + QStringLiteral(" m");
    }
    return locale.toString(metres / 1000, 'f', metres < 100000 ? 3 : 1) + QStringLiteral(" km");
}

QString GeodesicMeasure::formatArea(double squareMetres) {
    const QLocale locale;
    if (squareMetres < 10000) {
        return locale.toString(squareMetres, 'f', 0) + QStringLiteral(" m²");
    }
    if (squareMetres < 1e7) {
        return locale.toString(squareMetres / 1e4, 'f', 2) + QStringLiteral(" ha");
    }
    return locale.toString(squareMetres / 1e6, 'f', 2) + QStringLiteral(" km²");
}

}  // namespace gis
