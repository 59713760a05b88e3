// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/raster/raster_renderer.h"

#include "gis/coordinate_transform.h"
#include "gis/gdal_environment.h"
#include "gis/map_renderer.h"
#include "tests/support/image_compare.h"
#include "tests/support/test_files.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>

#include <cmath>
#include <functional>
#include <numbers>
#include <thread>

namespace {

// A 200 × 200 grid of 0.001° around Lanzhou: 103.7–103.9° E, 35.9–36.1° N.
constexpr double kLeft = 103.7;
constexpr double kTop = 36.1;
constexpr double kPixel = 0.001;
constexpr int kSize = 200;
constexpr double kPeakLon = 103.8;
constexpr double kPeakLat = 36.0;
constexpr double kNoData = -9999;

/// Local metres east and north of the peak (a spherical approximation, good to a few per mille).
double metresEast(double lon, double lat) {
    return (lon - kPeakLon) * 111320.0 * std::cos(lat * std::numbers::pi / 180.0);
}
double metresNorth(double lat) {
    return (lat - kPeakLat) * 110950.0;
}

/// A cone 3500 m high whose sides fall 0.2 m per metre.
double coneElevation(double lon, double lat) {
    return 3500.0 - 0.2 * std::hypot(metresEast(lon, lat), metresNorth(lat));
}

struct GridSpec {
    int bands = 1;
    GDALDataType type = GDT_Float32;
    const char* crs = "EPSG:4326";  // nullptr: no CRS
    std::optional<double> noData;
    std::vector<int> overviews;
};

using CellValue = std::function<double(int band, int column, int row, double lon, double lat)>;

void writeRaster(const QString& path, const GridSpec& spec, const CellValue& value) {
    gis::initializeGdal();
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GTiff");
    gis::GdalDatasetPtr dataset{
        driver->Create(path.toUtf8().constData(), kSize, kSize, spec.bands, spec.type, nullptr)};
    REQUIRE(dataset);
    double geoTransform[6] = {kLeft, kPixel, 0, kTop, 0, -kPixel};
    dataset->SetGeoTransform(geoTransform);
    if (spec.crs) {
        OGRSpatialReference srs;
        srs.SetFromUserInput(spec.crs);
        dataset->SetSpatialRef(&srs);
    }
    for (int band = 1; band <= spec.bands; ++band) {
        std::vector<double> values(kSize * kSize);
        for (int row = 0; row < kSize; ++row) {
            for (int column = 0; column < kSize; ++column) {
                values[row * kSize + column] =
                    value(band, column, row, kLeft + (column + 0.5) * kPixel,
                          kTop - (row + 0.5) * kPixel);
            }
        }
        GDALRasterBand* out = dataset->GetRasterBand(band);
        if (spec.noData) {
            out->SetNoDataValue(*spec.noData);
        }
        REQUIRE(out->RasterIO(GF_Write, 0, 0, kSize, kSize, values.data(), kSize, kSize,
                              GDT_Float64, 0, 0, nullptr) == CE_None);
    }
    if (!spec.overviews.empty()) {
        REQUIRE(dataset->BuildOverviews("AVERAGE", int(spec.overviews.size()),
                                        spec.overviews.data(), 0, nullptr, nullptr,
                                        nullptr) == CE_None);
    }
}

/// The cone with a no-data square in its north-west corner and two overview levels.
std::shared_ptr<const gis::RasterSource> makeCone(const tests::ScratchDir& scratch) {
    const QString path = scratch.file("cone.tif");
    writeRaster(path, {1, GDT_Float32, "EPSG:4326", kNoData, {2, 4}},
                [](int, int column, int row, double lon, double lat) {
                    return column < 40 && row < 40 ? kNoData : coneElevation(lon, lat);
                });
    return std::make_shared<gis::RasterSource>(path);
}

/// The whole raster in the CGCS2000 3° Gauss–Krüger zone 35 (EPSG:4523).
gis::MapSettings gaussKrugerSettings(QSize size = QSize(300, 300)) {
    gis::MapSettings settings;
    settings.crs = gis::Crs::fromEpsg(4523);
    settings.extent =
        gis::CoordinateTransform(gis::Crs::wgs84(), settings.crs)
            .transformBounds(QRectF(kLeft, kTop - kSize * kPixel, kSize * kPixel, kSize * kPixel));
    settings.outputSize = size;
    return settings;
}

QPoint pixelAt(const gis::MapSettings& settings, double lon, double lat) {
    const QPointF map =
        gis::CoordinateTransform(gis::Crs::wgs84(), settings.crs).transform({lon, lat});
    const QPointF pixel = settings.mapToPixel().map(map);
    return QPoint(int(std::floor(pixel.x())), int(std::floor(pixel.y())));
}

gis::RasterStyle styleOf(gis::RasterRendering rendering) {
    gis::RasterStyle style;
    style.rendering = rendering;
    return style;
}

QImage render(std::shared_ptr<const gis::RasterSource> source, const gis::RasterStyle& style,
              const gis::MapSettings& settings) {
    const std::atomic<bool> never{false};
    return gis::RasterRenderer(std::move(source), style, settings).render(never);
}

/// The expected grey of a plane whose downhill direction is `downhill` (degrees clockwise from
/// north) and slope `gradient`, under the default sun (azimuth 315°, altitude 45°).
int expectedShade(double downhillDegrees, double gradient) {
    const double d = downhillDegrees * std::numbers::pi / 180.0;
    const double east = -gradient * std::sin(d), north = -gradient * std::cos(d);  // dz/dx, dz/dy
    const double s = std::sqrt(0.5);
    const double lit =
        (-east * -0.5 - north * 0.5 + s) / std::sqrt(1 + east * east + north * north);
    return int(std::lround(255 * std::max(0.0, lit)));
}

}  // namespace

