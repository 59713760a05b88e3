// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/attribute_table_dock.h"
#include "gis/feature_table_model.h"
#include "gis/gdal_environment.h"
#include "gis/handles.h"
#include "tests/support/test_files.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <algorithm>

namespace {

/// 300 points: names "Lanzhou i", "Xining i", "Baiyin i" in turn; every tenth is a city.
QString writePlaces(const tests::ScratchDir& scratch) {
    gis::initializeGdal();
    const QString path = scratch.file("places.gpkg");
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    REQUIRE(driver);
    gis::GdalDatasetPtr dataset(
        driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    REQUIRE(dataset);
    OGRSpatialReference wgs84;
    wgs84.importFromEPSG(4326);
    OGRLayer* layer = dataset->CreateLayer("places", &wgs84, wkbPoint, nullptr);
    REQUIRE(layer);
    OGRFieldDefn name("name", OFTString);
    OGRFieldDefn kind("kind", OFTString);
    REQUIRE(layer->CreateField(&name) == OGRERR_NONE);
    REQUIRE(layer->CreateField(&kind) == OGRERR_NONE);
    REQUIRE(dataset->StartTransaction() == OGRERR_NONE);
    const char* names[] = {"Lanzhou", "Xining", "Baiyin"};
    for (int i = 0; i < 300; ++i) {
        OGRFeature feature(layer->GetLayerDefn());
        feature.SetField(0, QStringLiteral("%1 %2").arg(names[i % 3]).arg(i).toUtf8().constData());
        feature.SetField(1, i % 10 == 0 ? "city" : "town");
        OGRPoint point(101.5 + i * 0.01, 36.0);
        feature.SetGeometry(&point);
        REQUIRE(layer->CreateFeature(&feature) == OGRERR_NONE);
    }
    REQUIRE(dataset->CommitTransaction() == OGRERR_NONE);
    return path;
}

/// Two layers over one table: every place, and the cities only.
app::AttributeTableDock::ModelFactory factoryFor(const QString& path) {
    return [path](const QString& key) {
        return std::make_unique<gis::FeatureTableModel>(
            path, "places", key == "cities" ? QStringLiteral("kind = 'city'") : QString());
    };
}

gis::FeatureTableModel* shownModel(const QTableView* view) {
    auto* model = qobject_cast<gis::FeatureTableModel*>(view->model());
    REQUIRE(model);
    model->waitUntilReady();
    return model;
}

QList<qint64> selectedFids(const QTableView* view) {
    const auto* model = qobject_cast<const gis::FeatureTableModel*>(view->model());
    QList<qint64> fids;
    for (const QModelIndex& index : view->selectionModel()->selectedRows()) {
        fids.append(model->fidAt(index.row()));
    }
    std::sort(fids.begin(), fids.end());
    return fids;
}

/// Makes the QApplication before any widget member is built.
struct WidgetApplication {
    WidgetApplication() { tests::ensureWidgetApplication(); }
};

struct Fixture {
    Fixture() {
        dock.setLayers({{"places", "Places"}, {"cities", "Cities"}},
                       factoryFor(writePlaces(scratch)));
        dock.resize(700, 500);
        dock.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dock));
        view = dock.findChild<QTableView*>("attributeTableView");
        REQUIRE(view);
    }
    WidgetApplication application;
    tests::ScratchDir scratch;
    app::AttributeTableDock dock;
    QTableView* view = nullptr;
};

}  // namespace

