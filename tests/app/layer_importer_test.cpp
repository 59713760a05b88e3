// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/layer_importer.h"
#include "app/add_layer_dialog.h"
#include "app/crs_selector.h"
#include "app/language.h"
#include "app/layer_crs_dialog.h"
#include "app/layers_dock.h"
#include "app/main_window.h"
#include "app/map_canvas.h"
#include "gis/coordinate_transform.h"
#include "gis/gdal_environment.h"
#include "gis/handles.h"
#include "tests/support/canvas_wait.h"
#include "tests/support/test_files.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

#include <cmath>

namespace {

/// A shown main window on a copy of the default project, its first render finished.
struct OpenWindow {
    tests::ScratchDir scratch;
    app::Language language;
    app::MainWindow window{language};
    QString projectPath = scratch.file("project.gpkg");

    OpenWindow() {
        window.resize(1200, 800);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        REQUIRE(QFile::copy(tests::defaultProjectPath(), projectPath));
        QFile::setPermissions(projectPath, QFile::ReadOwner | QFile::WriteOwner);
        REQUIRE(window.openProject(projectPath));
        render();
    }
    void render() { tests::renderAndWait(window.canvas()); }
    std::size_t layerCount() const { return window.project()->layerRecords().size(); }
    /// Waits until the project has `count` layers, then for a fresh render.
    void waitForLayers(std::size_t count) {
        REQUIRE(QTest::qWaitFor([&] { return layerCount() == count; }, 10000));
        render();
    }
    QString write(const QString& name, const QByteArray& text) const {
        QFile file(scratch.file(name));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(text);
        return file.fileName();
    }
    /// The rendered colour at a lon/lat point.
    QColor colourAt(double lon, double lat) const {
        const app::MapCanvas* canvas = window.canvas();
        const gis::CoordinateTransform toMap(gis::Crs::wgs84(), canvas->mapSettings().crs);
        const QPointF pixel = canvas->mapSettings().mapToPixel().map(toMap.transform({lon, lat}));
        return canvas->renderedImage().pixelColor(pixel.toPoint());
    }
    QColor topLayerColour() const {
        return window.project()->layerRecords().back().style.defaultSymbol.fillColor;
    }
    void drop(const QString& path, QWidget* target) {
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(path)});
        const QPointF position(600, 400);
        QDragEnterEvent enter(position.toPoint(), Qt::CopyAction, &data, Qt::LeftButton, {});
        QApplication::sendEvent(target, &enter);
        REQUIRE(enter.isAccepted());
        QDropEvent drop(position, Qt::CopyAction, &data, Qt::LeftButton, {});
        QApplication::sendEvent(target, &drop);
    }
};

double distance(const QColor& a, const QColor& b) {
    return std::hypot(a.red() - b.red(), a.green() - b.green(), a.blue() - b.blue());
}

/// The CRS dialog the importer opened, once it shows.
app::LayerCrsDialog* waitForCrsDialog(app::MainWindow& window) {
    app::LayerCrsDialog* dialog = nullptr;
    REQUIRE(QTest::qWaitFor(
        [&] {
            dialog = window.findChild<app::LayerCrsDialog*>();
            return dialog && dialog->isVisible();
        },
        10000));
    return dialog;
}

}  // namespace

TEST_CASE("A GeoJSON file dropped on the window is listed and drawn on top", "[app][ui][layers]") {
    tests::ensureWidgetApplication();
    OpenWindow open;
    const QString path = open.write("wells.geojson", R"({"type":"FeatureCollection","features":[
      {"type":"Feature","properties":{"name":"a"},"geometry":{"type":"Point","coordinates":[100.9,35.4]}}]})");
    const std::size_t before = open.layerCount();
    open.drop(path, &open.window);
    open.waitForLayers(before + 1);
    CHECK(open.window.layersDock()->layerKeys().front() == "wells");
    CHECK(open.window.project()->layerRecords().back().dataset == path);
    CHECK(distance(open.colourAt(100.9, 35.4), open.topLayerColour()) < 30);
    CHECK(distance(open.colourAt(100.8, 35.6), open.topLayerColour()) > 60);  // only there

    // A drop over the canvas reaches the window too (the canvas takes no drops itself).
    const QString second = open.write("springs.geojson", R"({"type":"FeatureCollection",
      "features":[{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[101.2,35.2]}}]})");
    open.drop(second, open.window.canvas());
    open.waitForLayers(before + 2);
    CHECK(open.window.layersDock()->layerKeys().front() == "springs");
    CHECK(distance(open.colourAt(101.2, 35.2), open.topLayerColour()) < 30);
}

TEST_CASE("A CSV without a CRS brings a warning and, once set, draws in the right place",
          "[app][ui][layers][crs]") {
    tests::ensureWidgetApplication();
    OpenWindow open;
    const QString path = open.write("sites.csv", "WKT,name\n\"POINT (101.3 35.6)\",site\n");
    const std::size_t before = open.layerCount();
    open.drop(path, &open.window);
    app::LayerCrsDialog* dialog = waitForCrsDialog(open.window);
    INFO(dialog->message().toStdString());
    CHECK(dialog->message().contains("sites.csv"));
    CHECK(dialog->message().contains("“sites”"));
    CHECK(dialog->message().contains("no coordinate reference system"));
    CHECK(dialog->isModal());
    CHECK(open.layerCount() == before);  // nothing added yet
    CHECK(dialog->selector()->crs().authId() == "EPSG:4326");
    dialog->accept();
    open.waitForLayers(before + 1);
    const core::LayerRecord& record = open.window.project()->layerRecords().back();
    CHECK(record.crsOverride == "EPSG:4326");
    CHECK(record.openOptions.contains("GEOM_POSSIBLE_NAMES=WKT"));
    CHECK(distance(open.colourAt(101.3, 35.6), open.topLayerColour()) < 30);
}

