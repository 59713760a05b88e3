// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/raster/raster_source.h"

#include "gis/error.h"
#include "gis/gdal_environment.h"
#include "tests/support/test_files.h"

#include <catch2/catch.hpp>

#include <QThread>

namespace {

/// A 100 × 80 Int16 GeoTIFF of 0.002° pixels from (103.5° E, 36.2° N): a tilted plane from 1500 m
/// in the west to 1599 m in the east, its first column no-data (-32768), with two overviews.
QString writeDem(const QString& path, const char* crs) {
    gis::initializeGdal();
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GTiff");
    gis::GdalDatasetPtr dataset{
        driver->Create(path.toUtf8().constData(), 100, 80, 1, GDT_Int16, nullptr)};
    REQUIRE(dataset);
    double geoTransform[6] = {103.5, 0.002, 0, 36.2, 0, -0.002};
    dataset->SetGeoTransform(geoTransform);
    if (crs) {
        OGRSpatialReference srs;
        srs.SetFromUserInput(crs);
        dataset->SetSpatialRef(&srs);
    }
    std::vector<std::int16_t> values(100 * 80);
    for (int row = 0; row < 80; ++row) {
        for (int column = 0; column < 100; ++column) {
            values[row * 100 + column] = column == 0 ? -32768 : std::int16_t(1500 + column);
        }
    }
    GDALRasterBand* band = dataset->GetRasterBand(1);
    band->SetNoDataValue(-32768);
    REQUIRE(band->RasterIO(GF_Write, 0, 0, 100, 80, values.data(), 100, 80, GDT_Int16, 0, 0,
                           nullptr) == CE_None);
    int levels[] = {2, 4};
    REQUIRE(dataset->BuildOverviews("NEAREST", 2, levels, 0, nullptr, nullptr, nullptr) == CE_None);
    return path;
}

}  // namespace

TEST_CASE("A raster source reads CRS, extent, bands, no-data and statistics", "[gis][raster]") {
    tests::ScratchDir scratch;
    const gis::RasterSource source(writeDem(scratch.file("dem.tif"), "EPSG:4326"));
    CHECK(source.crs().authId() == "EPSG:4326");
    CHECK(source.crs().isGeographic());
    CHECK(source.extent().left() == Approx(103.5));
    CHECK(source.extent().right() == Approx(103.7));
    CHECK(source.extent().top() == Approx(36.04));  // QRectF's top is the smallest y
    CHECK(source.extent().bottom() == Approx(36.2));
    CHECK(source.size() == QSize(100, 80));
    CHECK(source.bandCount() == 1);
    CHECK(source.dataType() == gis::RasterDataType::Int16);
    REQUIRE(source.noData().has_value());
    CHECK(*source.noData() == -32768);
    CHECK(source.hasOverviews());
    // Approximate statistics may read an overview, which skips columns; no-data never counts.
    CHECK(source.bands()[0].minimum == Approx(1501).margin(4));
    CHECK(source.bands()[0].maximum == Approx(1599).margin(4));
}

TEST_CASE("A raster source in a projected CRS keeps it", "[gis][raster]") {
    tests::ScratchDir scratch;
    const gis::RasterSource source(writeDem(scratch.file("gk.tif"), "EPSG:4523"));
    CHECK(source.crs().authId() == "EPSG:4523");
    CHECK_FALSE(source.crs().isGeographic());
}

TEST_CASE("A raster without a CRS is refused with its file name", "[gis][raster]") {
    tests::ScratchDir scratch;
    const QString path = writeDem(scratch.file("bare.tif"), nullptr);
    try {
        gis::RasterSource source(path);
        FAIL("no error");
    } catch (const gis::Error& error) {
        CHECK(error.message().contains("bare.tif"));
        CHECK(error.message().contains("coordinate reference system"));
    }
    CHECK_THROWS_AS(gis::RasterSource(scratch.file("missing.tif")), gis::Error);
}

TEST_CASE("Each thread opens a raster handle of its own", "[gis][raster]") {
    tests::ScratchDir scratch;
    const gis::RasterSource source(writeDem(scratch.file("dem.tif"), "EPSG:4326"));
    const gis::GdalDatasetPtr here = source.open();
    gis::GdalDatasetPtr there;
    std::unique_ptr<QThread> thread{QThread::create([&] { there = source.open(); })};
    thread->start();
    thread->wait();
    REQUIRE(here);
    REQUIRE(there);
    CHECK(here.get() != there.get());
    CHECK(there->GetRasterXSize() == 100);
}
