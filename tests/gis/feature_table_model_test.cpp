// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/feature_table_model.h"
#include "gis/error.h"
#include "gis/gdal_environment.h"
#include "gis/handles.h"
#include "tests/support/test_files.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QFile>

#include <cstdio>
#include <functional>
#include <vector>

namespace {

struct Place {
    const char* name;  // nullptr for NULL
    const char* kind;
    int rank;
};

/// Writes a GeoPackage point layer `places` (name TEXT, kind TEXT, rank INTEGER) through OGR, in
/// one transaction and without a spatial index, so that a million features take seconds.
void writePlaces(const QString& path, int count, const std::function<Place(int)>& place) {
    gis::initializeGdal();
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    REQUIRE(driver);
    gis::GdalDatasetPtr dataset(
        driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    REQUIRE(dataset);
    OGRSpatialReference wgs84;
    wgs84.importFromEPSG(4326);
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    const char* options[] = {"SPATIAL_INDEX=NO", nullptr};
    OGRLayer* layer = dataset->CreateLayer("places", &wgs84, wkbPoint, const_cast<char**>(options));
    REQUIRE(layer);
    OGRFieldDefn name("name", OFTString);
    OGRFieldDefn kind("kind", OFTString);
    OGRFieldDefn rank("rank", OFTInteger);
    REQUIRE(layer->CreateField(&name) == OGRERR_NONE);
    REQUIRE(layer->CreateField(&kind) == OGRERR_NONE);
    REQUIRE(layer->CreateField(&rank) == OGRERR_NONE);
    REQUIRE(dataset->StartTransaction() == OGRERR_NONE);
    OGRFeature feature(layer->GetLayerDefn());
    int failures = 0;
    for (int i = 0; i < count; ++i) {
        const Place p = place(i);
        feature.SetFID(OGRNullFID);
        if (p.name) {
            feature.SetField(0, p.name);
        } else {
            feature.SetFieldNull(0);
        }
        feature.SetField(1, p.kind);
        feature.SetField(2, p.rank);
        OGRPoint point(101.5 + (i % 1000) * 0.003, 35.5 + (i / 1000) * 0.0015);
        feature.SetGeometry(&point);
        failures += layer->CreateFeature(&feature) == OGRERR_NONE ? 0 : 1;
    }
    REQUIRE(failures == 0);
    REQUIRE(dataset->CommitTransaction() == OGRERR_NONE);
}

QString writeSmall(const tests::ScratchDir& scratch) {
    static const std::vector<Place> places = {{"兰州", "city", 1},      {"西宁", "city", 1},
                                              {"Haidong", "city", 2},   {"Yuzhong", "county", 3},
                                              {"Baiyin", "city", 2},    {nullptr, "town", 5},
                                              {"Le_du", "district", 4}, {"Minhe", "county", 4}};
    const QString path = scratch.file("small.gpkg");
    writePlaces(path, int(places.size()), [](int i) { return places[std::size_t(i)]; });
    return path;
}

/// The million-feature file, written once per test process.
QString millionPath() {
    static tests::ScratchDir scratch;
    static const QString path = [] {
        const QString file = scratch.file("million.gpkg");
        QElapsedTimer timer;
        timer.start();
        static const char* kinds[] = {"city", "town", "village"};
        static char name[16];
        writePlaces(file, 1'000'000, [](int i) {
            std::snprintf(name, sizeof name, "p%d", i);
            return Place{name, kinds[i % 3], i % 1000};
        });
        WARN("Writing 1,000,000 features took " << timer.elapsed() << " ms");
        return file;
    }();
    return path;
}

QStringList columnValues(const gis::FeatureTableModel& model, int column) {
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row) {
        values.append(model.data(model.index(row, column)).toString());
    }
    return values;
}

int columnOf(const gis::FeatureTableModel& model, const QString& name) {
    for (int column = 0; column < model.columnCount(); ++column) {
        if (model.headerData(column, Qt::Horizontal).toString() == name) {
            return column;
        }
    }
    return -1;
}

}  // namespace

