// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gis/raster/raster_style.h"

#include <cstddef>
#include <vector>

namespace gis {

/// Elevations on a regular grid, row by row from the top (north) down; NaN where there is no data.
struct ElevationGrid {
    int width = 0;
    int height = 0;
    std::vector<float> values;

    float at(int column, int row) const { return values[std::size_t(row) * width + column]; }
};

/// Shades a surface lit by a distant sun: the gradient from Horn's 3×3 weighted differences, the
/// shade the cosine of the angle between the surface normal and the sun (which is the usual
/// slope/aspect formula), 0 for faces turned away. Holds only its sun, so any thread may use it.
class Hillshade {
public:
    explicit Hillshade(const HillshadeParameters& parameters);

    /// Shades the inner cells (columns 1 … width − 2) of `row` (1 … height − 2) into
    /// `out[column − 1]`, each in [0, 1], NaN where the cell has no data. A missing neighbour
    /// counts as level with the cell. `dx` and `dy` are the ground distances in metres between
    /// column centres and between row centres along this row.
    void shadeRow(const ElevationGrid& grid, int row, double dx, double dy, float* out) const;

private:
    double sunEast_ = 0;
    double sunNorth_ = 0;
    double sunUp_ = 1;
    double zFactor_ = 1;
};

}  // namespace gis
