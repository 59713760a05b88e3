// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/raster/raster_style.h"

#include "gis/error.h"
#include "gis/raster/hillshade.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

#include <cmath>

TEST_CASE("A colour ramp interpolates between its stops and clamps at its ends", "[gis][raster]") {
    const gis::ColorRamp ramp({{2000, QColor(200, 0, 100)}, {1000, QColor(0, 100, 0)}});
    REQUIRE(ramp.stops().front().value == 1000);  // kept sorted
    CHECK(ramp.colorAt(1500) == QColor(100, 50, 50));
    CHECK(ramp.colorAt(1250) == QColor(50, 75, 25));
    CHECK(ramp.colorAt(-10) == QColor(0, 100, 0));
    CHECK(ramp.colorAt(9000) == QColor(200, 0, 100));
    CHECK(gis::ColorRamp().colorAt(1) == QColor(Qt::transparent));
}

TEST_CASE("The default ramp spans the region's 1500–5000 m", "[gis][raster]") {
    const gis::ColorRamp ramp = gis::ColorRamp::hypsometric();
    CHECK(ramp.stops().front().value == 1500);
    CHECK(ramp.stops().back().value == 5000);
    CHECK(ramp.colorAt(5000).lightness() > 240);                   // snow on the peaks
    CHECK(ramp.colorAt(1500).green() > ramp.colorAt(1500).red());  // green valleys
}

TEST_CASE("A raster style survives a JSON round trip", "[gis][raster]") {
    gis::RasterStyle style;
    style.rendering = gis::RasterRendering::Hillshade;
    style.hillshade = {270.0, 30.0, 2.5};
    style.ramp = gis::ColorRamp({{0, QColor(0, 0, 255, 128)}, {100, Qt::red}});
    style.opacity = 0.4;
    CHECK(gis::RasterStyle::fromJson(style.toJson()) == style);
    CHECK(gis::RasterStyle::fromJson({}) == gis::RasterStyle());
    for (const auto rendering : {gis::RasterRendering::ColorRamp, gis::RasterRendering::Rgb,
                                 gis::RasterRendering::HillshadeAndRamp}) {
        style.rendering = rendering;
        CHECK(gis::RasterStyle::fromJson(style.toJson()).rendering == rendering);
    }
}

TEST_CASE("A malformed raster style is refused", "[gis][raster]") {
    CHECK_THROWS_AS(gis::RasterStyle::fromJson({{"rendering", "contours"}}), gis::Error);
    CHECK_THROWS_AS(gis::RasterStyle::fromJson(
                        {{"ramp", QJsonArray{QJsonObject{{"value", 1}, {"color", "?"}}}}}),
                    gis::Error);
}

TEST_CASE("Hillshade follows the sun over a plane", "[gis][raster]") {
    // A 3 × 3 plane of 10 m cells rising `rise` metres per cell eastwards and northwards.
    const auto plane = [](double riseEast, double riseNorth) {
        gis::ElevationGrid grid{3, 3, {}};
        for (int row = 0; row < 3; ++row) {
            for (int column = 0; column < 3; ++column) {
                grid.values.push_back(float(100 + riseEast * column - riseNorth * row));
            }
        }
        return grid;
    };
    const gis::Hillshade sun({315, 45, 1});
    float shade = 0;
    sun.shadeRow(plane(0, 0), 1, 10, 10, &shade);
    CHECK(shade == Approx(std::sqrt(0.5)));  // flat ground: sin(altitude)
    // Rising 1 m per metre to the south-east: a 45° slope facing north-west, square to the sun.
    const double rise = 10 / std::sqrt(2.0);
    sun.shadeRow(plane(rise, -rise), 1, 10, 10, &shade);
    CHECK(shade == Approx(1.0));
    sun.shadeRow(plane(-rise, rise), 1, 10, 10, &shade);  // facing south-east: edge-on to the sun
    CHECK(shade == Approx(0).margin(1e-6));
    sun.shadeRow(plane(10, -10), 1, 10, 10, &shade);  // steeper: normal (−1, 1, 1) / √3
    CHECK(shade == Approx((0.5 + 0.5 + std::sqrt(0.5)) / std::sqrt(3.0)));
    const gis::Hillshade exaggerated({315, 45, 2});
    float steeper = 0;
    exaggerated.shadeRow(plane(-2, 0), 1, 10, 10, &steeper);
    sun.shadeRow(plane(-4, 0), 1, 10, 10, &shade);
    CHECK(steeper == Approx(shade));  // the z-factor scales heights
    gis::ElevationGrid hole = plane(0, 0);
    hole.values[4] = NAN;
    sun.shadeRow(hole, 1, 10, 10, &shade);
    CHECK(std::isnan(shade));
}
