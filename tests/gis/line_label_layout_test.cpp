// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/line_label_layout.h"
#include "gis/measured_path.h"
#include "tests/support/test_files.h"

#include <catch2/catch.hpp>

#include <QFont>

#include <cmath>

namespace {

QFontMetricsF metrics() {
    QFont font(QStringLiteral("WenQuanYi Micro Hei"));
    font.setPixelSize(16);
    return QFontMetricsF(font);
}

/// Every position the layout offers, all taken.
std::vector<std::vector<gis::PlacedGlyph>> placeAll(const gis::LineLabelLayout& layout,
                                                    const QPolygonF& path, const QRectF& bounds,
                                                    double spacing) {
    std::vector<std::vector<gis::PlacedGlyph>> labels;
    layout.place(
        path, bounds, spacing, [](const QRectF&) { return true; },
        [&](const std::vector<gis::PlacedGlyph>& glyphs) {
            labels.push_back(glyphs);
            return true;
        });
    return labels;
}

}  // namespace

TEST_CASE("A measured path finds points by distance along it", "[gis][labels]") {
    const gis::MeasuredPath path(QPolygonF{{0, 0}, {30, 40}, {30, 100}});
    CHECK(path.length() == Approx(110));
    CHECK(path.pointAt(25) == QPointF(15, 20));
    CHECK(path.pointAt(80) == QPointF(30, 70));
    CHECK(path.pointAt(-5) == QPointF(0, 0));
    CHECK(path.pointAt(500) == QPointF(30, 100));
}

TEST_CASE("Line labels read left to right whichever way the line runs", "[gis][labels]") {
    tests::ensureApplication();
    const gis::LineLabelLayout layout(QStringLiteral("黄河"), metrics());
    REQUIRE(layout.width() > 20);
    for (const QPolygonF& line :
         {QPolygonF{{10, 100}, {390, 60}}, QPolygonF{{390, 60}, {10, 100}}}) {
        const auto glyphs = layout.layoutAt(gis::MeasuredPath(line), 100);
        REQUIRE(glyphs);
        REQUIRE(glyphs->size() == 2);
        CHECK((*glyphs)[0].text == "黄");
        CHECK((*glyphs)[0].center.x() < (*glyphs)[1].center.x());
        // The line climbs about 6 degrees to the right: the glyphs turn with it, never over.
        for (const gis::PlacedGlyph& glyph : *glyphs) {
            CHECK(glyph.angleDegrees == Approx(-6.0).margin(0.1));
        }
    }
    // A line running straight up reads top to bottom.
    const auto vertical = layout.layoutAt(gis::MeasuredPath(QPolygonF{{50, 300}, {50, 0}}), 100);
    REQUIRE(vertical);
    CHECK((*vertical)[0].center.y() < (*vertical)[1].center.y());
    CHECK((*vertical)[0].angleDegrees == Approx(90));
}

TEST_CASE("Line labels are refused where the line bends too sharply", "[gis][labels]") {
    tests::ensureApplication();
    const gis::LineLabelLayout layout(QStringLiteral("湟水河谷"), metrics());
    const double arm = layout.width() * 0.6;
    // A right angle in the middle: neither arm holds the label and the corner is too sharp.
    const QPolygonF corner{{100, 100}, {100 + arm, 100}, {100 + arm, 100 + arm}};
    CHECK(placeAll(layout, corner, QRectF(0, 0, 400, 300), 400).empty());
    // The same length straight takes it.
    const QPolygonF straight{{100, 100}, {100 + 2 * arm, 100}};
    CHECK(placeAll(layout, straight, QRectF(0, 0, 400, 300), 400).size() == 1);
}

TEST_CASE("Line labels stay on the part of the line in view and repeat on long lines",
          "[gis][labels]") {
    tests::ensureApplication();
    const gis::LineLabelLayout layout(QStringLiteral("兰新铁路"), metrics());
    const QRectF bounds(0, 0, 400, 300);
    // Mostly outside the view: the label goes on the 150 pixels inside, whole.
    const auto edge = placeAll(layout, QPolygonF{{-600, 150}, {150, 150}}, bounds, 300);
    REQUIRE(edge.size() == 1);
    for (const gis::PlacedGlyph& glyph : edge.front()) {
        CHECK(bounds.contains(glyph.box));
        CHECK(glyph.box.right() <= 150 + 1);
    }
    // One spacing's length of line holds one label; four and a bit hold four, evenly spaced.
    const QRectF wide(0, 0, 2000, 300);
    CHECK(placeAll(layout, QPolygonF{{0, 150}, {400, 150}}, wide, 400).size() == 1);
    const auto repeated = placeAll(layout, QPolygonF{{-100, 150}, {1700, 150}}, wide, 400);
    REQUIRE(repeated.size() == 4);
    for (std::size_t i = 1; i < repeated.size(); ++i) {
        const double gap = repeated[i][0].center.x() - repeated[i - 1][0].center.x();
        CHECK(gap >= 400);
        CHECK(gap < 450);
    }
    // Too short a stretch inside the view: no label at all.
    CHECK(placeAll(layout, QPolygonF{{-600, 150}, {20, 150}}, bounds, 300).empty());
}
