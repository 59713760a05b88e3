// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/map_renderer.h"
#include "core/project.h"
#include "gis/coordinate_transform.h"
#include "gis/ogr/ogr_feature_source.h"
#include "tests/support/image_compare.h"
#include "tests/support/test_files.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFontInfo>
#include <QRawFont>

namespace {

gis::MapSettings regionSettings(const core::Project& project) {
    gis::MapSettings settings;
    settings.crs = project.crs();
    settings.extent = project.homeExtent();
    settings.outputSize = QSize(1200, 800);
    return settings;
}

/// How many pixels in a square of `radius` around `center` differ from the background.
int pixelsDifferentFrom(const QImage& image, QPointF center, int radius, QColor background) {
    int count = 0;
    for (int y = int(center.y()) - radius; y <= int(center.y()) + radius; ++y) {
        for (int x = int(center.x()) - radius; x <= int(center.x()) + radius; ++x) {
            if (image.rect().contains(x, y) && image.pixelColor(x, y) != background) {
                ++count;
            }
        }
    }
    return count;
}

QColor provinceFill(const core::Project& project) {
    return project.layerRecords().front().style.defaultSymbol.fillColor;
}

}  // namespace

TEST_CASE("The default project renders Lanzhou and Xining where PROJ puts them", "[gis][render]") {
    tests::ensureApplication();
    const core::Project project = core::Project::open(tests::defaultProjectPath());
    const gis::MapSettings settings = regionSettings(project);
    const gis::RenderResult result = gis::MapRenderer(settings, project.mapLayers()).renderImage();
    CHECK(result.errors.isEmpty());
    REQUIRE(result.image.size() == settings.outputSize);

    const gis::CoordinateTransform toMap(gis::Crs::wgs84(), settings.crs);
    const QTransform toPixel = settings.mapToPixel();
    const QPointF lanzhou = toPixel.map(toMap.transform({103.834, 36.061}));
    const QPointF xining = toPixel.map(toMap.transform({101.778, 36.617}));
    // The province fill is the background there; the city star is red.
    const QColor fill = provinceFill(project);
    CHECK(pixelsDifferentFrom(result.image, lanzhou, 3, fill) >= 20);
    CHECK(pixelsDifferentFrom(result.image, xining, 3, fill) >= 20);
    const QColor atLanzhou = result.image.pixelColor(lanzhou.toPoint());
    CHECK(atLanzhou.red() > 150);
    CHECK(atLanzhou.green() < 100);

    // A point far from any city, river or boundary shows the plain province fill.
    gis::MapSettings empty = settings;
    empty.extent = toMap.transformBounds(QRectF(QPointF(99.0, 34.0), QPointF(99.02, 34.02)));
    std::vector<gis::MapLayer> provincesOnly{project.mapLayers().front()};
    const QImage plain = gis::MapRenderer(empty, provincesOnly).renderImage().image;
    CHECK(plain.pixelColor(100, 100) == fill);  // away from the province's label in the middle
}

TEST_CASE("Every city label is drawn with real glyphs, never boxes", "[gis][render][labels]") {
    tests::ensureApplication();
    const core::Project project = core::Project::open(tests::defaultProjectPath());
    const gis::MapLayer cities = project.mapLayers().back();
    REQUIRE(cities.id == "plan_cities");
    const QFont font(cities.style.label.fontFamily);
    CHECK(QFontInfo(font).family().contains("WenQuanYi"));
    const QRawFont raw = QRawFont::fromFont(font);
    REQUIRE(raw.isValid());
    auto features = cities.source->query({{}, {cities.style.label.field}});
    gis::Feature feature;
    int labels = 0;
    while (features->next(feature)) {
        const QString text = feature.attributes[0].toString();
        for (const char32_t c : text.toUcs4()) {
            INFO(text.toStdString());
            CHECK(raw.supportsCharacter(c));
        }
        ++labels;
    }
    CHECK(labels >= 10);
}

TEST_CASE("Labels change the picture next to their city", "[gis][render][labels]") {
    tests::ensureApplication();
    const core::Project project = core::Project::open(tests::defaultProjectPath());
    const gis::MapSettings settings = regionSettings(project);
    std::vector<gis::MapLayer> withLabels = project.mapLayers();
    std::vector<gis::MapLayer> withoutLabels = withLabels;
    for (gis::MapLayer& layer : withoutLabels) {
        layer.style.label.enabled = false;
    }
    const QImage a = gis::MapRenderer(settings, withLabels).renderImage().image;
    const QImage b = gis::MapRenderer(settings, withoutLabels).renderImage().image;
    int changed = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            changed += a.pixel(x, y) != b.pixel(x, y);
        }
    }
    CHECK(changed > 2000);
}

TEST_CASE("A cancelled render says so and stops", "[gis][render]") {
    tests::ensureApplication();
    const core::Project project = core::Project::open(tests::defaultProjectPath());
    const std::atomic<bool> cancelled{true};
    const gis::RenderResult result =
        gis::MapRenderer(regionSettings(project), project.mapLayers()).renderImage(cancelled);
    CHECK(result.cancelled);
}