TEST_CASE("A hillshade in another CRS lights the north-west slope and clears no-data",
          "[gis][raster]") {
    tests::ensureApplication();
    tests::ScratchDir scratch;
    const auto cone = makeCone(scratch);
    const gis::MapSettings settings = gaussKrugerSettings();
    const QImage image = render(cone, styleOf(gis::RasterRendering::Hillshade), settings);
    REQUIRE(image.size() == settings.outputSize);

    // 3 km from the peak, on the north-west and south-east flanks.
    const double dLon = 2121.0 / (111320.0 * std::cos(kPeakLat * std::numbers::pi / 180.0));
    const double dLat = 2121.0 / 110950.0;
    const QColor northWest = image.pixelColor(pixelAt(settings, kPeakLon - dLon, kPeakLat + dLat));
    const QColor southEast = image.pixelColor(pixelAt(settings, kPeakLon + dLon, kPeakLat - dLat));
    CHECK(northWest.alpha() == 255);
    CHECK(northWest.red() == northWest.blue());
    CHECK(northWest.red() > southEast.red() + 50);
    CHECK(northWest.red() == Approx(expectedShade(315, 0.2)).margin(6));
    CHECK(southEast.red() == Approx(expectedShade(135, 0.2)).margin(6));

    // The no-data corner and the world outside the raster are transparent.
    CHECK(image.pixelColor(pixelAt(settings, kLeft + 0.02, kTop - 0.02)).alpha() == 0);
    gis::MapSettings wider = settings;
    wider.extent = settings.extent.adjusted(-2000, -2000, 2000, 2000);
    const QImage around = render(cone, styleOf(gis::RasterRendering::Hillshade), wider);
    CHECK(around.pixelColor(pixelAt(wider, kLeft + 0.1, kTop + 0.01)).alpha() == 0);
    CHECK(around.pixelColor(pixelAt(wider, kLeft + 0.1, kTop - 0.01)).alpha() == 255);
}

TEST_CASE("The cone's peak is drawn where PROJ puts its longitude and latitude", "[gis][raster]") {
    tests::ensureApplication();
    tests::ScratchDir scratch;
    const auto cone = makeCone(scratch);
    const gis::MapSettings settings = gaussKrugerSettings();
    gis::RasterStyle style = styleOf(gis::RasterRendering::ColorRamp);
    style.ramp = gis::ColorRamp({{3300, Qt::black}, {3500, Qt::white}});
    const QImage image = render(cone, style, settings);
    // The brightness-weighted centre of the summit.
    double sum = 0, sumX = 0, sumY = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const double weight = image.pixelColor(x, y).red();
            sum += weight;
            sumX += weight * (x + 0.5);
            sumY += weight * (y + 0.5);
        }
    }
    REQUIRE(sum > 0);
    const QPointF peak = settings.mapToPixel().map(
        gis::CoordinateTransform(gis::Crs::wgs84(), settings.crs).transform({kPeakLon, kPeakLat}));
    CHECK(sumX / sum == Approx(peak.x()).margin(0.5));
    CHECK(sumY / sum == Approx(peak.y()).margin(0.5));
}

