// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/map_renderer.h"
#include "gis/map_scale.h"
#include "gis/ogr/ogr_feature_source.h"
#include "gis/style_classifier.h"
#include "tests/support/test_files.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QPainter>
#include <QSvgRenderer>

#include <mutex>
#include <set>

namespace {

/// Passes queries on to an OGR source and remembers which columns they asked for.
class RecordingSource final : public gis::FeatureSource {
public:
    explicit RecordingSource(std::shared_ptr<gis::OgrFeatureSource> inner)
        : inner_(std::move(inner)) {}

    QString description() const override { return inner_->description(); }
    gis::Crs crs() const override { return inner_->crs(); }
    QRectF extent() const override { return inner_->extent(); }
    gis::GeometryKind geometryKind() const override { return inner_->geometryKind(); }
    std::vector<gis::Field> fields() const override { return inner_->fields(); }
    std::int64_t featureCount() const override { return inner_->featureCount(); }
    std::unique_ptr<gis::FeatureIterator> query(const gis::FeatureQuery& query) const override {
        const std::lock_guard<std::mutex> lock(mutex_);
        columns_.push_back(query.columns);
        return inner_->query(query);
    }
    std::vector<gis::Feature> fetch(const std::vector<std::int64_t>& ids,
                                    const QStringList& columns) const override {
        return inner_->fetch(ids, columns);
    }
    std::vector<QStringList> queriedColumns() const {
        const std::lock_guard<std::mutex> lock(mutex_);
        return columns_;
    }

private:
    std::shared_ptr<gis::OgrFeatureSource> inner_;
    mutable std::mutex mutex_;
    mutable std::vector<QStringList> columns_;
};

/// A GeoJSON layer in `scratch` holding these features ("geometry" is GeoJSON text).
std::shared_ptr<RecordingSource> geoJsonLayer(const tests::ScratchDir& scratch, const QString& name,
                                              const QList<QPair<QString, QString>>& features) {
    QStringList items;
    for (const auto& [properties, geometry] : features) {
        items << QStringLiteral(R"({"type": "Feature", "properties": %1, "geometry": %2})")
                     .arg(properties, geometry);
    }
    const QString path = scratch.file(name + ".geojson");
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral(R"({"type": "FeatureCollection", "name": "%1", "features": [%2]})")
                   .arg(name, items.join(","))
                   .toUtf8());
    file.close();
    return std::make_shared<RecordingSource>(
        std::make_shared<gis::OgrFeatureSource>(gis::OgrLayerAddress{path, name, {}}));
}

QString square(double west, double south) {
    return QStringLiteral(R"({"type": "Polygon", "coordinates": [[[%1, %2], [%3, %2], [%3, %4],
                          [%1, %4], [%1, %2]]]})")
        .arg(west)
        .arg(south)
        .arg(west + 1)
        .arg(south + 1);
}

QString point(double x, double y) {
    return QStringLiteral(R"({"type": "Point", "coordinates": [%1, %2]})").arg(x).arg(y);
}

/// Three one-degree cells side by side, 300 × 100 pixels.
gis::MapSettings stripSettings() {
    gis::MapSettings settings;
    settings.crs = gis::Crs::wgs84();
    settings.extent = QRectF(100, 35, 3, 1);
    settings.outputSize = QSize(300, 100);
    return settings;
}

gis::MapLayer layerOf(std::shared_ptr<const gis::FeatureSource> source, const gis::Style& style) {
    gis::MapLayer layer;
    layer.id = "test";
    layer.name = "测试图层";
    layer.source = std::move(source);
    layer.style = style;
    return layer;
}

QImage render(const gis::MapLayer& layer, QStringList* errors = nullptr) {
    const gis::RenderResult result = gis::MapRenderer(stripSettings(), {layer}).renderImage();
    if (errors) {
        *errors = result.errors;
    } else {
        CHECK(result.errors.isEmpty());
    }
    return result.image;
}

