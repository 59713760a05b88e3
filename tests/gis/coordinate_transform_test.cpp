// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/coordinate_transform.h"

#include <catch2/catch.hpp>

using Catch::Matchers::WithinAbs;

namespace {
// The meridian arc of the CGCS2000 ellipsoid from the equator to 36°N, integrated numerically
// outside PROJ: the northing of any point at 36°N on a Gauss–Krüger central meridian.
constexpr double kMeridianArc36 = 3985542.670;
}  // namespace

TEST_CASE("Gauss–Krüger zone 34 (EPSG:4522) gives easting first, zone prefix included",
          "[gis][crs]") {
    const gis::CoordinateTransform toZone34(gis::Crs::wgs84(), gis::Crs::fromEpsg(4522));
    const QPointF onMeridian = toZone34.transform({102.0, 36.0});
    CHECK_THAT(onMeridian.x(), WithinAbs(34500000.0, 0.01));
    CHECK_THAT(onMeridian.y(), WithinAbs(kMeridianArc36, 0.01));
    // Xining lies west of 102°E: easting below the false easting, northing about 4054 km.
    const QPointF xining = toZone34.transform({101.778, 36.617});
    CHECK_THAT(xining.x(), WithinAbs(34480140.73, 0.05));
    CHECK_THAT(xining.y(), WithinAbs(4054030.86, 0.05));
}

TEST_CASE("Gauss–Krüger zone 35 (EPSG:4523) around Lanzhou, and back", "[gis][crs]") {
    const gis::CoordinateTransform toZone35(gis::Crs::wgs84(), gis::Crs::fromEpsg(4523));
    CHECK_THAT(toZone35.transform({105.0, 36.0}).x(), WithinAbs(35500000.0, 0.01));
    CHECK_THAT(toZone35.transform({105.0, 36.0}).y(), WithinAbs(kMeridianArc36, 0.01));
    const QPointF lanzhou = toZone35.transform({103.834, 36.061});
    CHECK_THAT(lanzhou.x(), WithinAbs(35394947.92, 0.05));
    CHECK_THAT(lanzhou.y(), WithinAbs(3992940.48, 0.05));
    const QPointF back = toZone35.inverseTransform(lanzhou);
    CHECK_THAT(back.x(), WithinAbs(103.834, 1e-9));
    CHECK_THAT(back.y(), WithinAbs(36.061, 1e-9));
}

TEST_CASE("The central-meridian form EPSG:4543 has no zone prefix", "[gis][crs]") {
    const gis::CoordinateTransform toCm102(gis::Crs::wgs84(), gis::Crs::fromEpsg(4543));
    const QPointF lanzhou = toCm102.transform({103.834, 36.061});
    CHECK_THAT(lanzhou.x(), WithinAbs(665241.50, 0.05));
    CHECK_THAT(lanzhou.y(), WithinAbs(3993868.27, 0.05));
}

TEST_CASE("Arrays transform in place and bounds enclose curved edges", "[gis][crs]") {
    const gis::CoordinateTransform toZone34(gis::Crs::wgs84(), gis::Crs::fromEpsg(4522));
    double x[] = {102.0, 101.778};
    double y[] = {36.0, 36.617};
    toZone34.transformInPlace(x, y, 2);
    CHECK_THAT(x[0], WithinAbs(34500000.0, 0.01));
    CHECK_THAT(y[1], WithinAbs(4054030.86, 0.05));
    const QRectF bounds = toZone34.transformBounds(QRectF(QPointF(101, 36), QPointF(103, 37)));
    // Parallels bow towards the pole away from the central meridian, so the southernmost point
    // of the box is the middle of its 36°N edge, which only densifying the edge finds.
    CHECK(toZone34.transform({101.0, 36.0}).y() > kMeridianArc36 + 100);
    CHECK_THAT(bounds.top(), WithinAbs(kMeridianArc36, 1.0));
    CHECK(bounds.bottom() >= toZone34.transform({101.0, 37.0}).y());
    CHECK(bounds.left() < 34500000.0 - 80000);
    CHECK(bounds.right() > 34500000.0 + 80000);
}

TEST_CASE("An identity transform changes nothing", "[gis][crs]") {
    const gis::CoordinateTransform identity(gis::Crs::wgs84(), gis::Crs::wgs84());
    CHECK(identity.isIdentity());
    CHECK(identity.transform({103.5, 36.5}) == QPointF(103.5, 36.5));
}
