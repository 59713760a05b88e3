// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/layers_dock.h"
#include "app/crs_selector.h"
#include "app/language.h"
#include "app/layer_controller.h"
#include "app/layer_crs_dialog.h"
#include "app/main_window.h"
#include "app/map_canvas.h"
#include "app/opacity_dialog.h"
#include "app/scale_range_dialog.h"
#include "gis/coordinate_transform.h"
#include "gis/map_scale.h"
#include "tests/support/canvas_wait.h"
#include "tests/support/test_files.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

#include <cmath>

namespace {

/// A shown main window on a copy of the default project with one added layer, a point at
/// 101.0°E 35.5°N, on top.
struct WindowWithLayer {
    tests::ScratchDir scratch;
    app::Language language;
    app::MainWindow window{language};
    QString projectPath = scratch.file("project.gpkg");
    QString key;

    WindowWithLayer() {
        window.resize(1200, 800);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        REQUIRE(QFile::copy(tests::defaultProjectPath(), projectPath));
        QFile::setPermissions(projectPath, QFile::ReadOwner | QFile::WriteOwner);
        REQUIRE(window.openProject(projectPath));
        QFile file(scratch.file("well.geojson"));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{},
          "geometry":{"type":"Point","coordinates":[101.0,35.5]}}]})");
        file.close();
        core::LayerRecord record;
        record.dataset = file.fileName();
        window.layerController()->addLayer(record, nullptr);
        key = window.project()->layerRecords().back().key;
        render();
    }
    app::LayersDock* dock() const { return window.layersDock(); }
    void render() { tests::renderAndWait(window.canvas()); }
    /// Triggers the entry of the layer's context menu whose text starts with `text`.
    void choose(const QString& layerKey, const QString& text) {
        std::unique_ptr<QMenu> menu{dock()->createContextMenu(layerKey, nullptr)};
        for (QAction* action : menu->actions()) {
            if (action->text().startsWith(text)) {
                REQUIRE(action->isEnabled());
                action->trigger();
                return;
            }
        }
        FAIL("no menu entry " << text.toStdString());
    }
    std::vector<core::LayerRecord> savedLayers() const {
        return core::Project::open(projectPath).layerRecords();
    }
    int indexOf(const QString& layerKey) const {
        const auto& records = window.project()->layerRecords();
        for (std::size_t i = 0; i < records.size(); ++i) {
            if (records[i].key == layerKey) {
                return int(i);
            }
        }
        return -1;
    }
    bool drawnAtWell() const {
        const app::MapCanvas* canvas = window.canvas();
        const gis::CoordinateTransform toMap(gis::Crs::wgs84(), canvas->mapSettings().crs);
        const QPointF pixel =
            canvas->mapSettings().mapToPixel().map(toMap.transform({101.0, 35.5}));
        const QColor colour = window.project()->layerRecords().back().style.defaultSymbol.fillColor;
        const QColor drawn = canvas->renderedImage().pixelColor(pixel.toPoint());
        return std::hypot(drawn.red() - colour.red(), drawn.green() - colour.green(),
                          drawn.blue() - colour.blue()) < 30;
    }
    template <typename Dialog>
    Dialog* waitForDialog() {
        Dialog* dialog = nullptr;
        REQUIRE(QTest::qWaitFor(
            [&] {
                dialog = window.findChild<Dialog*>();
                return dialog && dialog->isVisible();
            },
            5000));
        return dialog;
    }
};

}  // namespace

TEST_CASE("Layers move up and down from the context menu and by dragging", "[app][ui][layers]") {
    tests::ensureWidgetApplication();
    WindowWithLayer open;
    const int count = int(open.window.project()->layerRecords().size());
    CHECK(open.dock()->layerKeys().front() == open.key);
    open.choose(open.key, "Move &Down");
    CHECK(open.indexOf(open.key) == count - 2);
    CHECK(open.dock()->layerKeys().at(1) == open.key);
    CHECK(open.savedLayers().at(count - 2).key == open.key);
    open.choose(open.key, "Move &Up");
    CHECK(open.indexOf(open.key) == count - 1);

    // A drag moves the row within the tree (as QTreeWidget's internal move does) and the
    // project follows once the drop is over.
    auto* tree = open.dock()->findChild<QTreeWidget*>();
    QTreeWidgetItem* row = tree->takeTopLevelItem(0);
    tree->insertTopLevelItem(3, row);
    REQUIRE(QTest::qWaitFor([&] { return open.indexOf(open.key) == count - 4; }, 2000));
    CHECK(open.dock()->layerKeys().at(3) == open.key);
    CHECK(open.savedLayers().at(count - 4).key == open.key);
}

TEST_CASE("Opacity, scale range and CRS are set from the context menu and saved",
          "[app][ui][layers]") {
    tests::ensureWidgetApplication();
    WindowWithLayer open;
    CHECK(open.drawnAtWell());

    open.choose(open.key, "&Opacity");
    auto* opacity = open.waitForDialog<app::OpacityDialog>();
    CHECK(opacity->opacity() == Approx(1.0));
    opacity->setOpacity(0.35);
    opacity->accept();
    CHECK(open.window.project()->layerRecords().back().opacity == Approx(0.35));
    CHECK(open.savedLayers().back().opacity == Approx(0.35));

    // Shown only when zoomed in beyond half the current scale denominator.
    const double scale = gis::scaleDenominator(open.window.canvas()->mapSettings());
    open.choose(open.key, "&Scale Range");
    auto* range = open.waitForDialog<app::ScaleRangeDialog>();
    range->setRange(scale / 2, 0);
    range->accept();
    CHECK(open.savedLayers().back().minScale == Approx(std::round(scale / 2)));
    open.render();
    CHECK_FALSE(open.window.project()->mapLayers({}, scale).back().visible);
    CHECK_FALSE(open.drawnAtWell());
    open.window.canvas()->zoomToExtent(
        gis::CoordinateTransform(gis::Crs::wgs84(), open.window.project()->crs())
            .transformBounds(QRectF(QPointF(100.5, 35.2), QPointF(101.5, 35.8))));
    open.render();
    CHECK(open.window.project()->mapLayers({}, 0).back().visible);
    // Translucent now: the well's colour shows through, blended with what lies under it.
    const QColor drawn = open.window.canvas()->renderedImage().pixelColor(
        open.window.canvas()
            ->mapToPixel(gis::CoordinateTransform(gis::Crs::wgs84(), open.window.project()->crs())
                             .transform({101.0, 35.5}))
            .toPoint());
    CHECK(drawn !=
          QColor(open.window.project()->layerRecords().back().style.defaultSymbol.fillColor));

    open.choose(open.key, "Set &CRS");
    auto* crs = open.waitForDialog<app::LayerCrsDialog>();
    CHECK(crs->selector()->crs().authId() == "EPSG:4326");
    crs->selector()->setCrs(gis::Crs::fromEpsg(4490));
    crs->accept();
    CHECK(open.savedLayers().back().crsOverride == "EPSG:4490");
    CHECK(open.window.project()->source(open.key)->crs().authId() == "EPSG:4490");
}

TEST_CASE("A layer is removed from the context menu", "[app][ui][layers]") {
    tests::ensureWidgetApplication();
    WindowWithLayer open;
    const std::size_t count = open.window.project()->layerRecords().size();
    open.choose(open.key, "&Remove Layer");
    CHECK(open.window.project()->layerRecords().size() == count - 1);
    CHECK_FALSE(open.dock()->layerKeys().contains(open.key));
    CHECK(open.savedLayers().size() == count - 1);
    open.render();
    CHECK_FALSE(open.drawnAtWell());
}
