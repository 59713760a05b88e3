// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/draw_tool.h"

#include "app/drawing_tools.h"
#include "app/ecological_dock.h"
#include "app/language.h"
#include "app/main_window.h"
#include "app/map_canvas.h"
#include "app/vertex_input_dialog.h"
#include "gis/coordinate_transform.h"
#include "gis/gdal_environment.h"
#include "gis/handles.h"
#include "gis/ogr/ogr_feature_source.h"
#include "gis/snap_indexer.h"
#include "tests/support/test_files.h"

#include <catch2/catch.hpp>

#include <ogrsf_frmts.h>

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QMenu>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTest>

using Catch::Matchers::WithinAbs;
using Shape = app::DrawTool::Shape;

Q_DECLARE_METATYPE(std::shared_ptr<const OGRGeometry>)

namespace {

/// A shown 800×600 canvas in lon/lat over the Qilian range (0.005° a pixel), drawing with a tool
/// it owns.
struct DrawingCanvas {
    app::MapCanvas canvas;
    app::DrawTool* tool;

    explicit DrawingCanvas(Shape shape) {
        qRegisterMetaType<std::shared_ptr<const OGRGeometry>>();
        canvas.resize(800, 600);
        canvas.setCrs(gis::Crs::wgs84());
        canvas.show();
        REQUIRE(QTest::qWaitForWindowExposed(&canvas));
        canvas.zoomToExtent(QRectF(100, 36.5, 4, 3));
        tool = new app::DrawTool(&canvas, shape);
        canvas.setMapTool(tool);
    }
    QPoint pixelOf(const QPointF& lonLat) const { return canvas.mapToPixel(lonLat).toPoint(); }
    /// Where a click at the pixel of `lonLat` lands.
    QPointF clicked(const QPointF& lonLat) const { return canvas.pixelToMap(pixelOf(lonLat)); }
    void click(const QPointF& lonLat) {
        QTest::mouseClick(&canvas, Qt::LeftButton, {}, pixelOf(lonLat));
    }
    void clickPixel(const QPoint& pixel) { QTest::mouseClick(&canvas, Qt::LeftButton, {}, pixel); }
    void moveTo(const QPointF& lonLat) {
        const QPointF pixel = pixelOf(lonLat);
        QMouseEvent move(QEvent::MouseMove, pixel, canvas.mapToGlobal(pixel), Qt::NoButton,
                         Qt::NoButton, {});
        QApplication::sendEvent(&canvas, &move);
    }
    void key(Qt::Key key) { QTest::keyClick(&canvas, key); }
};

std::shared_ptr<const OGRGeometry> captured(const QSignalSpy& spy) {
    REQUIRE(spy.count() == 1);
    return spy.at(0).at(0).value<std::shared_ptr<const OGRGeometry>>();
}

void checkRing(const OGRLinearRing& ring, const std::vector<QPointF>& expected) {
    REQUIRE(ring.getNumPoints() == static_cast<int>(expected.size()) + 1);
    for (std::size_t i = 0; i < expected.size(); ++i) {
        CHECK_THAT(ring.getX(static_cast<int>(i)), WithinAbs(expected[i].x(), 1e-9));
        CHECK_THAT(ring.getY(static_cast<int>(i)), WithinAbs(expected[i].y(), 1e-9));
    }
    CHECK(ring.get_IsClosed());
}

}  // namespace

TEST_CASE("Drawing a polygon by clicks gives that polygon in lon/lat", "[app][draw]") {
    tests::ensureWidgetApplication();
    DrawingCanvas map(Shape::Polygon);
    QSignalSpy spy(map.tool, &app::DrawTool::geometryCaptured);
    CHECK(map.canvas.cursor().shape() == Qt::CrossCursor);
    const std::vector<QPointF> corners{{101, 37.5}, {102, 37.5}, {102, 38.2}, {101, 38.2}};
    for (const QPointF& corner : corners) {
        map.click(corner);
    }
    map.moveTo({101.5, 38.6});
    // While drawing, the footprint holds the cursor as its next vertex.
    const auto live = map.tool->footprint(true);
    REQUIRE(live);
    CHECK(live->toPolygon()->getExteriorRing()->getNumPoints() == 6);
    CHECK(spy.isEmpty());
    map.key(Qt::Key_Return);

    const auto polygon = captured(spy);
    REQUIRE(wkbFlatten(polygon->getGeometryType()) == wkbPolygon);
    std::vector<QPointF> expected;
    for (const QPointF& corner : corners) {
        expected.push_back(map.clicked(corner));
    }
    checkRing(*polygon->toPolygon()->getExteriorRing(), expected);
    CHECK(polygon->IsValid());
    CHECK_FALSE(map.tool->isDrawing());
}

