// SPDX-License-Identifier: GPL-3.0-or-later
// Needs the layer renderer to hand line paths to the placer (see linePixelPaths()).
#include "gis/map_renderer.h"
#include "gis/ogr/ogr_feature_source.h"
#include "tests/support/test_files.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QLineF>
#include <QPageSize>
#include <QPdfWriter>
#include <QProcess>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

/// A river winding across 100-104 E around 36 N, in degrees.
QPolygonF river() {
    QPolygonF line;
    for (double x = 99.5; x <= 104.5; x += 0.05) {
        line << QPointF(x, 36 + 0.6 * std::sin((x - 99.5) * 1.6));
    }
    return line;
}

gis::MapLayer riverLayer(const tests::ScratchDir& scratch) {
    QString coordinates;
    for (const QPointF& p : river()) {
        coordinates +=
            QStringLiteral("%1[%2,%3]").arg(coordinates.isEmpty() ? "" : ",").arg(p.x()).arg(p.y());
    }
    const QString path = scratch.file("river.geojson");
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral(R"({"type":"FeatureCollection","features":[{"type":"Feature",
"properties":{"name":"黄河"},"geometry":{"type":"LineString","coordinates":[%1]}}]})")
                   .arg(coordinates)
                   .toUtf8());
    file.close();
    gis::Style style;
    style.defaultSymbol.strokeColor = QColor(0, 0, 255);
    style.label.enabled = true;
    style.label.field = "name";
    style.label.fontSizePt = 14;
    style.label.color = Qt::red;
    style.label.haloWidthMm = 0;
    style.label.placement = gis::LabelPlacement::AlongLine;
    return {"river", "river",
            std::make_shared<gis::OgrFeatureSource>(gis::OgrLayerAddress{path, "river", {}}),
            style};
}

gis::MapSettings settings() {
    gis::MapSettings out;
    out.crs = gis::Crs::wgs84();
    out.extent = QRectF(QPointF(100, 35), QPointF(104, 37));
    out.outputSize = QSize(800, 400);
    return out;
}

}  // namespace

TEST_CASE("A rendered river's name follows the river", "[gis][render][labels]") {
    tests::ensureApplication();
    tests::ScratchDir scratch;
    const gis::MapSettings map = settings();
    const gis::RenderResult result = gis::MapRenderer(map, {riverLayer(scratch)}).renderImage();
    REQUIRE(result.errors.isEmpty());
    const QPolygonF line = map.mapToPixel().map(river());
    const auto distance = [&](const QPointF& point) {
        double best = std::numeric_limits<double>::max();
        for (qsizetype i = 1; i < line.size(); ++i) {
            const QPointF a = line[i - 1];
            const QPointF d = line[i] - a;
            const double t =
                std::clamp(QPointF::dotProduct(point - a, d) / QPointF::dotProduct(d, d), 0.0, 1.0);
            best = std::min(best, QLineF(point, a + d * t).length());
        }
        return best;
    };
    int ink = 0;
    for (int y = 0; y < result.image.height(); ++y) {
        for (int x = 0; x < result.image.width(); ++x) {
            const QColor c = result.image.pixelColor(x, y);
            if (c.red() > 150 && c.green() < 100 && c.blue() < 100) {
                ++ink;
                CHECK(distance(QPointF(x, y)) < 16);  // half the text's height and a bit
                // Nothing cut at the map's edge.
                CHECK(x > 0);
                CHECK(x < result.image.width() - 1);
                CHECK(y > 0);
                CHECK(y < result.image.height() - 1);
            }
        }
    }
    CHECK(ink > 50);

    const QString pdf = scratch.file("river.pdf");
    {
        QPdfWriter writer(pdf);
        writer.setResolution(96);
        writer.setPageSize(
            QPageSize(QSizeF(800 * 25.4 / 96, 400 * 25.4 / 96), QPageSize::Millimeter));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter(&writer);
        CHECK(gis::MapRenderer(map, {riverLayer(scratch)}).render(painter).isEmpty());
    }
    QProcess pdftotext;
    pdftotext.start("pdftotext", {pdf, "-"});
    REQUIRE(pdftotext.waitForFinished(30000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    CHECK(text.contains(QStringLiteral("黄")));
    CHECK(text.contains(QStringLiteral("河")));
}
