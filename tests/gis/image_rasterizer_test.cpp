// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/image_rasterizer.h"
#include "gis/coordinate_transform.h"
#include "gis/geometry_painter.h"
#include "tests/support/image_compare.h"

#include <catch2/catch.hpp>

#include <ogr_geometry.h>

#include <QPainter>

#include <random>

namespace {

QImage transparentImage(int width = 100, int height = 100) {
    QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    return image;
}

QPen pen(const QColor& color, double width, Qt::PenStyle style = Qt::SolidLine) {
    QPen result(color, width);
    result.setStyle(style);
    result.setCapStyle(Qt::FlatCap);
    result.setJoinStyle(Qt::BevelJoin);
    return result;
}

/// Draws a thick line, a dashed line and a polygon with a hole through a GeometryPainter, the way
/// a layer is drawn on an image. `forceQPainter` clips the painter, which keeps AGG out of it.
QImage paintSample(bool forceQPainter) {
    QImage image = transparentImage(200, 200);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setOpacity(0.8);
    if (forceQPainter) {
        painter.setClipRect(image.rect());
    }
    const gis::CoordinateTransform identity(gis::Crs::wgs84(), gis::Crs::wgs84());
    gis::GeometryPainter geometryPainter(identity, QTransform(), 96 / 25.4, QRectF());
    OGRGeometry* parsed = nullptr;
    const char* wkt =
        "GEOMETRYCOLLECTION(LINESTRING(10 20,190 40,100 120),"
        "POLYGON((20 130,180 130,180 190,20 190,20 130),(60 150,140 150,140 170,60 170,60 150)))";
    REQUIRE(OGRGeometryFactory::createFromWkt(wkt, nullptr, &parsed) == OGRERR_NONE);
    OGRGeometryUniquePtr geometry(parsed);
    gis::Symbol symbol;
    symbol.fillColor = QColor("#3a7bd5");
    symbol.strokeColor = QColor("#c0392b");
    symbol.strokeWidthMm = 1.2;
    geometryPainter.draw(painter, *geometry, symbol);
    OGRLineString dashed;
    dashed.addPoint(10, 80);
    dashed.addPoint(190, 80);
    symbol.strokeStyle = Qt::DashLine;
    symbol.strokeWidthMm = 0.6;
    geometryPainter.draw(painter, dashed, symbol);
    return image;
}

}  // namespace

TEST_CASE("A wide stroke covers its width and nothing beyond it", "[gis][render][agg]") {
    QImage image = transparentImage();
    gis::ImageRasterizer rasterizer(image);
    rasterizer.stroke(QPolygonF({QPointF(10, 50), QPointF(90, 50)}), false, pen(Qt::red, 6), 1.0);
    CHECK(image.pixelColor(50, 50) == QColor(Qt::red));
    CHECK(image.pixelColor(50, 48) == QColor(Qt::red));
    CHECK(image.pixelColor(50, 52) == QColor(Qt::red));
    CHECK(image.pixelColor(50, 44).alpha() == 0);
    CHECK(image.pixelColor(50, 56).alpha() == 0);
    CHECK(image.pixelColor(5, 50).alpha() == 0);  // flat cap: nothing before the start
}

TEST_CASE("A dashed stroke leaves gaps of the pen's pattern", "[gis][render][agg]") {
    QImage image = transparentImage();
    gis::ImageRasterizer rasterizer(image);
    // Qt's dash line: 4 widths on, 2 off; 2 px wide gives 8 px dashes and 4 px gaps.
    rasterizer.stroke(QPolygonF({QPointF(0, 50), QPointF(100, 50)}), false,
                      pen(Qt::blue, 2, Qt::DashLine), 1.0);
    CHECK(image.pixelColor(4, 50).alpha() == 255);
    CHECK(image.pixelColor(10, 50).alpha() == 0);
    CHECK(image.pixelColor(16, 50).alpha() == 255);
    CHECK(image.pixelColor(22, 50).alpha() == 0);
}

TEST_CASE("A filled polygon leaves its hole empty and takes the opacity", "[gis][render][agg]") {
    QImage image = transparentImage();
    gis::ImageRasterizer rasterizer(image);
    const QPolygonF outer({QPointF(10, 10), QPointF(90, 10), QPointF(90, 90), QPointF(10, 90)});
    const QPolygonF hole({QPointF(30, 30), QPointF(70, 30), QPointF(70, 70), QPointF(30, 70)});
    rasterizer.fill({outer, hole}, QColor(0, 128, 0), 0.5);
    const QColor ring = image.pixelColor(20, 50);
    CHECK(ring.green() == 128);
    CHECK(std::abs(ring.alpha() - 128) <= 1);
    CHECK(image.pixelColor(50, 50).alpha() == 0);
    CHECK(image.pixelColor(95, 50).alpha() == 0);
}