TEST_CASE("A feature table shows every column but the geometry, in fid order", "[gis][table]") {
    tests::ensureApplication();
    tests::ScratchDir scratch;
    gis::FeatureTableModel model(writeSmall(scratch), "places", {});
    CHECK(model.table() == "places");
    model.waitUntilReady();
    CHECK_FALSE(model.isBusy());
    REQUIRE(model.columnCount() == 4);
    CHECK(model.headerData(0, Qt::Horizontal).toString() == "fid");
    CHECK(model.headerData(1, Qt::Horizontal).toString() == "name");
    CHECK(model.headerData(3, Qt::Horizontal).toString() == "rank");
    REQUIRE(model.rowCount() == 8);
    CHECK(model.fidAt(0) == 1);
    CHECK(model.fidAt(7) == 8);
    CHECK(model.fidAt(8) == -1);
    CHECK(model.data(model.index(1, 1)).toString() == QStringLiteral("西宁"));
    CHECK(model.data(model.index(2, 3)).toLongLong() == 2);
    CHECK(model.data(model.index(5, 1)).isNull());
    CHECK(model.rowOfFid(3) == 2);
    CHECK(model.rowOfFid(99) == -1);
}

TEST_CASE("A base filter and a text filter narrow the rows", "[gis][table]") {
    tests::ensureApplication();
    tests::ScratchDir scratch;
    const QString path = writeSmall(scratch);
    gis::FeatureTableModel model(path, "places", "kind IN ('city','town')");
    model.waitUntilReady();
    CHECK(model.rowCount() == 5);

    model.setTextFilter("hai");  // ASCII case is ignored
    CHECK(model.isBusy());
    model.waitUntilReady();
    REQUIRE(model.rowCount() == 1);
    CHECK(model.fidAt(0) == 3);
    CHECK(model.rowOfFid(1) == -1);

    model.setTextFilter("兰");
    model.waitUntilReady();
    REQUIRE(model.rowCount() == 1);
    CHECK(model.fidAt(0) == 1);

    model.setTextFilter("own");  // matches the kind column too: the NULL-named town
    model.waitUntilReady();
    REQUIRE(model.rowCount() == 1);
    CHECK(model.fidAt(0) == 6);

    model.setTextFilter({});
    model.waitUntilReady();
    CHECK(model.rowCount() == 5);

    // LIKE wildcards in the typed text are literal characters.
    gis::FeatureTableModel all(path, "places", {});
    all.setTextFilter("_");
    all.waitUntilReady();
    REQUIRE(all.rowCount() == 1);
    CHECK(all.data(all.index(0, 1)).toString() == "Le_du");
}

TEST_CASE("A feature table sorts by text and number, both ways", "[gis][table]") {
    tests::ensureApplication();
    tests::ScratchDir scratch;
    gis::FeatureTableModel model(writeSmall(scratch), "places", "name IS NOT NULL");
    const int name = columnOf(model, "name");
    const int rank = columnOf(model, "rank");

    model.sort(name, Qt::AscendingOrder);
    model.waitUntilReady();
    CHECK(columnValues(model, name) == QStringList{"Baiyin", "Haidong", "Le_du", "Minhe", "Yuzhong",
                                                   QStringLiteral("兰州"), QStringLiteral("西宁")});
    model.sort(name, Qt::DescendingOrder);
    model.waitUntilReady();
    CHECK(columnValues(model, name).first() == QStringLiteral("西宁"));
    CHECK(columnValues(model, name).last() == "Baiyin");

    model.sort(rank, Qt::DescendingOrder);
    model.waitUntilReady();
    CHECK(columnValues(model, rank) == QStringList{"4", "4", "3", "2", "2", "1", "1"});
    CHECK(model.fidAt(0) == 7);  // ties keep fid order
    CHECK(model.rowOfFid(8) == 1);

    model.sort(-1, Qt::AscendingOrder);
    model.waitUntilReady();
    CHECK(model.fidAt(0) == 1);
}

