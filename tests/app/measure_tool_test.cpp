// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/measure_tool.h"

#include "app/map_canvas.h"
#include "gis/coordinate_transform.h"
#include "gis/geodesic_measure.h"
#include "tests/support/test_files.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using Catch::Matchers::WithinAbs;
using Catch::Matchers::WithinRel;
using gis::GeodesicMeasure;
using Mode = app::MeasureTool::Mode;

namespace {

const QPointF kLanzhou(103.834, 36.061);
const QPointF kXining(101.778, 36.617);
const QPointF kLinxia(103.210, 35.601);

/// A shown 800×600 canvas in CGCS2000 / 3° GK CM 102E (EPSG:4543) around Lanzhou and Xining
/// (437.5 m a pixel), measuring with a tool it owns.
struct MeasuringCanvas {
    app::MapCanvas canvas;
    app::MeasureTool* tool;
    gis::CoordinateTransform toMap{gis::Crs::wgs84(), gis::Crs::fromEpsg(4543)};

    explicit MeasuringCanvas(Mode mode) {
        canvas.resize(800, 600);
        canvas.setCrs(gis::Crs::fromEpsg(4543));
        canvas.show();
        REQUIRE(QTest::qWaitForWindowExposed(&canvas));
        canvas.zoomToExtent(QRectF(400000, 3950000, 350000, 150000));
        tool = new app::MeasureTool(&canvas, mode);
        canvas.setMapTool(tool);
    }
    /// The pixel a user clicks for a place: its exact position rounded.
    QPoint pixelOf(const QPointF& lonLat) const {
        return canvas.mapToPixel(toMap.transform(lonLat)).toPoint();
    }
    /// Where that click lands, back in lon/lat.
    QPointF clickedLonLat(const QPointF& lonLat) const {
        return toMap.inverseTransform(canvas.pixelToMap(pixelOf(lonLat)));
    }
    /// How far the rounding to a pixel moves the place on the ground (up to ~0.7 px).
    double roundingError(const QPointF& lonLat) const {
        return GeodesicMeasure::length({lonLat, clickedLonLat(lonLat)});
    }
    void click(const QPointF& lonLat, Qt::MouseButton button = Qt::LeftButton) {
        QTest::mouseClick(&canvas, button, {}, pixelOf(lonLat));
    }
    void moveTo(const QPointF& lonLat) {
        const QPointF pixel = pixelOf(lonLat);
        QMouseEvent move(QEvent::MouseMove, pixel, canvas.mapToGlobal(pixel), Qt::NoButton,
                         Qt::NoButton, {});
        QApplication::sendEvent(&canvas, &move);
    }
};

}  // namespace

TEST_CASE("Clicking two towns measures the geodesic distance between them", "[app][measure]") {
    tests::ensureWidgetApplication();
    MeasuringCanvas map(Mode::Distance);
    QSignalSpy measured(map.tool, &app::MeasureTool::measured);
    CHECK(map.canvas.cursor().shape() == Qt::CrossCursor);

    map.click(kLanzhou);
    REQUIRE(map.tool->vertices().size() == 1);
    CHECK(map.tool->vertices()[0] == map.canvas.pixelToMap(map.pixelOf(kLanzhou)));
    CHECK(map.tool->result() == 0);

    const double clicked =
        GeodesicMeasure::length({map.clickedLonLat(kLanzhou), map.clickedLonLat(kXining)});
    // The rubber band to the cursor counts while drawing.
    map.moveTo(kXining);
    CHECK_THAT(map.tool->result(), WithinRel(clicked, 1e-9));
    CHECK(map.tool->vertices().size() == 1);

    // A real double click: press and release, then the double-click event at the same place.
    map.click(kXining);
    QTest::mouseDClick(&map.canvas, Qt::LeftButton, {}, map.pixelOf(kXining));
    CHECK(map.tool->isFinished());
    REQUIRE(map.tool->vertices().size() == 2);
    CHECK_THAT(map.tool->result(), WithinRel(clicked, 1e-9));
    // Each end may sit up to ~0.7 px (≈ 310 m here) off the town; the length can differ from the
    // exact one by no more than the two offsets together.
    const double tolerance = map.roundingError(kLanzhou) + map.roundingError(kXining);
    CHECK(tolerance < 620);
    CHECK_THAT(map.tool->result(),
               WithinAbs(GeodesicMeasure::length({kLanzhou, kXining}), tolerance));
    CHECK(map.tool->resultText() == GeodesicMeasure::formatLength(map.tool->result()));
    REQUIRE(measured.count() > 0);
    CHECK(measured.last().at(0).toDouble() == map.tool->result());
    CHECK(measured.last().at(1).toString() == map.tool->resultText());
    CHECK_FALSE(map.canvas.grab().isNull());  // paints the path and its label

    // Moving after finishing changes nothing; a new click starts over.
    map.moveTo(kLinxia);
    CHECK_THAT(map.tool->result(), WithinRel(clicked, 1e-9));
    map.click(kLinxia);
    CHECK_FALSE(map.tool->isFinished());
    CHECK(map.tool->vertices().size() == 1);
    CHECK(map.tool->result() == 0);
}

