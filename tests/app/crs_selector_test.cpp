// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/crs_selector.h"
#include "app/coordinate_status.h"
#include "app/language.h"
#include "app/main_window.h"
#include "app/map_canvas.h"
#include "gis/coordinate_transform.h"
#include "gis/error.h"
#include "gis/map_scale.h"
#include "tests/support/test_files.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using Catch::Matchers::WithinAbs;
using Catch::Matchers::WithinRel;

namespace {

QPointF pixelOf(const app::MapCanvas& canvas, const QPointF& lonLat) {
    const gis::CoordinateTransform toMap(gis::Crs::wgs84(), canvas.mapSettings().crs);
    return canvas.mapSettings().mapToPixel().map(toMap.transform(lonLat));
}

}  // namespace

TEST_CASE("The map CRS selector offers exactly the region's CRSs, named in Chinese and English",
          "[app][crs]") {
    tests::ensureWidgetApplication();
    app::CrsSelector selector(app::CrsSelector::Mode::MapCrs);
    QStringList codes;
    for (int i = 0; i < selector.count(); ++i) {
        codes << selector.itemData(i).toString();
    }
    CHECK(codes == QStringList{"EPSG:4326", "EPSG:4490", "EPSG:4522", "EPSG:4523", "EPSG:4543",
                               "EPSG:4544", "EPSG:3857"});
    const QString zone34 = selector.itemText(2);
    CHECK(zone34.contains(QStringLiteral("34 带")));
    CHECK(zone34.contains("zone 34"));
    CHECK(zone34.endsWith("(EPSG:4522)"));
    CHECK(selector.itemText(6).contains("Web Mercator"));
    CHECK_FALSE(selector.isEditable());

    QSignalSpy chosen(&selector, &app::CrsSelector::crsChosen);
    selector.setCrs(gis::Crs::fromEpsg(4523));
    CHECK(chosen.isEmpty());  // only the user's choices are announced
    CHECK(selector.crs().authId() == "EPSG:4523");
    selector.setCurrentIndex(0);
    REQUIRE(chosen.size() == 1);
    CHECK(chosen.front().front().value<gis::Crs>().authId() == "EPSG:4326");
}

TEST_CASE("A layer's CRS may be any CRS PROJ knows, typed in", "[app][crs]") {
    tests::ensureWidgetApplication();
    app::CrsSelector selector(app::CrsSelector::Mode::AnyCrs);
    REQUIRE(selector.isEditable());
    selector.lineEdit()->setText("EPSG:32648");
    CHECK(selector.crs().authId() == "EPSG:32648");
    selector.lineEdit()->setText(selector.itemText(1));
    CHECK(selector.crs().authId() == "EPSG:4490");
    selector.lineEdit()->setText("EPSG:nonsense");
    CHECK_THROWS_AS(selector.crs(), gis::Error);
}

TEST_CASE("Changing the map CRS keeps the view's centre and scale, and is saved",
          "[app][ui][crs]") {
    tests::ensureWidgetApplication();
    tests::ScratchDir scratch;
    const QString path = scratch.file("project.gpkg");
    REQUIRE(QFile::copy(tests::defaultProjectPath(), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    app::Language language;
    app::MainWindow window(language);
    window.resize(1200, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.openProject(path));
    app::MapCanvas* canvas = window.canvas();
    app::CrsSelector* selector = window.crsSelector();
    CHECK(selector->crs().authId() == "EPSG:4543");

    const QPointF xining(101.778, 36.617);
    const QPointF before = pixelOf(*canvas, xining);
    const double scale = gis::scaleDenominator(canvas->mapSettings());
    QSignalSpy finished(canvas, &app::MapCanvas::renderFinished);
    selector->setCurrentIndex(selector->findData("EPSG:4522"));
    CHECK(canvas->mapSettings().crs.authId() == "EPSG:4522");
    const QPointF after = pixelOf(*canvas, xining);
    CHECK_THAT(after.x(), WithinAbs(before.x(), 1.0));
    CHECK_THAT(after.y(), WithinAbs(before.y(), 1.0));
    CHECK_THAT(gis::scaleDenominator(canvas->mapSettings()), WithinRel(scale, 0.001));
    CHECK(
        window.coordinateStatus()->positionText(canvas->visibleExtent().center()).contains("EPSG"));
    CHECK(core::Project::open(path).crs().authId() == "EPSG:4522");
    CHECK(window.project()->homeExtent().left() > 34000000);

    // Xining's point is drawn where it was: the cities layer is reprojected on the fly.
    REQUIRE(finished.wait(10000));
    const QColor city = canvas->renderedImage().pixelColor(after.toPoint());
    CHECK(city.red() > 150);
    CHECK(city.green() < 100);

    // To lon/lat degrees: the centre stays, the scale too (within a per cent), Xining moves
    // little, since Plate Carrée and Gauss–Krüger differ away from the centre.
    const QPointF centreLonLat =
        gis::CoordinateTransform(canvas->mapSettings().crs, gis::Crs::wgs84())
            .transform(canvas->visibleExtent().center());
    selector->setCurrentIndex(selector->findData("EPSG:4326"));
    const QPointF centreAfter = canvas->visibleExtent().center();
    CHECK_THAT(centreAfter.x(), WithinAbs(centreLonLat.x(), 1e-6));
    CHECK_THAT(centreAfter.y(), WithinAbs(centreLonLat.y(), 1e-6));
    CHECK_THAT(gis::scaleDenominator(canvas->mapSettings()), WithinRel(scale, 0.01));
    CHECK(QLineF(pixelOf(*canvas, xining), before).length() < 40);
    REQUIRE(finished.wait(10000));
}
