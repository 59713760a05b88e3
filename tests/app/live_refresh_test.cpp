// SPDX-License-Identifier: GPL-3.0-or-later
// What another session saves to the open project shows on the map and in the attribute table of
// a MainWindow within two seconds, without anyone touching the window.
#include "app/attribute_table_dock.h"
#include "app/language.h"
#include "app/main_window.h"
#include "app/map_canvas.h"
#include "core/edit_session.h"
#include "core/project_change_watcher.h"
#include "core/project_database.h"
#include "gis/coordinate_transform.h"
#include "gis/feature_table_model.h"
#include "tests/support/test_files.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

#include <ogr_geometry.h>

namespace {

/// Where a lon/lat point is on the canvas's last image.
QPoint pixelOf(const app::MapCanvas& canvas, double lon, double lat) {
    const gis::CoordinateTransform toMap(gis::Crs::wgs84(), canvas.mapSettings().crs);
    return canvas.mapSettings().mapToPixel().map(toMap.transform({lon, lat})).toPoint();
}

/// The text of one cell of the attribute table: feature `fid`, column `column`.
QString cell(QTableView* view, qint64 fid, const QString& column) {
    auto* model = dynamic_cast<gis::FeatureTableModel*>(view->model());
    if (!model || model->isBusy()) {
        return {};
    }
    for (int c = 0; c < model->columnCount(); ++c) {
        if (model->headerData(c, Qt::Horizontal).toString() == column) {
            const int row = model->rowOfFid(fid);
            return row < 0 ? QString() : model->index(row, c).data().toString();
        }
    }
    return {};
}

}  // namespace

TEST_CASE("A feature another session saves shows on the map and in the table", "[app][watch]") {
    tests::ensureWidgetApplication();
    tests::ScratchDir scratch;
    const QString path = scratch.file("default-project.gpkg");
    REQUIRE(QFile::copy(tests::defaultProjectPath(), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    app::Language language;
    app::MainWindow window(language);
    window.resize(1200, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QSignalSpy rendered(window.canvas(), &app::MapCanvas::renderFinished);
    REQUIRE(window.openProject(path));
    REQUIRE(rendered.wait(10000));
    REQUIRE(window.changeWatcher());

    // 西宁环城国家生态公园 (fid 3), shown in the ecological layer, moves to open country east of
    // Lanzhou and is renamed.
    const qint64 fid = 3;
    const double lon = 104.9;
    const double lat = 35.4;
    window.attributeTableDock()->selectFeatures(QStringLiteral("plan_ecology"), {fid});
    auto* view = window.attributeTableDock()->findChild<QTableView*>("attributeTableView");
    REQUIRE(view);
    REQUIRE(QTest::qWaitFor([&] { return cell(view, fid, "name_zh") == "西宁环城国家生态公园"; },
                            5000));
    const app::MapCanvas& canvas = *window.canvas();
    const QPoint target = pixelOf(canvas, lon, lat);
    REQUIRE(canvas.renderedImage().rect().contains(target));
    const QColor before = canvas.renderedImage().pixelColor(target);

    core::EditSession other(path, QStringLiteral("plan_area"), path);
    other.setUserName(QStringLiteral("李工"));
    OGRGeometry* created = nullptr;
    const QByteArray wkt = QStringLiteral("MULTIPOLYGON(((%1 %2,%3 %2,%3 %4,%1 %4,%1 %2)))")
                               .arg(lon - 0.3)
                               .arg(lat - 0.3)
                               .arg(lon + 0.3)
                               .arg(lat + 0.3)
                               .toLatin1();
    REQUIRE(OGRGeometryFactory::createFromWkt(wkt.constData(), nullptr, &created) == OGRERR_NONE);
    const OGRGeometryUniquePtr square(created);
    other.changeGeometry(fid, *square);
    other.changeAttributes(fid, {{"name_zh", QStringLiteral("迁移后的生态公园")}});
    other.save();

    REQUIRE(
        QTest::qWaitFor([&] { return cell(view, fid, "name_zh") == "迁移后的生态公园"; }, 2500));
    REQUIRE(QTest::qWaitFor(
        [&] { return window.canvas()->renderedImage().pixelColor(target) != before; }, 3000));
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("李工")));
}

TEST_CASE("A layer list changed elsewhere reloads the project, keeping the view", "[app][watch]") {
    tests::ensureWidgetApplication();
    tests::ScratchDir scratch;
    const QString path = scratch.file("default-project.gpkg");
    REQUIRE(QFile::copy(tests::defaultProjectPath(), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    app::Language language;
    app::MainWindow window(language);
    window.resize(1200, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QSignalSpy rendered(window.canvas(), &app::MapCanvas::renderFinished);
    REQUIRE(window.openProject(path));
    REQUIRE(rendered.wait(10000));
    window.canvas()->zoomBy(4.0);
    const QRectF view = window.canvas()->visibleExtent();

    // An administrator elsewhere shows the hidden plan_areas layer.
    {
        core::ProjectDatabase admin(path, core::ProjectDatabase::Access::ReadWrite);
        std::vector<core::LayerRecord> layers = admin.layers();
        for (core::LayerRecord& layer : layers) {
            if (layer.key == "plan_areas") {
                REQUIRE_FALSE(layer.visible);
                layer.visible = true;
            }
        }
        admin.replaceLayers(layers);
    }
    const auto shown = [&] {
        for (const core::LayerRecord& layer : window.project()->layerRecords()) {
            if (layer.key == "plan_areas") {
                return layer.visible;
            }
        }
        return false;
    };
    REQUIRE(QTest::qWaitFor(shown, 2000));
    const QRectF after = window.canvas()->visibleExtent();
    CHECK(after.center().x() == Approx(view.center().x()).margin(view.width() * 1e-6));
    CHECK(after.center().y() == Approx(view.center().y()).margin(view.height() * 1e-6));
    CHECK(after.width() == Approx(view.width()).epsilon(1e-6));
}