TEST_CASE("Clicking a triangle measures its geodesic area", "[app][measure]") {
    tests::ensureWidgetApplication();
    MeasuringCanvas map(Mode::Area);
    const std::vector<QPointF> towns{kLanzhou, kXining, kLinxia};
    std::vector<QPointF> clicked;
    for (const QPointF& town : towns) {
        clicked.push_back(map.clickedLonLat(town));
    }
    map.click(kLanzhou);
    map.click(kXining);
    map.moveTo(kLinxia);
    const double clickedArea = GeodesicMeasure::area(clicked);
    CHECK_THAT(map.tool->result(), WithinRel(clickedArea, 1e-9));  // rubber band included
    map.click(kLinxia);
    map.click(kLinxia, Qt::RightButton);
    CHECK(map.tool->isFinished());
    CHECK(map.tool->vertices().size() == 3);
    CHECK_THAT(map.tool->result(), WithinRel(clickedArea, 1e-9));
    CHECK_FALSE(map.canvas.grab().isNull());

    // Moving vertex i by d_i changes a triangle's area by at most d_i · (opposite side + the
    // other moves) / 2.
    double maxError = 0;
    for (const QPointF& town : towns) {
        maxError = std::max(maxError, map.roundingError(town));
    }
    double tolerance = 0;
    for (std::size_t i = 0; i < 3; ++i) {
        const double opposite = GeodesicMeasure::length({towns[(i + 1) % 3], towns[(i + 2) % 3]});
        tolerance += map.roundingError(towns[i]) * (opposite + 2 * maxError) / 2;
    }
    CHECK(tolerance < 0.01 * map.tool->result());
    CHECK_THAT(map.tool->result(), WithinAbs(GeodesicMeasure::area(towns), tolerance));
    CHECK(map.tool->resultText() == GeodesicMeasure::formatArea(map.tool->result()));
}

TEST_CASE("Backspace removes the last vertex and Esc clears the measurement", "[app][measure]") {
    tests::ensureWidgetApplication();
    MeasuringCanvas map(Mode::Distance);
    QSignalSpy measured(map.tool, &app::MeasureTool::measured);
    const QPointF a = map.clickedLonLat(kLanzhou);
    const QPointF b = map.clickedLonLat(kXining);
    const QPointF c = map.clickedLonLat(kLinxia);
    map.click(kLanzhou);
    map.click(kXining);
    map.click(kLinxia);
    CHECK_THAT(map.tool->result(), WithinRel(GeodesicMeasure::length({a, b, c}), 1e-9));

    QTest::keyClick(&map.canvas, Qt::Key_Backspace);
    REQUIRE(map.tool->vertices().size() == 2);
    CHECK(map.tool->vertices()[1] == map.canvas.pixelToMap(map.pixelOf(kXining)));
    // The rubber band now runs from Xining to the cursor, still at Linxia.
    CHECK_THAT(map.tool->result(), WithinRel(GeodesicMeasure::length({a, b, c}), 1e-9));
    map.moveTo(kXining);
    CHECK_THAT(map.tool->result(), WithinRel(GeodesicMeasure::length({a, b}), 1e-9));

    // Changing the map CRS moves the vertices along; the measurement stays.
    const double before = map.tool->result();
    map.canvas.setCrs(gis::Crs::fromEpsg(4523));
    CHECK(map.tool->vertices().size() == 2);
    CHECK_THAT(map.tool->result(), WithinAbs(before, 0.01));
    map.canvas.setCrs(gis::Crs::fromEpsg(4543));

    QTest::keyClick(&map.canvas, Qt::Key_Escape);
    CHECK(map.tool->vertices().empty());
    CHECK(map.tool->result() == 0);
    CHECK(measured.last().at(0).toDouble() == 0);

    // After finishing, Backspace keeps the measurement; Esc still clears it.
    map.click(kLanzhou);
    QTest::mouseDClick(&map.canvas, Qt::LeftButton, {}, map.pixelOf(kXining));
    REQUIRE(map.tool->isFinished());
    QTest::keyClick(&map.canvas, Qt::Key_Backspace);
    CHECK(map.tool->vertices().size() == 2);
    QTest::keyClick(&map.canvas, Qt::Key_Escape);
    CHECK(map.tool->vertices().empty());
    CHECK_FALSE(map.tool->isFinished());
}