TEST_CASE("Geometries drawn through AGG look like QPainter's", "[gis][render][agg]") {
    const QImage agg = paintSample(false);
    const QImage qpainter = paintSample(true);
    REQUIRE(agg != qpainter);  // really two paths: antialiasing differs in the last bits
    const tests::ImageDifference difference = tests::compareImages(agg, qpainter, 40);
    CHECK(difference.sameSize);
    // Edges differ by a little coverage; a missing or misplaced shape would differ by far more.
    CHECK(difference.differingFraction < 0.01);
    const tests::ImageDifference blank = tests::compareImages(agg, transparentImage(200, 200), 40);
    CHECK(blank.differingFraction > 0.3);
}

TEST_CASE("A line mostly outside the image is stroked like the whole line", "[gis][render][agg]") {
    // Only the stretches near the image are stroked: the dashes must go on in step and no cap or
    // join may show where a stretch was cut off.
    QPolygonF zigzag;
    for (int i = 0; i <= 40; ++i) {
        zigzag << QPointF(-400 + 25 * i, (i % 2) ? -300 : 400);
    }
    for (const Qt::PenStyle style : {Qt::SolidLine, Qt::DashLine, Qt::DashDotLine}) {
        INFO("pen style " << int(style));
        QPen wide = pen(Qt::darkGreen, 3, style);
        wide.setCapStyle(Qt::RoundCap);
        wide.setJoinStyle(Qt::MiterJoin);
        // On white: the colour of a nearly transparent pixel is too coarse to compare.
        QImage cut = transparentImage(200, 100);
        cut.fill(Qt::white);
        gis::ImageRasterizer(cut).stroke(zigzag, false, wide, 1.0);
        // The same line drawn into a big image whose middle is the small one: nothing is cut.
        QImage whole = transparentImage(1400, 1100);
        whole.fill(Qt::white);
        gis::ImageRasterizer(whole).stroke(zigzag.translated(600, 500), false, wide, 1.0);
        const QImage middle = whole.copy(600, 500, 200, 100);
        const tests::ImageDifference difference = tests::compareImages(cut, middle, 8);
        CHECK(difference.differingPixels == 0);
        QImage blank = transparentImage(200, 100);
        blank.fill(Qt::white);
        CHECK(tests::compareImages(cut, blank, 8).differingFraction > 0.05);
    }
}

TEST_CASE("Thin lines of any shape are drawn, and drawing them always ends", "[gis][render][agg]") {
    // AGG's outline renderer draws lines up to 4 pixels wide. Feed it what real data brings:
    // repeated points, sub-pixel steps, spikes, lines far outside the image and crossing it.
    std::mt19937 random(2022);
    std::uniform_real_distribution<double> anywhere(-3000, 3000);
    std::uniform_real_distribution<double> step(-1.5, 1.5);
    std::uniform_real_distribution<double> width(0.5, 4.0);
    std::uniform_int_distribution<int> kind(0, 3);
    QImage image = transparentImage(300, 200);
    image.fill(Qt::white);
    gis::ImageRasterizer rasterizer(image);
    for (int line = 0; line < 3000; ++line) {
        QPolygonF points;
        QPointF at(anywhere(random) / 10 + 150, anywhere(random) / 15 + 100);
        for (int i = 0; i < 40; ++i) {
            switch (kind(random)) {
                case 0:  // the same point again
                    break;
                case 1:  // a sub-pixel step
                    at += QPointF(step(random) / 4, step(random) / 4);
                    break;
                case 2:  // a spike far away
                    at = QPointF(anywhere(random), anywhere(random));
                    break;
                default:
                    at += QPointF(step(random) * 10, step(random) * 10);
            }
            points << at;
        }
        QPen thin = pen(Qt::black, width(random));
        thin.setCapStyle(line % 2 ? Qt::RoundCap : Qt::FlatCap);
        rasterizer.stroke(points, line % 3 == 0, thin, 0.5);
    }
    QImage blank = transparentImage(300, 200);
    blank.fill(Qt::white);
    CHECK(tests::compareImages(image, blank, 8).differingFraction > 0.5);
}
