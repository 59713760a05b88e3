// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/main_window.h"
#include "app/attribute_table_dock.h"
#include "app/coordinate_status.h"
#include "app/identify_dock.h"
#include "app/language.h"
#include "app/layers_dock.h"
#include "app/map_canvas.h"
#include "app/plan_browser.h"
#include "gis/coordinate_transform.h"
#include "tests/support/test_files.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using Catch::Matchers::WithinAbs;
using Catch::Matchers::WithinRel;

namespace {

/// A shown main window on a copy of the default project (layer changes are saved at once), its
/// first render finished.
struct OpenWindow {
    tests::ScratchDir projectDir;
    app::Language language;
    app::MainWindow window{language};

    OpenWindow() {
        window.resize(1200, 800);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        const QString copy = projectDir.file("default-project.gpkg");
        REQUIRE(QFile::copy(tests::defaultProjectPath(), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        REQUIRE(window.openProject(copy));
        waitForRender();
    }
    void waitForRender() {
        QSignalSpy finished(window.canvas(), &app::MapCanvas::renderFinished);
        REQUIRE(finished.wait(10000));
    }
};

/// The number that follows `label` in `text` (digits, sign, point; group separators skipped).
double numberAfter(const QString& text, const QString& label) {
    const qsizetype start = text.indexOf(label);
    REQUIRE(start >= 0);
    QString digits;
    for (qsizetype i = start + label.size(); i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isDigit() || c == u'.' || c == u'-') {
            digits += c;
        } else if (c != u',') {
            break;
        }
    }
    return digits.toDouble();
}

}  // namespace

TEST_CASE("The window shows the region's map, rendered off the UI thread", "[app][ui]") {
    tests::ensureWidgetApplication();
    OpenWindow open;
    app::MapCanvas* canvas = open.window.canvas();
    const QImage image = canvas->renderedImage();
    REQUIRE_FALSE(image.isNull());
    // Lanzhou's red star is where PROJ puts it.
    const gis::CoordinateTransform toMap(gis::Crs::wgs84(), canvas->mapSettings().crs);
    const QPointF lanzhou =
        canvas->mapSettings().mapToPixel().map(toMap.transform({103.834, 36.061}));
    const QColor color = image.pixelColor(lanzhou.toPoint());
    CHECK(color.red() > 150);
    CHECK(color.green() < 100);
    CHECK(open.window.windowTitle().contains(QStringLiteral("Lanxi Atlas")));
}

TEST_CASE("Dragging pans and the wheel zooms about the cursor", "[app][ui]") {
    tests::ensureWidgetApplication();
    OpenWindow open;
    app::MapCanvas* canvas = open.window.canvas();
    const QRectF before = canvas->visibleExtent();
    const double unitsPerPixel = canvas->mapSettings().mapUnitsPerPixel();

    QTest::mousePress(canvas, Qt::LeftButton, {}, QPoint(400, 300));
    QMouseEvent move(QEvent::MouseMove, QPointF(500, 350), canvas->mapToGlobal(QPointF(500, 350)),
                     Qt::NoButton, Qt::LeftButton, {});
    QApplication::sendEvent(canvas, &move);
    QTest::mouseRelease(canvas, Qt::LeftButton, {}, QPoint(500, 350));
    const QRectF panned = canvas->visibleExtent();
    // Dragging right and down moves the view west and north by the same number of pixels.
    CHECK_THAT(before.left() - panned.left(), WithinRel(100 * unitsPerPixel, 1e-6));
    CHECK_THAT(panned.top() - before.top(), WithinRel(50 * unitsPerPixel, 1e-6));

    const QPointF cursor(300, 200);
    const QPointF anchor = canvas->pixelToMap(cursor);
    QWheelEvent wheel(cursor, canvas->mapToGlobal(cursor), {}, QPoint(0, 120), Qt::NoButton, {},
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(canvas, &wheel);
    CHECK_THAT(canvas->visibleExtent().width(), WithinRel(panned.width() / 1.25, 1e-6));
    CHECK_THAT(canvas->pixelToMap(cursor).x(), WithinAbs(anchor.x(), 1e-6));
    CHECK_THAT(canvas->pixelToMap(cursor).y(), WithinAbs(anchor.y(), 1e-6));

    QTest::keyClick(canvas, Qt::Key_Minus);
    CHECK_THAT(canvas->visibleExtent().width(), WithinRel(panned.width() / 1.25 * 2, 1e-6));
    QTest::keyClick(canvas, Qt::Key_Home);
    CHECK_THAT(canvas->visibleExtent().width(), WithinRel(before.width(), 1e-6));
    open.waitForRender();
}

TEST_CASE("The status bar shows lon/lat and GK metres of the zone under the cursor", "[app][ui]") {
    tests::ensureWidgetApplication();
    OpenWindow open;
    app::MapCanvas* canvas = open.window.canvas();
    const gis::CoordinateTransform toMap(gis::Crs::wgs84(), canvas->mapSettings().crs);
    const QPointF xiningPixel =
        canvas->mapSettings().mapToPixel().map(toMap.transform({101.778, 36.617}));
    QTest::mouseMove(canvas, xiningPixel.toPoint());
    const QString text = open.window.coordinateStatus()->text();
    INFO(text.toStdString());
    // The cursor sits within a pixel of Xining (E 34480140.7, N 4054030.9 in zone 34).
    const double pixelMetres = canvas->mapSettings().mapUnitsPerPixel();
    CHECK(text.contains("EPSG:4522"));
    CHECK_THAT(numberAfter(text, "Lon "), WithinAbs(101.778, 0.02));
    CHECK_THAT(numberAfter(text, "Lat "), WithinAbs(36.617, 0.02));
    CHECK_THAT(numberAfter(text, "E "), WithinAbs(34480140.7, pixelMetres));
    CHECK_THAT(numberAfter(text, "N "), WithinAbs(4054030.9, pixelMetres));
    CHECK(numberAfter(text, "1:") > 100000);

    const QPointF lanzhouPixel =
        canvas->mapSettings().mapToPixel().map(toMap.transform({103.834, 36.061}));
    QTest::mouseMove(canvas, lanzhouPixel.toPoint());
    const QString lanzhou = open.window.coordinateStatus()->text();
    CHECK(lanzhou.contains("EPSG:4523"));
    CHECK_THAT(numberAfter(lanzhou, "E "), WithinAbs(35394947.9, pixelMetres * 1.2));
}

TEST_CASE("Layers are hidden and shown from the dock", "[app][ui]") {
    tests::ensureWidgetApplication();
    OpenWindow open;
    auto* tree = open.window.layersDock()->findChild<QTreeWidget*>();
    REQUIRE(tree);
    REQUIRE(tree->topLevelItemCount() >= 4);
    QTreeWidgetItem* cities = tree->topLevelItem(0);  // drawn last, listed first
    CHECK(cities->checkState(0) == Qt::Checked);
    cities->setCheckState(0, Qt::Unchecked);
    open.waitForRender();
    const auto& records = open.window.project()->layerRecords();
    CHECK_FALSE(records.back().visible);
    const app::MapCanvas* canvas = open.window.canvas();
    const gis::CoordinateTransform toMap(gis::Crs::wgs84(), canvas->mapSettings().crs);
    const QPointF lanzhou =
        canvas->mapSettings().mapToPixel().map(toMap.transform({103.834, 36.061}));
    const QColor color = canvas->renderedImage().pixelColor(lanzhou.toPoint());
    CHECK_FALSE((color.red() > 150 && color.green() < 100));
}

TEST_CASE("A bad project file gets a message and the open project stays", "[app][ui]") {
    tests::ensureWidgetApplication();
    OpenWindow open;
    tests::ScratchDir scratch;
    const QString path = scratch.file("report.gpkg");
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("not a database");
    file.close();
    CHECK_FALSE(open.window.openProject(path));
    auto* box = open.window.findChild<QMessageBox*>("errorMessage");
    REQUIRE(box);
    CHECK(box->text().contains("report.gpkg"));
    CHECK(open.window.project()->path().endsWith("default-project.gpkg"));
    box->close();
}

TEST_CASE("Clicking a city identifies it with its task and lead departments",
          "[app][ui][identify]") {
    tests::ensureWidgetApplication();
    OpenWindow open;
    app::MapCanvas* canvas = open.window.canvas();
    const gis::CoordinateTransform toMap(gis::Crs::wgs84(), canvas->mapSettings().crs);
    const QPoint lanzhou = canvas->mapToPixel(toMap.transform({103.834, 36.061})).toPoint();
    QTest::mouseClick(canvas, Qt::LeftButton, {}, lanzhou);
    const auto& found = open.window.planBrowser()->lastIdentified();
    REQUIRE(found);
    CHECK(found->layerId == "plan_cities");
    const core::PlanItem* item = open.window.project()->catalog().itemAt("plan_point", found->fid);
    REQUIRE(item);
    CHECK(item->id == "city_lanzhou");
    auto* browser = open.window.identifyDock()->findChild<QTextBrowser*>();
    REQUIRE(browser);
    const QString text = browser->toPlainText();
    CHECK(text.contains(QStringLiteral("兰州")));
    CHECK(text.contains(QStringLiteral("大力提升兰州综合实力")));
    CHECK(text.contains(QStringLiteral("兰州市政府")));
    // The attribute table follows: it shows the cities and selects Lanzhou.
    CHECK(open.window.attributeTableDock()->currentLayerKey() == "plan_cities");
    CHECK(open.window.attributeTableDock()->selectedFids() == QList<qint64>{found->fid});
}

TEST_CASE("Searching jumps to the item and a filter thins the map", "[app][ui][search]") {
    tests::ensureWidgetApplication();
    OpenWindow open;
    app::MapCanvas* canvas = open.window.canvas();
    open.window.planBrowser()->showItem("city_xining");
    const gis::CoordinateTransform toLonLat(canvas->mapSettings().crs, gis::Crs::wgs84());
    const QPointF center = toLonLat.transform(canvas->visibleExtent().center());
    CHECK_THAT(center.x(), WithinAbs(101.778, 0.01));
    CHECK_THAT(center.y(), WithinAbs(36.617, 0.01));
    CHECK(canvas->visibleExtent().width() < 100000);

    core::ItemFilter railways;
    railways.kind = core::ItemKind::Railway;
    open.window.planBrowser()->applyFilter(railways);
    for (const gis::MapLayer& layer : open.window.project()->mapLayers()) {
        if (layer.id == "plan_cities") {
            CHECK(layer.source->featureCount() == 0);
        }
        if (layer.id == "plan_lines") {
            CHECK(layer.source->featureCount() >= 5);
        }
    }
    open.window.planBrowser()->applyFilter({});
    for (const gis::MapLayer& layer : open.window.project()->mapLayers()) {
        if (layer.id == "plan_cities") {
            CHECK(layer.source->featureCount() >= 10);
        }
    }
    open.waitForRender();
}
