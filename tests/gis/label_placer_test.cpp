// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/label_placer.h"
#include "tests/support/test_files.h"

#include <catch2/catch.hpp>

#include <QFontMetricsF>
#include <QImage>
#include <QLineF>
#include <QPageSize>
#include <QPdfWriter>
#include <QProcess>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {
gis::LabelCandidate candidate(const QString& text, QPointF anchor, int priority) {
    gis::LabelStyle style;
    style.enabled = true;
    return {text, anchor, 4.0, priority, style};
}
}  // namespace

TEST_CASE("Labels do not overlap and the higher priority wins", "[gis][labels]") {
    tests::ensureApplication();
    const gis::LabelPlacer placer(QRectF(0, 0, 400, 300), 96);
    const auto placed =
        placer.place({candidate("白银", {200, 150}, 10), candidate("兰州", {201, 150}, 100),
                      candidate("西宁", {60, 60}, 50)});
    REQUIRE(placed.size() == 3);
    CHECK(placed[0].text == "兰州");
    for (std::size_t i = 0; i < placed.size(); ++i) {
        for (std::size_t j = i + 1; j < placed.size(); ++j) {
            CHECK_FALSE(placed[i].box.intersects(placed[j].box));
        }
    }
}

TEST_CASE("A label never runs past the map edge", "[gis][labels]") {
    tests::ensureApplication();
    const gis::LabelPlacer placer(QRectF(0, 0, 400, 300), 96);
    // At the right edge the label must go to the left of its point.
    const auto placed = placer.place({candidate("兰州新区", {398, 150}, 1)});
    REQUIRE(placed.size() == 1);
    CHECK(QRectF(0, 0, 400, 300).contains(placed[0].box));
    CHECK(placed[0].box.right() < 398);
}

TEST_CASE("Labels keep clear of point symbols", "[gis][labels]") {
    tests::ensureApplication();
    const gis::LabelPlacer placer(QRectF(0, 0, 400, 300), 96);
    // A symbol just right of the anchor takes the preferred right-hand position.
    const QRectF symbol(206, 140, 60, 20);
    const auto placed = placer.place({candidate("兰州", {200, 150}, 10)}, {symbol});
    REQUIRE(placed.size() == 1);
    CHECK_FALSE(placed[0].box.intersects(symbol));
    const auto free = placer.place({candidate("兰州", {200, 150}, 10)});
    REQUIRE(free.size() == 1);
    CHECK(free[0].box.intersects(symbol));  // without the obstacle it would have gone there
}

namespace {

/// A gentle wave across a 600 x 300 map, steep enough in its middle that a label in a horizontal
/// box could not follow it.
QPolygonF wave() {
    QPolygonF line;
    for (int x = -50; x <= 650; x += 5) {
        line << QPointF(x, 150 + 70 * std::sin(x / 100.0));
    }
    return line;
}

gis::LabelCandidate lineCandidate(const QString& text, std::vector<QPolygonF> paths,
                                  int priority = 10) {
    gis::LabelStyle style;
    style.enabled = true;
    style.fontSizePt = 14;
    style.color = Qt::red;
    style.haloWidthMm = 0;
    style.placement = gis::LabelPlacement::AlongLine;
    gis::LabelCandidate candidate{text, {300, 150}, 0.0, priority, style};
    candidate.linePaths = std::move(paths);
    return candidate;
}

double distanceToLine(const QPointF& point, const QPolygonF& line) {
    double best = std::numeric_limits<double>::max();
    for (qsizetype i = 1; i < line.size(); ++i) {
        const QPointF a = line[i - 1];
        const QPointF d = line[i] - a;
        const double t =
            std::clamp(QPointF::dotProduct(point - a, d) / QPointF::dotProduct(d, d), 0.0, 1.0);
        best = std::min(best, QLineF(point, a + d * t).length());
    }
    return best;
}

bool isInk(QRgb pixel) {
    return qRed(pixel) > 150 && qGreen(pixel) < 120 && qBlue(pixel) < 120;
}

}  // namespace