TEST_CASE("A bad table or filter fails naming the file and table", "[gis][table]") {
    tests::ensureApplication();
    tests::ScratchDir scratch;
    const QString path = writeSmall(scratch);
    CHECK_THROWS_WITH(gis::FeatureTableModel(path, "nowhere", {}),
                      Catch::Contains("nowhere") && Catch::Contains("small.gpkg"));
    CHECK_THROWS_WITH(gis::FeatureTableModel(path, "places", "population > 3"),
                      Catch::Contains("places") && Catch::Contains("small.gpkg") &&
                          Catch::Contains("population"));
    CHECK_THROWS_WITH(gis::FeatureTableModel(scratch.file("missing.gpkg"), "places", {}),
                      Catch::Contains("places") && Catch::Contains("missing.gpkg"));
}

TEST_CASE("A million-row table is filtered and sorted without loading it", "[gis][table][large]") {
    tests::ensureApplication();
    const QString path = millionPath();

    QElapsedTimer timer;
    timer.start();
    gis::FeatureTableModel model(path, "places", {});
    model.waitUntilReady();
    WARN("Fid list of 1,000,000 rows (fid order) ready in " << timer.elapsed() << " ms");
    REQUIRE(model.rowCount() == 1'000'000);
    const int name = columnOf(model, "name");
    const int rank = columnOf(model, "rank");

    SECTION("rows near the end are fetched by fid, and only a few pages are held") {
        CHECK(model.cachedRowCount() == 0);
        CHECK(model.data(model.index(999'998, name)).toString() == "p999998");
        CHECK(model.data(model.index(999'998, rank)).toInt() == 998);
        CHECK(model.rowOfFid(1'000'000) == 999'999);
        for (int row = 0; row < 1'000'000; row += 9973) {
            CHECK(model.data(model.index(row, name)).toString() == QStringLiteral("p%1").arg(row));
        }
        CHECK(model.cachedRowCount() > 0);
        CHECK(model.cachedRowCount() <= gis::FeatureTableModel::kMaxCachedRows);
    }

    SECTION("a text filter and a base filter") {
        model.setTextFilter("P99999");
        model.waitUntilReady();
        CHECK(model.rowCount() == 11);  // p99999 and p999990 … p999999
        CHECK(model.fidAt(0) == 100'000);
        CHECK(model.rowOfFid(1'000'000) == 10);

        gis::FeatureTableModel villages(path, "places", "kind = 'village' AND rank < 10");
        villages.waitUntilReady();
        CHECK(villages.rowCount() == 3333);
    }

    SECTION("sorting by text and by number, both ways") {
        timer.restart();
        model.sort(name, Qt::AscendingOrder);
        model.waitUntilReady();
        WARN("Sorting 1,000,000 rows by name took " << timer.elapsed() << " ms");
        CHECK(model.data(model.index(0, name)).toString() == "p0");
        CHECK(model.data(model.index(1, name)).toString() == "p1");
        CHECK(model.data(model.index(2, name)).toString() == "p10");
        model.sort(name, Qt::DescendingOrder);
        model.waitUntilReady();
        CHECK(model.data(model.index(0, name)).toString() == "p999999");

        model.sort(rank, Qt::DescendingOrder);
        model.waitUntilReady();
        CHECK(model.data(model.index(0, rank)).toInt() == 999);
        CHECK(model.data(model.index(999'999, rank)).toInt() == 0);
        CHECK(model.fidAt(0) == 1000);  // the first feature of rank 999 comes first
        CHECK(model.rowOfFid(1000) == 0);
        model.sort(rank, Qt::AscendingOrder);
        model.waitUntilReady();
        CHECK(model.data(model.index(0, rank)).toInt() == 0);
        CHECK(model.data(model.index(999'999, rank)).toInt() == 999);
        CHECK(model.cachedRowCount() <= gis::FeatureTableModel::kMaxCachedRows);
    }

    SECTION("a newer request supersedes an older one") {
        int refreshes = 0;
        QObject::connect(&model, &gis::FeatureTableModel::refreshed, [&refreshes] { ++refreshes; });
        model.sort(name, Qt::AscendingOrder);
        model.setTextFilter("p12345");
        model.waitUntilReady();
        CHECK(refreshes == 1);
        CHECK(model.rowCount() == 11);  // p12345, p123450 … p123459
        CHECK(model.data(model.index(0, name)).toString() == "p12345");
        CHECK(model.data(model.index(10, name)).toString() == "p123459");
    }
}