TEST_CASE("The colour ramp colours a known elevation", "[gis][raster]") {
    tests::ensureApplication();
    tests::ScratchDir scratch;
    const auto cone = makeCone(scratch);
    const gis::MapSettings settings = gaussKrugerSettings();
    const gis::RasterStyle style = styleOf(gis::RasterRendering::ColorRamp);
    const QImage image = render(cone, style, settings);
    for (const auto& [lon, lat] : {std::pair{103.83, 36.01}, {103.77, 35.97}, {103.88, 36.05}}) {
        const QColor expected = style.ramp.colorAt(coneElevation(lon, lat));
        const QColor actual = image.pixelColor(pixelAt(settings, lon, lat));
        INFO(lon << ", " << lat << ": " << coneElevation(lon, lat) << " m");
        CHECK(actual.red() == Approx(expected.red()).margin(4));
        CHECK(actual.green() == Approx(expected.green()).margin(4));
        CHECK(actual.blue() == Approx(expected.blue()).margin(4));
    }
}

TEST_CASE("A hillshade is right in a geographic map CRS too", "[gis][raster]") {
    tests::ensureApplication();
    tests::ScratchDir scratch;
    // A plane rising eastwards 0.1 m per metre: its shade does not depend on the map's units.
    const QString path = scratch.file("plane.tif");
    writeRaster(path, {}, [](int, int, int, double lon, double lat) {
        return 2000.0 + 0.1 * metresEast(lon, lat);
    });
    const auto plane = std::make_shared<gis::RasterSource>(path);
    gis::MapSettings geographic;
    geographic.crs = gis::Crs::wgs84();
    geographic.extent = QRectF(103.75, 35.95, 0.1, 0.1);
    geographic.outputSize = QSize(120, 120);
    const gis::MapSettings projected = gaussKrugerSettings(QSize(120, 120));
    const int expected = expectedShade(270, 0.1);
    for (const gis::MapSettings& settings : {geographic, projected}) {
        INFO(settings.crs.authId().toStdString());
        const QImage image = render(plane, styleOf(gis::RasterRendering::Hillshade), settings);
        CHECK(image.pixelColor(pixelAt(settings, kPeakLon, kPeakLat)).red() ==
              Approx(expected).margin(3));
    }
}

TEST_CASE("Zoomed out, the renderer reads the overviews", "[gis][raster]") {
    tests::ensureApplication();
    tests::ScratchDir scratch;
    const QString path = scratch.file("marked.tif");
    writeRaster(path, {1, GDT_Float32, "EPSG:4326", {}, {2, 4}},
                [](int, int, int, double, double) { return 2000.0; });
    {  // Mark the overviews, so that a picture made from them shows it.
        gis::GdalDatasetPtr dataset{
            GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_UPDATE)};
        GDALRasterBand* band = dataset->GetRasterBand(1);
        for (int i = 0; i < band->GetOverviewCount(); ++i) {
            GDALRasterBand* overview = band->GetOverview(i);
            REQUIRE(overview->Fill(4800.0) == CE_None);
        }
    }
    const auto source = std::make_shared<gis::RasterSource>(path);
    CHECK(source->hasOverviews());
    gis::RasterStyle style = styleOf(gis::RasterRendering::ColorRamp);
    style.ramp = gis::ColorRamp({{2000, Qt::black}, {5000, Qt::white}});
    gis::MapSettings settings;
    settings.crs = gis::Crs::wgs84();
    settings.extent = QRectF(kLeft, kTop - 0.2, 0.2, 0.2);
    settings.outputSize = QSize(40, 40);  // five source pixels to one output pixel
    CHECK(render(source, style, settings).pixelColor(20, 20).red() > 200);
    settings.outputSize = QSize(400, 400);  // finer than the source
    CHECK(render(source, style, settings).pixelColor(200, 200).red() == 0);
}

TEST_CASE("RGB imagery keeps its colours", "[gis][raster]") {
    tests::ensureApplication();
    tests::ScratchDir scratch;
    const QString path = scratch.file("rgb.tif");
    writeRaster(path, {3, GDT_Byte, "EPSG:4326", {}, {}}, [](int band, int, int, double, double) {
        return band == 1 ? 200 : band == 2 ? 100 : 50;
    });
    const auto source = std::make_shared<gis::RasterSource>(path);
    const QImage image =
        render(source, styleOf(gis::RasterRendering::Rgb), gaussKrugerSettings(QSize(100, 100)));
    CHECK(image.pixelColor(50, 50) == QColor(200, 100, 50));
}