TEST_CASE("Line labels are drawn along a curved line", "[gis][labels]") {
    tests::ensureApplication();
    const QRectF bounds(0, 0, 600, 300);
    const gis::LabelPlacer placer(bounds, 96);
    const auto placed = placer.place({lineCandidate(QStringLiteral("黄河湟水"), {wave()})});
    REQUIRE(placed.size() == 1);
    REQUIRE(placed[0].glyphs.size() == 4);
    QImage image(600, 300, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    placer.draw(painter, placed);
    painter.end();

    // Every glyph pixel lies on the line (within half a text height), and the pixels on the
    // label's left half sit far from those on its right half vertically, as the line does.
    const double halfHeight = QFontMetricsF(placed[0].font).height() / 2;
    int ink = 0;
    double leftY = 0, rightY = 0;
    int left = 0, right = 0;
    const double middleX = placed[0].box.center().x();
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (!isInk(image.pixel(x, y))) {
                continue;
            }
            ++ink;
            CHECK(distanceToLine(QPointF(x, y), wave()) < halfHeight + 2);
            (x < middleX ? leftY : rightY) += y;
            ++(x < middleX ? left : right);
        }
    }
    REQUIRE(ink > 100);
    REQUIRE(left > 0);
    REQUIRE(right > 0);
    CHECK(std::abs(leftY / left - rightY / right) > halfHeight);
    // Turned glyphs, not one horizontal run.
    CHECK(std::abs(placed[0].glyphs[0].angleDegrees) > 15);
}

TEST_CASE("Line labels stay inside the map and clear of other labels", "[gis][labels]") {
    tests::ensureApplication();
    const QRectF bounds(0, 0, 400, 300);
    const gis::LabelPlacer placer(bounds, 96);
    // A line leaving the map at the right, one crossing it, and a point label on their crossing.
    const QPolygonF leaving{{50, 100}, {900, 160}};
    const QPolygonF crossing{{200, -100}, {260, 400}};
    const auto placed =
        placer.place({lineCandidate(QStringLiteral("兰新铁路兰新铁路"), {leaving}, 5),
                      lineCandidate(QStringLiteral("京藏高速"), {crossing}, 8),
                      candidate(QStringLiteral("兰州"), {225, 112}, 100)});
    REQUIRE(placed.size() == 3);
    for (std::size_t i = 0; i < placed.size(); ++i) {
        CHECK(bounds.contains(placed[i].box));
        for (const gis::PlacedGlyph& glyph : placed[i].glyphs) {
            CHECK(bounds.contains(glyph.box));
        }
        for (std::size_t j = i + 1; j < placed.size(); ++j) {
            const auto boxes = [](const gis::PlacedLabel& label) {
                std::vector<QRectF> out;
                for (const gis::PlacedGlyph& glyph : label.glyphs) {
                    out.push_back(glyph.box);
                }
                if (out.empty()) {
                    out.push_back(label.box);
                }
                return out;
            };
            for (const QRectF& a : boxes(placed[i])) {
                for (const QRectF& b : boxes(placed[j])) {
                    CHECK_FALSE(a.intersects(b));
                }
            }
        }
    }
    // The image shows no ink on its border rows and columns: nothing is cut at the edge.
    QImage image(400, 300, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    placer.draw(painter, placed);
    painter.end();
    for (int x = 0; x < 400; ++x) {
        CHECK(image.pixel(x, 0) == qRgb(255, 255, 255));
        CHECK(image.pixel(x, 299) == qRgb(255, 255, 255));
    }
    for (int y = 0; y < 300; ++y) {
        CHECK(image.pixel(0, y) == qRgb(255, 255, 255));
        CHECK(image.pixel(399, y) == qRgb(255, 255, 255));
    }
}

TEST_CASE("Line labels stay text in a PDF", "[gis][labels][pdf]") {
    tests::ensureApplication();
    tests::ScratchDir scratch;
    const QString pdf = scratch.file("line-label.pdf");
    {
        QPdfWriter writer(pdf);
        writer.setResolution(96);
        writer.setPageSize(
            QPageSize(QSizeF(600 * 25.4 / 96, 300 * 25.4 / 96), QPageSize::Millimeter));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter(&writer);
        const gis::LabelPlacer placer(QRectF(0, 0, 600, 300), 96);
        gis::LabelCandidate river = lineCandidate(QStringLiteral("黄河"), {wave()});
        river.style.haloWidthMm = 0.6;
        const auto placed = placer.place({river});
        REQUIRE(placed.size() == 1);
        REQUIRE(std::abs(placed[0].glyphs[0].angleDegrees) > 15);
        placer.draw(painter, placed);
    }
    QProcess pdftotext;
    pdftotext.start("pdftotext", {pdf, "-"});
    REQUIRE(pdftotext.waitForFinished(30000));
    REQUIRE(pdftotext.exitCode() == 0);
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    CHECK(text.contains(QStringLiteral("黄")));
    CHECK(text.contains(QStringLiteral("河")));
    CHECK(text.indexOf(QStringLiteral("黄")) < text.indexOf(QStringLiteral("河")));
}