TEST_CASE("Backspace removes the last vertex and Esc cancels", "[app][draw]") {
    tests::ensureWidgetApplication();
    DrawingCanvas map(Shape::Line);
    QSignalSpy spy(map.tool, &app::DrawTool::geometryCaptured);
    map.click({101, 37.5});
    map.click({102, 37.5});
    map.click({102, 38.5});
    map.key(Qt::Key_Backspace);
    REQUIRE(map.tool->parts().size() == 1);
    CHECK(map.tool->parts()[0][0].size() == 2);
    map.key(Qt::Key_Escape);
    CHECK_FALSE(map.tool->isDrawing());
    map.key(Qt::Key_Return);  // nothing left to finish
    CHECK(spy.isEmpty());

    // A double click finishes a line, without a zero-length last edge.
    map.click({101, 37.5});
    QTest::mouseClick(&map.canvas, Qt::LeftButton, {}, map.pixelOf({102, 38}));
    QTest::mouseDClick(&map.canvas, Qt::LeftButton, {}, map.pixelOf({102, 38}));
    const auto line = captured(spy);
    REQUIRE(wkbFlatten(line->getGeometryType()) == wkbLineString);
    CHECK(line->toLineString()->getNumPoints() == 2);
}

TEST_CASE("A polygon gets a hole and a second part", "[app][draw]") {
    tests::ensureWidgetApplication();
    DrawingCanvas map(Shape::Polygon);
    QSignalSpy spy(map.tool, &app::DrawTool::geometryCaptured);
    for (const QPointF& corner :
         {QPointF(101, 37), QPointF(102, 37), QPointF(102, 38), QPointF(101, 38)}) {
        map.click(corner);
    }
    map.key(Qt::Key_H);
    for (const QPointF& corner :
         {QPointF(101.3, 37.3), QPointF(101.7, 37.3), QPointF(101.5, 37.7)}) {
        map.click(corner);
    }
    map.key(Qt::Key_N);
    for (const QPointF& corner : {QPointF(102.5, 37), QPointF(103, 37), QPointF(103, 37.5)}) {
        map.click(corner);
    }
    map.key(Qt::Key_Enter);
    const auto geometry = captured(spy);
    REQUIRE(wkbFlatten(geometry->getGeometryType()) == wkbMultiPolygon);
    const OGRMultiPolygon& multi = *geometry->toMultiPolygon();
    REQUIRE(multi.getNumGeometries() == 2);
    CHECK(multi.getGeometryRef(0)->getNumInteriorRings() == 1);
    CHECK(multi.getGeometryRef(1)->getNumInteriorRings() == 0);
    checkRing(*multi.getGeometryRef(0)->getInteriorRing(0),
              {map.clicked({101.3, 37.3}), map.clicked({101.7, 37.3}), map.clicked({101.5, 37.7})});
    CHECK(geometry->IsValid());
}

TEST_CASE("A typed vertex in Gauss-Kruger coordinates joins the line", "[app][draw]") {
    tests::ensureWidgetApplication();
    DrawingCanvas map(Shape::Line);
    QSignalSpy spy(map.tool, &app::DrawTool::geometryCaptured);
    map.click({101, 37.5});
    app::VertexInputDialog dialog;
    QObject::connect(&dialog, &app::VertexInputDialog::vertexEntered, map.tool,
                     &app::DrawTool::addVertexLonLat);
    // 102°E, 38°N in zone 34 (EPSG:4522), typed without the zone number.
    const QPointF gk =
        gis::CoordinateTransform(gis::Crs::wgs84(), gis::Crs::fromEpsg(4522)).transform({102, 38});
    dialog.setSystem(app::VertexInputDialog::System::GaussKruger);
    dialog.setZone(34);
    dialog.setCoordinates({gk.x() - 34e6, gk.y()});
    const auto lonLat = dialog.lonLat();
    REQUIRE(lonLat);
    CHECK_THAT(lonLat->x(), WithinAbs(102, 1e-7));
    CHECK_THAT(lonLat->y(), WithinAbs(38, 1e-7));
    Q_EMIT dialog.vertexEntered(*lonLat);
    // A zone number that contradicts the chosen zone is refused.
    dialog.setCoordinates({gk.x() + 1e6, gk.y()});
    QString error;
    CHECK_FALSE(dialog.lonLat(&error));
    CHECK(error.contains(QStringLiteral("35")));
    map.key(Qt::Key_Return);
    const auto line = captured(spy);
    REQUIRE(line->toLineString()->getNumPoints() == 2);
    CHECK_THAT(line->toLineString()->getX(1), WithinAbs(102, 1e-7));
    CHECK_THAT(line->toLineString()->getY(1), WithinAbs(38, 1e-7));
}