TEST_CASE("The Add Layer dialog reads a CSV's X/Y columns off the UI thread", "[app][ui][layers]") {
    tests::ensureWidgetApplication();
    OpenWindow open;
    const QString path =
        open.write("stops.csv", "label,east_deg,north_deg\nA,100.6,36.9\nB,102.9,35.1\n");
    app::LayerImporter* importer = open.window.layerImporter();
    importer->showAddDialog(path);
    app::AddLayerDialog* dialog = importer->addDialog();
    REQUIRE(dialog);
    CHECK(dialog->isReading());  // the read runs on a worker; the dialog shows a busy indicator
    QSignalSpy read(dialog, &app::AddLayerDialog::datasetRead);
    REQUIRE(read.wait(10000));
    REQUIRE(dialog->info().layers.size() == 1);
    CHECK_FALSE(dialog->info().layers[0].hasGeometry);  // the column names say nothing
    CHECK(dialog->chosenLayers().empty());
    CHECK(dialog->info().csvColumns == QStringList{"label", "east_deg", "north_deg"});

    dialog->useXyColumns("east_deg", "north_deg");
    REQUIRE(read.wait(10000));
    const app::DatasetLayer layer = dialog->info().layers.at(0);
    CHECK(layer.geometryType == "Point");
    CHECK(layer.featureCount == 2);
    CHECK(layer.crsState == app::DatasetLayer::CrsState::Missing);
    CHECK(layer.fields == QStringList{"label"});
    CHECK(dialog->notice().contains("stops"));
    REQUIRE(dialog->chosenLayers().size() == 1);

    const std::size_t before = open.layerCount();
    dialog->accept();
    waitForCrsDialog(open.window)->accept();
    open.waitForLayers(before + 1);
    CHECK(distance(open.colourAt(100.6, 36.9), open.topLayerColour()) < 30);
    CHECK(distance(open.colourAt(102.9, 35.1), open.topLayerColour()) < 30);
}

TEST_CASE("Reading a dataset can be abandoned", "[app][ui][layers]") {
    tests::ensureWidgetApplication();
    tests::ScratchDir scratch;
    QFile file(scratch.file("big.csv"));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("x,y\n");
    for (int i = 0; i < 50000; ++i) {
        file.write(QByteArray::number(100 + i * 1e-5) + ",36.0\n");
    }
    file.close();
    app::AddLayerDialog dialog;
    QSignalSpy read(&dialog, &app::AddLayerDialog::datasetRead);
    dialog.setDataset(file.fileName());
    CHECK(dialog.isReading());
    dialog.cancelReading();
    CHECK_FALSE(dialog.isReading());
    CHECK(dialog.notice().contains("cancelled"));
    QTest::qWait(1500);
    CHECK(read.isEmpty());
    CHECK(dialog.info().dataset.isEmpty());

    dialog.setDataset(file.fileName());
    REQUIRE(read.wait(20000));
    CHECK(dialog.info().layers.at(0).featureCount == 50000);
}

TEST_CASE("A Shapefile written by GDAL is added and drawn", "[app][ui][layers]") {
    tests::ensureWidgetApplication();
    OpenWindow open;
    const QString path = open.scratch.file("zone.shp");
    {
        gis::initializeGdal();
        GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("ESRI Shapefile");
        gis::GdalDatasetPtr dataset{
            driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr)};
        REQUIRE(dataset);
        OGRSpatialReference wgs84;
        wgs84.importFromEPSG(4326);
        OGRLayer* layer = dataset->CreateLayer("zone", &wgs84, wkbPolygon, nullptr);
        REQUIRE(layer);
        OGRFeatureUniquePtr feature{OGRFeature::CreateFeature(layer->GetLayerDefn())};
        OGRGeometry* polygon = nullptr;
        OGRGeometryFactory::createFromWkt(
            "POLYGON ((99.6 37.6, 100.4 37.6, 100.4 38.2, 99.6 38.2, 99.6 37.6))", nullptr,
            &polygon);
        feature->SetGeometryDirectly(polygon);
        REQUIRE(layer->CreateFeature(feature.get()) == OGRERR_NONE);
    }
    const QColor under = open.colourAt(100.0, 37.9);
    const QColor outside = open.colourAt(100.8, 37.9);
    const std::size_t before = open.layerCount();
    open.drop(path, &open.window);
    open.waitForLayers(before + 1);
    CHECK(open.window.layersDock()->layerKeys().front() == "zone");
    const QColor colour = open.topLayerColour();
    const QColor inside = open.colourAt(100.0, 37.9);
    // The translucent fill tints what lies under it towards the layer's colour.
    CHECK(distance(inside, colour) < distance(under, colour) - 20);
    CHECK(distance(open.colourAt(100.8, 37.9), outside) < 10);
}
