// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/style_classifier.h"
#include "gis/ogr/ogr_feature_source.h"
#include "tests/support/test_files.h"

#include <catch2/catch.hpp>

#include <QFile>

#include <cmath>
#include <limits>
#include <random>

namespace {

using Breaks = std::vector<double>;

/// Sum of squared deviations from the class means for classes [b(i), b(i+1)), the last closed.
double squaredDeviations(const std::vector<double>& values, const Breaks& breaks) {
    double total = 0;
    for (size_t c = 0; c + 1 < breaks.size(); ++c) {
        std::vector<double> members;
        for (double v : values) {
            const bool last = c + 2 == breaks.size();
            if (v >= breaks[c] && (v < breaks[c + 1] || (last && v <= breaks[c + 1]))) {
                members.push_back(v);
            }
        }
        double mean = 0;
        for (double v : members) {
            mean += v / double(members.size());
        }
        for (double v : members) {
            total += (v - mean) * (v - mean);
        }
    }
    return total;
}

}  // namespace

TEST_CASE("Equal intervals split the range evenly", "[gis][classifier]") {
    CHECK(gis::StyleClassifier::equalIntervalBreaks({3, 0, 10, 7}, 5) == Breaks{0, 2, 4, 6, 8, 10});
    CHECK(gis::StyleClassifier::equalIntervalBreaks({4, 4, 4}, 3) == Breaks{4, 4});
    CHECK(gis::StyleClassifier::equalIntervalBreaks({}, 3).empty());
    const double nan = std::numeric_limits<double>::quiet_NaN();
    CHECK(gis::StyleClassifier::equalIntervalBreaks({nan, 1, 3}, 2) == Breaks{1, 2, 3});
}

TEST_CASE("Quantiles put as many values in each class", "[gis][classifier]") {
    CHECK(gis::StyleClassifier::quantileBreaks({8, 7, 6, 5, 4, 3, 2, 1}, 4) ==
          Breaks{1, 3, 5, 7, 8});
    // Ties cannot be split: fewer classes come back.
    CHECK(gis::StyleClassifier::quantileBreaks({1, 1, 1, 1, 1, 1, 2, 3}, 4) == Breaks{1, 2, 3});
}

TEST_CASE("Natural breaks find the obvious clusters", "[gis][classifier]") {
    CHECK(gis::StyleClassifier::naturalBreaks({21, 1, 2, 3, 10, 11, 12, 20, 22}, 3) ==
          Breaks{1, 10, 20, 22});
    CHECK(gis::StyleClassifier::naturalBreaks({1, 1, 1, 50, 50, 51, 100}, 3) ==
          Breaks{1, 50, 100, 100});
    // No more classes than distinct values; the last class holds just the highest value.
    CHECK(gis::StyleClassifier::naturalBreaks({5, 5, 9}, 4) == Breaks{5, 9, 9});
    CHECK(gis::StyleClassifier::naturalBreaks({7}, 2) == Breaks{7, 7});
}

TEST_CASE("Natural breaks are the best of all splits", "[gis][classifier]") {
    std::mt19937 random(42);
    std::lognormal_distribution<double> skewed(3.0, 1.0);
    std::vector<double> values;
    for (int i = 0; i < 14; ++i) {
        values.push_back(std::round(skewed(random)));
    }
    const Breaks jenks = gis::StyleClassifier::naturalBreaks(values, 3);
    REQUIRE(jenks.size() == 4);
    std::vector<double> sorted = values;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    double best = std::numeric_limits<double>::infinity();
    for (size_t i = 1; i < sorted.size(); ++i) {
        for (size_t j = i + 1; j < sorted.size(); ++j) {
            best = std::min(best, squaredDeviations(values, {sorted.front(), sorted[i], sorted[j],
                                                             sorted.back()}));
        }
    }
    CHECK(squaredDeviations(values, jenks) == Approx(best));
}

TEST_CASE("Large inputs are sampled and still classified", "[gis][classifier]") {
    std::vector<double> values;
    for (int i = 0; i < 20000; ++i) {
        values.push_back(i % 3 == 0 ? 1000.0 + i % 7 : double(i % 11));
    }
    const Breaks breaks = gis::StyleClassifier::naturalBreaks(values, 2);
    REQUIRE(breaks.size() == 3);
    CHECK(breaks.front() == 0);
    CHECK(breaks[1] == 1000);
    CHECK(breaks.back() == 1006);
}

TEST_CASE("A graduated style ramps its colours over the classes", "[gis][classifier]") {
    gis::Symbol base;
    base.strokeStyle = Qt::NoPen;
    const gis::Style style =
        gis::StyleClassifier::graduatedStyle("pop", {0, 10, 20, 40}, QColor(255, 255, 255),
                                             QColor(0, 0, 255), base, gis::GeometryKind::Polygon);
    CHECK(style.kind() == gis::StyleKind::Graduated);
    REQUIRE(style.classes.size() == 3);
    CHECK(style.classes[0].symbol.fillColor == QColor(255, 255, 255));
    CHECK(std::abs(style.classes[1].symbol.fillColor.red() - 128) <= 1);
    CHECK(style.classes[2].symbol.fillColor == QColor(0, 0, 255));
    CHECK(style.classes[2].lower == 20);
    CHECK(style.classes[2].upper == 40);
    CHECK(style.classes[0].label == QStringLiteral("0 – 10"));
    CHECK(style.classes[1].symbol.strokeStyle == Qt::NoPen);

    const gis::Style lines = gis::StyleClassifier::graduatedStyle("flow", {0, 1}, Qt::red, Qt::blue,
                                                                  base, gis::GeometryKind::Line);
    CHECK(lines.classes[0].symbol.strokeColor == QColor(Qt::red));
}

TEST_CASE("Values for a classification come from the source", "[gis][classifier]") {
    tests::ScratchDir scratch;
    const QString path = scratch.file("values.geojson");
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(R"({"type": "FeatureCollection", "name": "values", "features": [
        {"type": "Feature", "properties": {"pop": 5}, "geometry": {"type": "Point", "coordinates": [100, 35]}},
        {"type": "Feature", "properties": {"pop": null}, "geometry": {"type": "Point", "coordinates": [100, 35]}},
        {"type": "Feature", "properties": {"pop": 7.5}, "geometry": {"type": "Point", "coordinates": [100, 35]}}]})");
    file.close();
    const gis::OgrFeatureSource source({path, "values", {}});
    std::vector<double> values = gis::StyleClassifier::readValues(source, "pop");
    std::sort(values.begin(), values.end());
    CHECK(values == std::vector<double>{5, 7.5});
}
