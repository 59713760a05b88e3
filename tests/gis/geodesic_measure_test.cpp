// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/geodesic_measure.h"

#include <catch2/catch.hpp>

#include <QLocale>

#include <cmath>
#include <numbers>

using Catch::Matchers::WithinAbs;
using Catch::Matchers::WithinRel;

namespace {

constexpr double kA = 6378137.0;  // WGS 84
constexpr double kF = 1 / 298.257223563;
constexpr double kDegree = std::numbers::pi / 180;

const QPointF kLanzhou(103.834, 36.061);
const QPointF kXining(101.778, 36.617);

struct Inverse {
    double metres;
    double azimuth;  // degrees at the start, clockwise from north
};

/// Vincenty's inverse formula, written independently of PROJ (Karney's algorithm) as the check:
/// T. Vincenty, "Direct and inverse solutions of geodesics on the ellipsoid with application of
/// nested equations", Survey Review 23(176), 1975, pp. 88–93 (the inverse method).
Inverse vincenty(const QPointF& from, const QPointF& to) {
    const double b = kA * (1 - kF);
    const double L = (to.x() - from.x()) * kDegree;
    const double u1 = std::atan((1 - kF) * std::tan(from.y() * kDegree));
    const double u2 = std::atan((1 - kF) * std::tan(to.y() * kDegree));
    double lambda = L, sinSigma = 0, cosSigma = 0, sigma = 0, cos2Alpha = 0, cos2Sm = 0;
    for (int i = 0; i < 200; ++i) {
        sinSigma = std::hypot(
            std::cos(u2) * std::sin(lambda),
            std::cos(u1) * std::sin(u2) - std::sin(u1) * std::cos(u2) * std::cos(lambda));
        cosSigma = std::sin(u1) * std::sin(u2) + std::cos(u1) * std::cos(u2) * std::cos(lambda);
        sigma = std::atan2(sinSigma, cosSigma);
        const double sinAlpha = std::cos(u1) * std::cos(u2) * std::sin(lambda) / sinSigma;
        cos2Alpha = 1 - sinAlpha * sinAlpha;
        cos2Sm = cosSigma - 2 * std::sin(u1) * std::sin(u2) / cos2Alpha;
        const double c = kF / 16 * cos2Alpha * (4 + kF * (4 - 3 * cos2Alpha));
        const double previous = lambda;
        lambda =
            L + (1 - c) * kF * sinAlpha *
                    (sigma + c * sinSigma * (cos2Sm + c * cosSigma * (-1 + 2 * cos2Sm * cos2Sm)));
        if (std::abs(lambda - previous) < 1e-13) {
            break;
        }
    }
    const double uu = cos2Alpha * (kA * kA - b * b) / (b * b);
    const double bigA = 1 + uu / 16384 * (4096 + uu * (-768 + uu * (320 - 175 * uu)));
    const double bigB = uu / 1024 * (256 + uu * (-128 + uu * (74 - 47 * uu)));
    const double deltaSigma = bigB * sinSigma *
                              (cos2Sm + bigB / 4 *
                                            (cosSigma * (-1 + 2 * cos2Sm * cos2Sm) -
                                             bigB / 6 * cos2Sm * (-3 + 4 * sinSigma * sinSigma) *
                                                 (-3 + 4 * cos2Sm * cos2Sm)));
    const double azimuth =
        std::atan2(std::cos(u2) * std::sin(lambda),
                   std::cos(u1) * std::sin(u2) - std::sin(u1) * std::cos(u2) * std::cos(lambda));
    return {b * bigA * (sigma - deltaSigma), std::fmod(azimuth / kDegree + 360, 360)};
}

/// The authalic q of J. P. Snyder, "Map Projections — A Working Manual", USGS Professional Paper
/// 1395 (1987), eq. (3-12). With his (3-11) and (3-13) (sin β = q/q_p, R_q² = a² q_p / 2), the
/// ellipsoidal quadrangle between meridians Δλ apart and parallels φ1 < φ2 has the area
/// a²/2 · Δλ · (q(φ2) − q(φ1)).
double snyderQ(double latitudeDegrees) {
    const double e2 = kF * (2 - kF);
    const double e = std::sqrt(e2);
    const double s = std::sin(latitudeDegrees * kDegree);
    return (1 - e2) * (s / (1 - e2 * s * s) - std::log((1 - e * s) / (1 + e * s)) / (2 * e));
}

/// The 1°×1° cell 103–104°E, 36–37°N, its parallels split into `steps` geodesic edges each.
std::vector<QPointF> cell(int steps) {
    std::vector<QPointF> ring;
    for (int i = 0; i <= steps; ++i) {
        ring.emplace_back(103 + double(i) / steps, 36);
    }
    for (int i = 0; i <= steps; ++i) {
        ring.emplace_back(104 - double(i) / steps, 37);
    }
    return ring;
}

/// Formats in a fixed locale for the duration of a test.
struct LocaleGuard {
    QLocale saved;
    explicit LocaleGuard(const QLocale& locale) { QLocale::setDefault(locale); }
    ~LocaleGuard() { QLocale::setDefault(saved); }
};

}  // namespace