TEST_CASE("Typing in the attribute table's filter narrows the rows", "[app][table]") {
    Fixture fixture;
    CHECK(fixture.dock.objectName() == "attributeTableDock");
    gis::FeatureTableModel* model = shownModel(fixture.view);
    REQUIRE(model->rowCount() == 300);

    auto* filter = fixture.dock.findChild<QLineEdit*>("attributeFilterEdit");
    REQUIRE(filter);
    QSignalSpy refreshed(model, &gis::FeatureTableModel::refreshed);
    QTest::keyClicks(filter, "xin");
    REQUIRE(refreshed.wait(5000));  // after the typing pause, not once per key
    model->waitUntilReady();
    CHECK(refreshed.count() == 1);
    REQUIRE(model->rowCount() == 100);
    for (int row = 0; row < model->rowCount(); ++row) {
        CHECK(model->data(model->index(row, 1)).toString().startsWith("Xining "));
    }

    // A click on a column header sorts by it, here "name" in descending order after two clicks.
    QHeaderView* header = fixture.view->horizontalHeader();
    const QPoint nameHeader(header->sectionViewportPosition(1) + 5, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, nameHeader);
    model->waitUntilReady();
    CHECK(model->data(model->index(0, 1)).toString() == "Xining 1");
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, nameHeader);
    model->waitUntilReady();
    CHECK(model->data(model->index(0, 1)).toString() == "Xining 97");
}

TEST_CASE("Selecting rows reports the features' fids", "[app][table]") {
    Fixture fixture;
    gis::FeatureTableModel* model = shownModel(fixture.view);
    QSignalSpy selected(&fixture.dock, &app::AttributeTableDock::selectionChanged);
    QSignalSpy zoom(&fixture.dock, &app::AttributeTableDock::zoomToSelectionRequested);
    QWidget* viewport = fixture.view->viewport();
    QTest::mouseClick(viewport, Qt::LeftButton, {},
                      fixture.view->visualRect(model->index(1, 1)).center());
    QTest::mouseClick(viewport, Qt::LeftButton, Qt::ControlModifier,
                      fixture.view->visualRect(model->index(4, 1)).center());
    REQUIRE(selected.count() >= 1);
    const QList<QVariant> last = selected.takeLast();
    CHECK(last.at(0).toString() == "places");
    CHECK(last.at(1).value<QList<qint64>>() == QList<qint64>{model->fidAt(1), model->fidAt(4)});

    auto* button = fixture.dock.findChild<QPushButton*>("zoomToSelectionButton");
    REQUIRE(button);
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    REQUIRE(zoom.count() == 1);
    CHECK(zoom.at(0).at(1).value<QList<qint64>>() == QList<qint64>{2, 5});
}

TEST_CASE("selectFeatures selects rows from elsewhere without echoing them", "[app][table]") {
    Fixture fixture;
    gis::FeatureTableModel* model = shownModel(fixture.view);
    QSignalSpy selected(&fixture.dock, &app::AttributeTableDock::selectionChanged);

    fixture.dock.selectFeatures("places", {250, 7});
    CHECK(selectedFids(fixture.view) == QList<qint64>{7, 250});
    CHECK(fixture.view->currentIndex().row() == model->rowOfFid(250));

    // The selection survives a re-sort: it follows the features, not the row numbers.
    model->sort(1, Qt::DescendingOrder);
    model->waitUntilReady();
    CHECK(selectedFids(fixture.view) == QList<qint64>{7, 250});

    // Another layer is switched to, and its rows are selected once they are loaded.
    fixture.dock.selectFeatures("cities", {11, 21, 31});
    CHECK(fixture.dock.currentLayerKey() == "cities");
    CHECK(fixture.dock.findChild<QComboBox*>("attributeLayerCombo")->currentText() == "Cities");
    gis::FeatureTableModel* cities = shownModel(fixture.view);
    CHECK(cities->rowCount() == 30);
    CHECK(selectedFids(fixture.view) == QList<qint64>{11, 21, 31});
    CHECK(fixture.dock.selectedFids() == QList<qint64>{11, 21, 31});
    CHECK(selected.isEmpty());

    fixture.dock.selectFeatures("cities", {});
    CHECK(selectedFids(fixture.view).isEmpty());
    CHECK_FALSE(fixture.dock.findChild<QPushButton*>("zoomToSelectionButton")->isEnabled());
    CHECK(selected.isEmpty());
}
