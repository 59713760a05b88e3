// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/pixel_grid_transform.h"
#include "gis/map_settings.h"

#include <catch2/catch.hpp>

#include <random>

namespace {

/// A 1920×1080 view of `lonLat` in `crs`, and the view back in lon/lat as the source rectangle.
struct View {
    gis::MapSettings settings;
    QRectF sourceRect;
};

View viewOf(const QRectF& lonLat, const char* crs) {
    View view;
    view.settings.crs = gis::Crs::fromUserInput(crs);
    view.settings.outputSize = QSize(1920, 1080);
    view.settings.extent =
        gis::CoordinateTransform(gis::Crs::wgs84(), view.settings.crs).transformBounds(lonLat);
    view.sourceRect = gis::CoordinateTransform(view.settings.crs, gis::Crs::wgs84())
                          .transformBounds(view.settings.visibleExtent());
    return view;
}

}  // namespace

TEST_CASE("The pixel grid puts lon/lat points where PROJ does, to a twentieth of a pixel",
          "[gis][crs][render]") {
    const auto [lonLat, crs] = GENERATE(
        std::make_pair(QRectF(QPointF(103.40, 35.85), QPointF(104.30, 36.35)), "EPSG:4523"),
        std::make_pair(QRectF(QPointF(103.80, 36.02), QPointF(103.85, 36.05)), "EPSG:4523"),
        // Xining from zone 35: three degrees off its central meridian.
        std::make_pair(QRectF(QPointF(101.0, 36.0), QPointF(102.5, 37.0)), "EPSG:4523"),
        std::make_pair(QRectF(QPointF(98.0, 34.0), QPointF(106.0, 39.0)), "EPSG:3857"));
    INFO(crs << " over " << lonLat.left() << "," << lonLat.top());
    const View view = viewOf(lonLat, crs);
    const gis::CoordinateTransform toMap(gis::Crs::wgs84(), view.settings.crs);
    const gis::PixelGridTransform grid(toMap, view.settings.mapToPixel(), view.sourceRect);
    REQUIRE(grid.isUsable());
    std::mt19937 random(7);
    std::uniform_real_distribution<double> x(view.sourceRect.left(), view.sourceRect.right());
    std::uniform_real_distribution<double> y(view.sourceRect.top(), view.sourceRect.bottom());
    double worst = 0;
    for (int i = 0; i < 2000; ++i) {
        const QPointF point(x(random), y(random));
        REQUIRE(grid.covers(point.x(), point.y()));
        const QPointF exact = view.settings.mapToPixel().map(toMap.transform(point));
        const QPointF error = grid.map(point.x(), point.y()) - exact;
        worst = std::max({worst, std::abs(error.x()), std::abs(error.y())});
    }
    CHECK(worst <= 0.05);
    // Over a wide view it is a real projection, not an affine stretch: the centre is not where
    // the average of the corners goes.
    if (lonLat.width() > 0.5) {
        const QRectF r = view.sourceRect;
        const QPointF average = (grid.map(r.left(), r.top()) + grid.map(r.right(), r.top()) +
                                 grid.map(r.left(), r.bottom()) + grid.map(r.right(), r.bottom())) /
                                4;
        const QPointF offCentre = grid.map(r.center().x(), r.center().y()) - average;
        CHECK(std::hypot(offCentre.x(), offCentre.y()) > 0.5);
    }
}

TEST_CASE("No pixel grid where the map is lon/lat already", "[gis][crs][render]") {
    const View view = viewOf(QRectF(QPointF(103.4, 35.85), QPointF(104.3, 36.35)), "EPSG:4326");
    const gis::CoordinateTransform identity(gis::Crs::wgs84(), view.settings.crs);
    REQUIRE(identity.isIdentity());
    CHECK_FALSE(
        gis::PixelGridTransform(identity, view.settings.mapToPixel(), view.sourceRect).isUsable());
}

TEST_CASE("No pixel grid over a rectangle PROJ cannot project", "[gis][crs][render]") {
    // Web Mercator has no y at the pole.
    const gis::CoordinateTransform toMercator(gis::Crs::wgs84(),
                                              gis::Crs::fromUserInput("EPSG:3857"));
    const gis::PixelGridTransform grid(toMercator, QTransform::fromScale(1e-4, -1e-4),
                                       QRectF(QPointF(100, 80), QPointF(110, 90)));
    CHECK_FALSE(grid.isUsable());
}