TEST_CASE("The Lanzhou–Xining path has its geodesic length", "[gis][measure]") {
    const double expected = vincenty(kLanzhou, kXining).metres;
    // The same figure from the same formula in Python (a check on the C++ transcription above).
    CHECK_THAT(expected, WithinAbs(194613.058, 0.001));
    // Vincenty and Karney agree to well under a millimetre at this range.
    CHECK_THAT(gis::GeodesicMeasure::length({kLanzhou, kXining}), WithinAbs(expected, 0.001));
    CHECK_THAT(gis::GeodesicMeasure::length({kLanzhou, kXining, kLanzhou}),
               WithinAbs(2 * expected, 0.002));
    CHECK(gis::GeodesicMeasure::length({kLanzhou}) == 0);
    CHECK(gis::GeodesicMeasure::length({}) == 0);
}

TEST_CASE("The initial bearing is the geodesic's azimuth, 0–360° from north", "[gis][measure]") {
    using gis::GeodesicMeasure;
    CHECK_THAT(GeodesicMeasure::initialBearing(kLanzhou, kXining),
               WithinAbs(vincenty(kLanzhou, kXining).azimuth, 1e-7));
    CHECK_THAT(GeodesicMeasure::initialBearing({103, 36}, {103, 37}), WithinAbs(0, 1e-9));
    CHECK_THAT(GeodesicMeasure::initialBearing({103, 36}, {103, 35}), WithinAbs(180, 1e-9));
    CHECK_THAT(GeodesicMeasure::initialBearing({0, 0}, {1, 0}), WithinAbs(90, 1e-9));
    CHECK_THAT(GeodesicMeasure::initialBearing({1, 0}, {0, 0}), WithinAbs(270, 1e-9));
    CHECK(GeodesicMeasure::initialBearing(kLanzhou, kLanzhou) == 0);
}

TEST_CASE("A 1°×1° cell has the ellipsoidal quadrangle's area", "[gis][measure]") {
    const double quadrangle = kA * kA / 2 * kDegree * (snyderQ(37) - snyderQ(36));
    REQUIRE_THAT(quadrangle, WithinRel(9.9416442e9, 1e-7));  // 9 941.6 km²
    // Densified, the geodesic edges follow the parallels within centimetres.
    CHECK_THAT(gis::GeodesicMeasure::area(cell(100)), WithinRel(quadrangle, 1e-9));
    // With four corners the edges bulge ~117 m poleward at both 36° and 37°N; the two slivers
    // (~7 km² each) nearly cancel, leaving about 0.015 km² (1.5e-6).
    CHECK_THAT(gis::GeodesicMeasure::area(cell(1)), WithinRel(quadrangle, 1e-5));
}

TEST_CASE("The area does not depend on orientation or closure", "[gis][measure]") {
    std::vector<QPointF> ring = cell(1);
    const double counterClockwise = gis::GeodesicMeasure::area(ring);
    CHECK(counterClockwise > 0);
    std::vector<QPointF> reversed(ring.rbegin(), ring.rend());
    CHECK_THAT(gis::GeodesicMeasure::area(reversed), WithinRel(counterClockwise, 1e-12));
    ring.push_back(ring.front());
    CHECK_THAT(gis::GeodesicMeasure::area(ring), WithinRel(counterClockwise, 1e-12));
    CHECK(gis::GeodesicMeasure::area({kLanzhou, kXining}) == 0);
}

TEST_CASE("Lengths and areas are formatted in fitting units", "[gis][measure]") {
    const LocaleGuard english(QLocale(QLocale::English, QLocale::UnitedStates));
    using gis::GeodesicMeasure;
    CHECK(GeodesicMeasure::formatLength(0) == "0.0 m");
    CHECK(GeodesicMeasure::formatLength(850) == "850.0 m");
    CHECK(GeodesicMeasure::formatLength(999.94) == "999.9 m");
    CHECK(GeodesicMeasure::formatLength(1000) == "1.000 km");
    CHECK(GeodesicMeasure::formatLength(12345) == "12.345 km");
    CHECK(GeodesicMeasure::formatLength(194613.058) == "194.6 km");
    CHECK(GeodesicMeasure::formatLength(1234567) == "1,234.6 km");
    CHECK(GeodesicMeasure::formatArea(950) == QStringLiteral("950 m²"));
    CHECK(GeodesicMeasure::formatArea(32000) == QStringLiteral("3.20 ha"));
    CHECK(GeodesicMeasure::formatArea(9.99e6) == QStringLiteral("999.00 ha"));
    CHECK(GeodesicMeasure::formatArea(1.25e7) == QStringLiteral("12.50 km²"));
    CHECK(GeodesicMeasure::formatArea(9.9416442e9) == QStringLiteral("9,941.64 km²"));
}