TEST_CASE("A layer whose file disappeared is an error of that layer, not a crash",
          "[gis][render]") {
    tests::ensureApplication();
    tests::ScratchDir scratch;
    const QString copy = scratch.file("copy.gpkg");
    REQUIRE(QFile::copy(tests::defaultProjectPath(), copy));
    auto source =
        std::make_shared<gis::OgrFeatureSource>(gis::OgrLayerAddress{copy, "plan_point", {}});
    REQUIRE(QFile::remove(copy));
    gis::MapLayer layer{"gone", "消失的图层", source, {}, true, 1.0};
    gis::MapSettings settings;
    settings.crs = gis::Crs::wgs84();
    settings.extent = QRectF(98.5, 33.5, 8, 5.3);
    const gis::RenderResult result = gis::MapRenderer(settings, {layer}).renderImage();
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors[0].contains("消失的图层"));
    CHECK(result.errors[0].contains("copy.gpkg"));
}

namespace {

/// The map drawn by MapRenderer::render() in one pass on the calling thread, as a PDF gets it.
QImage drawnInOnePass(const gis::MapSettings& settings, const std::vector<gis::MapLayer>& layers) {
    QImage image(settings.outputSize, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    const QStringList errors = gis::MapRenderer(settings, layers).render(painter);
    CHECK(errors.isEmpty());
    return image;
}

}  // namespace

TEST_CASE("The map drawn in bands is the map drawn in one pass, labels included",
          "[gis][render][labels]") {
    tests::ensureApplication();
    const core::Project project = core::Project::open(tests::defaultProjectPath());
    gis::MapSettings settings = regionSettings(project);
    settings.crs = gis::Crs::fromUserInput("EPSG:4523");
    settings.extent = gis::CoordinateTransform(gis::Crs::wgs84(), settings.crs)
                          .transformBounds(QRectF(QPointF(100.5, 35.0), QPointF(105.5, 37.8)));
    const gis::RenderResult banded = gis::MapRenderer(settings, project.mapLayers()).renderImage();
    REQUIRE(banded.errors.isEmpty());
    const QImage onePass = drawnInOnePass(settings, project.mapLayers());
    const tests::ImageDifference difference = tests::compareImages(banded.image, onePass, 24);
    CHECK(difference.sameSize);
    // Antialiasing may differ by a shade where a band cuts a shape; a missing label, a seam or a
    // marker cut in half would differ over far more.
    CHECK(difference.differingPixels < 40);
}

TEST_CASE("Markers and wide lines across the bands' edges are drawn whole", "[gis][render]") {
    tests::ensureApplication();
    tests::ScratchDir scratch;
    // A point every 2 pixels down the map and a wide zigzag: whatever rows the bands end on, some
    // marker and some stretch of line sits across each edge.
    QString points;
    for (int i = 0; i < 300; ++i) {
        points +=
            QStringLiteral(
                R"({"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[%1,%2]}},)")
                .arg(1 + i * 0.05)
                .arg(0.05 + i * 0.03);
    }
    points.chop(1);
    const QString pointsPath = scratch.file("points.geojson");
    const QString linePath = scratch.file("line.geojson");
    QFile pointsFile(pointsPath);
    REQUIRE(pointsFile.open(QIODevice::WriteOnly));
    pointsFile.write(("{\"type\":\"FeatureCollection\",\"features\":[" + points + "]}").toUtf8());
    pointsFile.close();
    QFile lineFile(linePath);
    REQUIRE(lineFile.open(QIODevice::WriteOnly));
    lineFile.write(R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{},
        "geometry":{"type":"LineString","coordinates":[[0,0],[20,3],[0,6],[20,9],[0,12],
        [20,15],[0,18]]}}]})");
    lineFile.close();
    gis::Style markers;
    markers.defaultSymbol.markerSizeMm = 4;
    markers.defaultSymbol.fillColor = QColor("#2980b9");
    gis::Style line;
    line.defaultSymbol.strokeWidthMm = 2.5;
    line.defaultSymbol.strokeColor = QColor("#c0392b");
    const std::vector<gis::MapLayer> layers{
        {"line", "line",
         std::make_shared<gis::OgrFeatureSource>(gis::OgrLayerAddress{linePath, {}, {}}), line,
         true, 1.0},
        {"points", "points",
         std::make_shared<gis::OgrFeatureSource>(gis::OgrLayerAddress{pointsPath, {}, {}}), markers,
         true, 1.0}};
    gis::MapSettings settings;
    settings.crs = gis::Crs::wgs84();
    settings.extent = QRectF(0, 0, 20, 18);
    settings.outputSize = QSize(400, 360);
    const gis::RenderResult banded = gis::MapRenderer(settings, layers).renderImage();
    REQUIRE(banded.errors.isEmpty());
    const QImage onePass = drawnInOnePass(settings, layers);
    const tests::ImageDifference difference = tests::compareImages(banded.image, onePass, 24);
    CHECK(difference.differingPixels <= 4);
    // Both really drew: most rows hold some marker or line.
    const tests::ImageDifference drawn = tests::compareImages(
        banded.image,
        [&] {
            QImage plain(settings.outputSize, QImage::Format_ARGB32_Premultiplied);
            plain.fill(settings.background);
            return plain;
        }(),
        24);
    CHECK(drawn.differingFraction > 0.05);
}
