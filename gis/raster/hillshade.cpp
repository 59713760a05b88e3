// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/raster/hillshade.h"

#include <cmath>
#include <limits>
#include <numbers>

namespace gis {

Hillshade::Hillshade(const HillshadeParameters& parameters) : zFactor_(parameters.zFactor) {
    constexpr double toRadians = std::numbers::pi / 180.0;
    const double azimuth = parameters.azimuthDegrees * toRadians;
    const double altitude = parameters.altitudeDegrees * toRadians;
    sunEast_ = std::sin(azimuth) * std::cos(altitude);
    sunNorth_ = std::cos(azimuth) * std::cos(altitude);
    sunUp_ = std::sin(altitude);
}

void Hillshade::shadeRow(const ElevationGrid& grid, int row, double dx, double dy,
                         float* out) const {
    const double xScale = zFactor_ / (8.0 * dx);
    const double yScale = zFactor_ / (8.0 * dy);
    for (int column = 1; column + 1 < grid.width; ++column) {
        const float e = grid.at(column, row);
        if (std::isnan(e)) {
            out[column - 1] = std::numeric_limits<float>::quiet_NaN();
            continue;
        }
        const auto z = [&](int dc, int dr) {
            const float v = grid.at(column + dc, row + dr);
            return std::isnan(v) ? e : v;
        };
        // a b c
        // d e f    (a, b, c are the row to the north)
        // g h i
        const double a = z(-1, -1), b = z(0, -1), c = z(1, -1);
        const double d = z(-1, 0), f = z(1, 0);
        const double g = z(-1, 1), h = z(0, 1), i = z(1, 1);
        const double dzEast = ((c + 2 * f + i) - (a + 2 * d + g)) * xScale;
        const double dzNorth = ((a + 2 * b + c) - (g + 2 * h + i)) * yScale;
        // The unit normal of z = f(east, north) is (−dzEast, −dzNorth, 1) / length.
        const double length = std::sqrt(1.0 + dzEast * dzEast + dzNorth * dzNorth);
        const double lit = (-dzEast * sunEast_ - dzNorth * sunNorth_ + sunUp_) / length;
        out[column - 1] = float(std::max(0.0, lit));
    }
}

}  // namespace gis