bool near(const QColor& a, const QColor& b, int tolerance = 6) {
    return std::abs(a.red() - b.red()) <= tolerance &&
           std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

int pixelsNot(const QImage& image, const QColor& color) {
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            count += image.pixelColor(x, y).rgb() != color.rgb();
        }
    }
    return count;
}

}  // namespace

TEST_CASE("A graduated polygon style fills each feature with its class colour",
          "[gis][style][render]") {
    tests::ensureApplication();
    tests::ScratchDir scratch;
    const auto source = geoJsonLayer(scratch, "districts",
                                     {{R"({"pop": 5, "name": "a"})", square(100, 35)},
                                      {R"({"pop": 15, "name": "b"})", square(101, 35)},
                                      {R"({"pop": 25, "name": "c"})", square(102, 35)}});
    gis::Symbol base;
    base.strokeStyle = Qt::NoPen;
    const std::vector<double> breaks = gis::StyleClassifier::equalIntervalBreaks(
        gis::StyleClassifier::readValues(*source, "pop"), 3);
    const gis::Style style = gis::StyleClassifier::graduatedStyle(
        "pop", breaks, QColor(220, 30, 30), QColor(30, 30, 220), base, gis::GeometryKind::Polygon);
    REQUIRE(style.classes.size() == 3);
    const size_t queries = source->queriedColumns().size();

    const QImage image = render(layerOf(source, style));
    for (int i = 0; i < 3; ++i) {
        INFO("class " << i);
        CHECK(image.pixelColor(50 + 100 * i, 50).rgb() == style.classes[i].symbol.fillColor.rgb());
    }
    // Only the classification field was read (by each band of the map that queried the layer).
    REQUIRE(source->queriedColumns().size() > queries);
    for (size_t query = queries; query < source->queriedColumns().size(); ++query) {
        CHECK(source->queriedColumns()[query] == QStringList{"pop"});
    }
}

TEST_CASE("A hatched fill leaves the background between its lines", "[gis][style][render]") {
    tests::ensureApplication();
    tests::ScratchDir scratch;
    const auto source = geoJsonLayer(scratch, "zone", {{R"({})", square(100, 35)}});
    gis::Style style;
    style.defaultSymbol.strokeStyle = Qt::NoPen;
    style.defaultSymbol.fillColor = QColor(20, 120, 40);
    style.defaultSymbol.hatch = gis::Hatch::Cross;
    const QImage image = render(layerOf(source, style));
    const QColor background = stripSettings().background;
    int lines = 0;
    int gaps = 0;
    for (int y = 20; y < 80; ++y) {
        for (int x = 20; x < 80; ++x) {
            const QColor c = image.pixelColor(x, y);
            lines += c.rgb() == style.defaultSymbol.fillColor.rgb();
            gaps += c.rgb() == background.rgb();
        }
    }
    CHECK(lines > 300);
    CHECK(gaps > 1500);
}

TEST_CASE("A rule-based point style draws SVG icons and skips unmatched features",
          "[gis][style][render]") {
    tests::ensureApplication();
    tests::ScratchDir scratch;
    const auto source =
        geoJsonLayer(scratch, "projects",
                     {{R"({"kind": "airport", "name": "中川机场"})", point(100.5, 35.5)},
                      {R"({"kind": "power_station", "name": "电站"})", point(101.5, 35.5)},
                      {R"({"kind": "school", "name": "学校"})", point(102.5, 35.5)}});
    gis::Style style;
    gis::Symbol airport;
    airport.svgMarker = ":/markers/airport.svg";
    airport.markerSizeMm = 8;
    gis::Symbol power;
    power.fillColor = QColor(230, 20, 20);
    power.strokeStyle = Qt::NoPen;
    power.markerSizeMm = 4;
    style.rules = {
        {"机场", gis::FeatureFilter::parse("kind = 'airport'"), {}, airport},
        {"电站", gis::FeatureFilter::parse("kind IN ('power_station', 'pumped')"), {}, power}};
    const QImage image = render(layerOf(source, style));
    const QColor background = stripSettings().background;

    // The airport icon: its blue disc around a white plane, 8 mm (30 px) wide.
    CHECK(near(image.pixelColor(41, 45), QColor("#1f5fa8")));
    CHECK(near(image.pixelColor(50, 50), Qt::white, 25));
    CHECK(image.pixelColor(50, 32).rgb() == background.rgb());  // above the icon
    CHECK(image.pixelColor(150, 50).rgb() == power.fillColor.rgb());
    // The school matches no rule and there is no else rule: nothing there.
    for (int y = 35; y < 65; ++y) {
        for (int x = 235; x < 265; ++x) {
            REQUIRE(image.pixelColor(x, y).rgb() == background.rgb());
        }
    }
    REQUIRE_FALSE(source->queriedColumns().empty());
    for (const QStringList& columns : source->queriedColumns()) {
        CHECK(columns == QStringList{"kind"});
    }
}