TEST_CASE("A cancelled raster render returns promptly with nothing", "[gis][raster]") {
    tests::ensureApplication();
    tests::ScratchDir scratch;
    const auto cone = makeCone(scratch);
    const gis::RasterStyle style = styleOf(gis::RasterRendering::HillshadeAndRamp);
    const std::atomic<bool> cancelled{true};
    CHECK(gis::RasterRenderer(cone, style, gaussKrugerSettings()).render(cancelled).isNull());

    // Cancelled while it runs: a large output that takes a while.
    const gis::MapSettings big = gaussKrugerSettings(QSize(3000, 3000));
    QElapsedTimer timer;
    timer.start();
    CHECK_FALSE(render(cone, style, big).isNull());
    const qint64 full = timer.elapsed();
    std::atomic<bool> stop{false};
    std::thread canceller([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(full / 10));
        stop = true;
    });
    timer.restart();
    const QImage stopped = gis::RasterRenderer(cone, style, big).render(stop);
    const qint64 partial = timer.elapsed();
    canceller.join();
    INFO("full render " << full << " ms, cancelled one " << partial << " ms");
    CHECK(stopped.isNull());
    CHECK(partial < full / 2);
}

TEST_CASE("The map renderer draws a raster layer with the layer's opacity", "[gis][raster]") {
    tests::ensureApplication();
    tests::ScratchDir scratch;
    gis::MapLayer layer;
    layer.id = "dem";
    layer.name = "DEM";
    layer.raster = makeCone(scratch);
    layer.rasterStyle = styleOf(gis::RasterRendering::ColorRamp);
    layer.opacity = 0.5;
    gis::MapSettings settings = gaussKrugerSettings(QSize(200, 200));
    settings.background = Qt::white;
    const gis::RenderResult result = gis::MapRenderer(settings, {layer}).renderImage();
    CHECK(result.errors.isEmpty());
    const QPoint at = pixelAt(settings, 103.83, 36.01);
    const QColor ramp = layer.rasterStyle.ramp.colorAt(coneElevation(103.83, 36.01));
    const QColor blended = result.image.pixelColor(at);
    CHECK(blended.red() == Approx((ramp.red() + 255) / 2.0).margin(4));
    CHECK(blended.blue() == Approx((ramp.blue() + 255) / 2.0).margin(4));

    // Drawn straight into a painter (as for PDF), the picture is the same.
    QImage painted(settings.outputSize, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&painted);
    CHECK(gis::MapRenderer(settings, {layer}).render(painter).isEmpty());
    painter.end();
    const tests::ImageDifference difference = tests::compareImages(painted, result.image, 2);
    CHECK(difference.differingPixels == 0);
}

TEST_CASE("A raster layer that cannot be read is an error of that layer", "[gis][raster]") {
    tests::ensureApplication();
    tests::ScratchDir scratch;
    gis::MapLayer layer;
    layer.name = "高程";
    layer.raster = makeCone(scratch);
    REQUIRE(QFile::remove(scratch.file("cone.tif")));
    const gis::RenderResult result = gis::MapRenderer(gaussKrugerSettings(), {layer}).renderImage();
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors[0].contains("高程"));
    CHECK(result.errors[0].contains("cone.tif"));
}

TEST_CASE("The shaded, coloured cone matches its reference image", "[gis][raster][reference]") {
    tests::ensureApplication();
    tests::ScratchDir scratch;
    const QImage image = render(makeCone(scratch), styleOf(gis::RasterRendering::HillshadeAndRamp),
                                gaussKrugerSettings(QSize(256, 256)));
    const tests::ReferenceComparison comparison =
        tests::compareWithReference(image, "raster_cone_4523", 6);
    INFO("reference " << comparison.referencePath.toStdString() << ", actual saved as "
                      << comparison.actualSavedAs.toStdString() << ", differing pixels "
                      << comparison.difference.differingPixels << ", largest difference "
                      << comparison.difference.largestChannelDifference);
    CHECK(comparison.referenceFound);
    CHECK(comparison.matches(0.005));
}