TEST_CASE("Snapping moves a click onto a vertex of a layer", "[app][draw]") {
    tests::ensureWidgetApplication();
    gis::initializeGdal();
    tests::ScratchDir dir;
    const QString path = dir.file(QStringLiteral("road.gpkg"));
    {
        gis::GdalDatasetPtr dataset(GetGDALDriverManager()->GetDriverByName("GPKG")->Create(
            path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
        REQUIRE(dataset);
        OGRSpatialReference srs;
        srs.importFromEPSG(4326);
        OGRLayer* layer = dataset->CreateLayer("road", &srs, wkbLineString, nullptr);
        OGRFeatureUniquePtr feature(OGRFeature::CreateFeature(layer->GetLayerDefn()));
        OGRLineString road;
        road.addPoint(101.2345, 37.6789);
        road.addPoint(102.3456, 37.7891);
        feature->SetGeometry(&road);
        REQUIRE(layer->CreateFeature(feature.get()) == OGRERR_NONE);
    }
    DrawingCanvas map(Shape::Line);
    gis::SnapIndexer indexer;
    QSignalSpy ready(&indexer, &gis::SnapIndexer::indexReady);
    indexer.setSources({std::make_shared<gis::OgrFeatureSource>(
        gis::OgrLayerAddress{path, QStringLiteral("road"), {}, {}, {}})});
    indexer.setView(gis::Crs::wgs84(), map.canvas.visibleExtent());
    REQUIRE(ready.wait(10000));
    map.tool->setSnapIndexer(&indexer);
    map.tool->setSnapTolerance(10);

    // Four pixels off the road's first vertex.
    const QPoint near = map.pixelOf({101.2345, 37.6789}) + QPoint(3, -2);
    map.clickPixel(near);
    REQUIRE(map.tool->currentSnap());
    CHECK(map.tool->currentSnap()->kind == gis::SnapKind::Vertex);
    REQUIRE(map.tool->parts()[0][0].size() == 1);
    CHECK_THAT(map.tool->parts()[0][0][0].x(), WithinAbs(101.2345, 1e-9));
    CHECK_THAT(map.tool->parts()[0][0][0].y(), WithinAbs(37.6789, 1e-9));
    // The snap marker is drawn there: magenta pixels round the vertex.
    const QImage shown = map.canvas.grab().toImage();
    const QPoint vertex = map.pixelOf({101.2345, 37.6789});
    int magenta = 0;
    for (int dy = -3; dy <= 3; ++dy) {
        for (int dx = 6; dx <= 8; ++dx) {
            const QColor c = shown.pixelColor(vertex + QPoint(dx, dy));
            magenta += c.red() > 200 && c.green() < 100 && c.blue() > 200 ? 1 : 0;
        }
    }
    CHECK(magenta >= 5);

    // Beyond the tolerance the click stays where it is.
    const QPoint far = map.pixelOf({101.2345, 37.6789}) + QPoint(0, -30);
    map.clickPixel(far);
    CHECK_FALSE(map.tool->currentSnap());
    CHECK(map.tool->parts()[0][0][1] == map.canvas.pixelToMap(far));
    // With snapping off, a click near the vertex stays too.
    map.tool->setSnappingEnabled(false);
    map.clickPixel(near + QPoint(40, 0));
    map.clickPixel(near);
    CHECK(map.tool->parts()[0][0].back() == map.canvas.pixelToMap(near));
}

TEST_CASE("The ecological panel lists the Qilian national park as a polygon is drawn across it",
          "[app][draw][ecology]") {
    tests::ensureWidgetApplication();
    qRegisterMetaType<std::shared_ptr<const OGRGeometry>>();
    tests::ScratchDir projectDir;
    app::Language language;
    app::MainWindow window{language};
    window.resize(1200, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    const QString copy = projectDir.file("default-project.gpkg");
    REQUIRE(QFile::copy(tests::defaultProjectPath(), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    REQUIRE(window.openProject(copy));

    app::DrawingTools* drawing = window.drawingTools();
    REQUIRE(drawing);
    app::EcologicalDock* dock = drawing->ecologicalDock();
    REQUIRE(dock->check());
    drawing->toolAction(Shape::Polygon)->trigger();
    app::MapCanvas* canvas = window.canvas();
    REQUIRE(canvas->mapTool() == drawing->tool(Shape::Polygon));
    drawing->snappingAction()->setChecked(false);  // clicks land exactly where they are sent
    const gis::CoordinateTransform toMap(gis::Crs::wgs84(), canvas->mapSettings().crs);
    const auto pixelOf = [&](const QPointF& lonLat) {
        return canvas->mapToPixel(toMap.transform(lonLat)).toPoint();
    };
    canvas->zoomToExtent(toMap.transformBounds(QRectF(99.5, 37, 3.5, 2)));

    // Two corners north-west of the park: no zone yet but the governance zone.
    QTest::mouseClick(canvas, Qt::LeftButton, {}, pixelOf({100.6, 38.8}));
    QTest::mouseClick(canvas, Qt::LeftButton, {}, pixelOf({101.2, 38.8}));
    // The cursor swings south over the park: the panel follows the mouse.
    const QPointF cursor = pixelOf({101.0, 37.9});
    QMouseEvent move(QEvent::MouseMove, cursor, canvas->mapToGlobal(cursor), Qt::NoButton,
                     Qt::NoButton, {});
    QApplication::sendEvent(canvas, &move);
    const auto parkRow = [&] {
        for (const auto& overlap : dock->overlaps()) {
            if (overlap.nameZh == QStringLiteral("祁连山国家公园")) {
                return &overlap;
            }
        }
        return static_cast<const core::EcologicalOverlap*>(nullptr);
    };
    REQUIRE(parkRow());
    const double liveHectares = parkRow()->hectares();
    CHECK(liveHectares > 1000);
    CHECK(canvas->hasOverlapHighlight());
    bool listed = false;
    INFO(dock->rowTexts().join(u'|').toStdString());
    for (const QString& row : dock->rowTexts()) {
        // The name in the interface language, which the user's settings decide.
        const bool park = row.contains(QStringLiteral("祁连山国家公园")) ||
                          row.contains(QStringLiteral("Qilian Mountain National Park"));
        listed = listed || (park && row.contains(QLocale().toString(liveHectares, 'f', 2)));
    }
    CHECK(listed);

    // Clicking there and finishing keeps the finished polygon's overlap in the panel.
    QSignalSpy spy(drawing, &app::DrawingTools::geometryCaptured);
    QTest::mouseClick(canvas, Qt::LeftButton, {}, cursor.toPoint());
    QTest::keyClick(canvas, Qt::Key_Return);
    REQUIRE(spy.count() == 1);
    CHECK(spy.at(0).at(0).value<Shape>() == Shape::Polygon);
    REQUIRE(parkRow());
    CHECK_THAT(parkRow()->hectares(), WithinAbs(liveHectares, liveHectares * 1e-6));

    // A footprint far from any zone empties the list and the highlight.
    drawing->toolAction(Shape::Point)->trigger();
    const QPointF desert = pixelOf({102.8, 38.7});
    QMouseEvent moveAway(QEvent::MouseMove, desert, canvas->mapToGlobal(desert), Qt::NoButton,
                         Qt::NoButton, {});
    QApplication::sendEvent(canvas, &moveAway);
    CHECK(dock->overlaps().empty());
    CHECK_FALSE(canvas->hasOverlapHighlight());
}

TEST_CASE("The snapping menu chooses the layers the index holds", "[app][draw][snap]") {
    tests::ensureWidgetApplication();
    tests::ScratchDir projectDir;
    app::Language language;
    app::MainWindow window{language};
    window.resize(1200, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    const QString copy = projectDir.file("default-project.gpkg");
    REQUIRE(QFile::copy(tests::defaultProjectPath(), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    REQUIRE(window.openProject(copy));
    app::DrawingTools* drawing = window.drawingTools();
    gis::SnapIndexer* indexer = drawing->snapIndexer();
    QSignalSpy ready(indexer, &gis::SnapIndexer::indexReady);
    drawing->toolAction(Shape::Line)->trigger();
    REQUIRE((indexer->isReady() || ready.wait(30000)));
    const std::size_t allVertices = indexer->index()->vertexCount();
    CHECK(allVertices > 0);

    // The menu lists the project's layers, all ticked; unticking all but one shrinks the index.
    Q_EMIT drawing->snappingMenu()->aboutToShow();
    QStringList names;
    QAction* kept = nullptr;
    for (QAction* action : drawing->snappingMenu()->actions()) {
        if (action->isCheckable()) {
            names << action->text();
            CHECK(action->isChecked());
            if (!kept && action->isEnabled()) {
                kept = action;  // the top layer stays
            } else {
                action->setChecked(false);
            }
        }
    }
    CHECK(names.size() >= 3);
    REQUIRE(kept);
    REQUIRE(ready.wait(30000));
    while (indexer->isBuilding()) {
        REQUIRE(ready.wait(30000));
    }
    CHECK(indexer->index()->vertexCount() < allVertices);
}