TEST_CASE("A layer outside its scale range draws nothing and reads nothing",
          "[gis][style][render]") {
    tests::ensureApplication();
    tests::ScratchDir scratch;
    const auto source = geoJsonLayer(scratch, "cells", {{R"({})", square(100, 35)}});
    const double scale = gis::scaleDenominator(stripSettings());
    REQUIRE(scale > 1e5);
    REQUIRE(scale < 1e8);
    gis::Style style;
    style.defaultSymbol.fillColor = Qt::black;
    const QColor background = stripSettings().background;

    style.scaleRange = {1e5, 1e8};
    CHECK(pixelsNot(render(layerOf(source, style)), background) > 5000);
    const size_t queries = source->queriedColumns().size();

    style.scaleRange = {0, 1000};  // only when zoomed in closer than 1:1000
    CHECK(pixelsNot(render(layerOf(source, style)), background) == 0);
    style.scaleRange = {1e9, 0};  // only when zoomed out beyond 1:1 000 000 000
    CHECK(pixelsNot(render(layerOf(source, style)), background) == 0);
    CHECK(source->queriedColumns().size() == queries);
}

TEST_CASE("A missing SVG marker falls back to its shape and is reported", "[gis][style][render]") {
    tests::ensureApplication();
    tests::ScratchDir scratch;
    const auto source = geoJsonLayer(scratch, "pts", {{R"({})", point(100.5, 35.5)}});
    gis::Style style;
    style.defaultSymbol.svgMarker = scratch.file("nowhere.svg");
    style.defaultSymbol.fillColor = QColor(0, 0, 255);
    style.defaultSymbol.markerSizeMm = 4;
    QStringList errors;
    const QImage image = render(layerOf(source, style), &errors);
    CHECK(image.pixelColor(50, 50).rgb() == QColor(0, 0, 255).rgb());
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].contains("测试图层"));
    CHECK(errors[0].contains("nowhere.svg"));
}

TEST_CASE("The marker icons are built in and draw at small sizes", "[gis][style][render]") {
    tests::ensureApplication();
    for (const char* name :
         {"airport", "railway", "power", "water", "ecology", "logistics", "park"}) {
        INFO(name);
        const QString path = QStringLiteral(":/markers/%1.svg").arg(QLatin1String(name));
        REQUIRE(QFile::exists(path));
        QSvgRenderer svg(path);
        REQUIRE(svg.isValid());
        QImage image(16, 16, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        svg.render(&painter, QRectF(0, 0, 16, 16));
        painter.end();
        int opaque = 0;
        std::set<QRgb> colours;
        for (int y = 0; y < 16; ++y) {
            for (int x = 0; x < 16; ++x) {
                opaque += qAlpha(image.pixel(x, y)) == 255;
                colours.insert(image.pixel(x, y));
            }
        }
        CHECK(opaque > 130);         // a solid disc
        CHECK(colours.size() > 10);  // with a glyph on it
    }
}
