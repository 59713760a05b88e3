// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/test_files.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QImage>
#include <QProcess>

namespace {

struct Run {
    int exitCode = -1;
    QString errors;
};

Run runAtlas(const QStringList& arguments) {
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove("DISPLAY");  // the command must work without a display
    environment.remove("QT_QPA_PLATFORM");
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(LANXI_EXECUTABLE), arguments);
    REQUIRE(process.waitForFinished(60000));
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardError())};
}

}  // namespace

TEST_CASE("render writes a PNG of the default project without a display", "[app][cli]") {
    tests::ScratchDir scratch;
    const QString out = scratch.file("map.png");
    const Run run = runAtlas({"render", "--out", out, "--size", "640x480", "--crs", "EPSG:4523",
                              "--extent", "35300000,3900000,35500000,4100000"});
    INFO(run.errors.toStdString());
    REQUIRE(run.exitCode == 0);
    const QImage image(out);
    REQUIRE(image.size() == QSize(640, 480));
    // Lanzhou (E 35394948, N 3992940) lies in this view: its star is drawn near that pixel.
    const QPointF pixel((35394947.9 - 35300000) / 200000 * 480 + 80,
                        (4100000 - 3992940.5) / 200000 * 480);
    int red = 0;
    for (int dy = -4; dy <= 4; ++dy) {
        for (int dx = -4; dx <= 4; ++dx) {
            const QColor c = image.pixelColor(pixel.toPoint() + QPoint(dx, dy));
            red += c.red() > 150 && c.green() < 100;
        }
    }
    CHECK(red >= 5);
}

TEST_CASE("render refuses bad input with a clear message and a non-zero exit", "[app][cli]") {
    tests::ScratchDir scratch;
    const QString out = scratch.file("map.png");
    SECTION("a missing project") {
        const Run run =
            runAtlas({"render", "--project", scratch.file("absent.gpkg"), "--out", out});
        CHECK(run.exitCode == 1);
        CHECK(run.errors.contains("absent.gpkg"));
        CHECK(run.errors.contains("not found"));
    }
    SECTION("a text file renamed .gpkg") {
        const QString path = scratch.file("text.gpkg");
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("hello");
        file.close();
        const Run run = runAtlas({"render", "--project", path, "--out", out});
        CHECK(run.exitCode == 1);
        CHECK(run.errors.contains("text.gpkg"));
        CHECK(run.errors.contains("not a GeoPackage"));
    }
    SECTION("an unknown CRS") {
        const Run run = runAtlas({"render", "--out", out, "--crs", "EPSG:12345678"});
        CHECK(run.exitCode == 1);
        CHECK(run.errors.contains("EPSG:12345678"));
    }
    SECTION("a malformed size, and no --out") {
        CHECK(runAtlas({"render", "--out", out, "--size", "big"}).exitCode == 2);
        CHECK(runAtlas({"render", "--out", out, "--extent", "1,2,3"}).exitCode == 2);
        CHECK(runAtlas({"render", "--out", out, "--crs", "foo"}).exitCode == 1);
        CHECK(runAtlas({"render"}).exitCode == 2);
    }
    CHECK_FALSE(QFile::exists(out));
}

TEST_CASE("render draws GDAL layers with SLD styles without a project", "[app][cli]") {
    tests::ScratchDir scratch;
    const QString data = scratch.file("zones.geojson");
    QFile json(data);
    REQUIRE(json.open(QIODevice::WriteOnly));
    json.write(R"({"type":"FeatureCollection","features":[
      {"type":"Feature","properties":{"class":"eco"},"geometry":{"type":"Polygon","coordinates":[[[103,36],[103.5,36],[103.5,36.5],[103,36.5],[103,36]]]}},
      {"type":"Feature","properties":{"class":"urban"},"geometry":{"type":"Polygon","coordinates":[[[103.5,36],[104,36],[104,36.5],[103.5,36.5],[103.5,36]]]}}]})");
    json.close();
    const QString sld = scratch.file("zones.sld");
    QFile style(sld);
    REQUIRE(style.open(QIODevice::WriteOnly));
    const auto rule = [](const char* value, const char* fill) {
        return QStringLiteral(
                   "<se:Rule><ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>class</"
                   "ogc:PropertyName>"
                   "<ogc:Literal>%1</ogc:Literal></ogc:PropertyIsEqualTo></"
                   "ogc:Filter><se:PolygonSymbolizer>"
                   "<se:Fill><se:SvgParameter "
                   "name=\"fill\">%2</se:SvgParameter></se:Fill></se:PolygonSymbolizer>"
                   "</se:Rule>")
            .arg(value, fill);
    };
    style.write(("<StyledLayerDescriptor xmlns=\"http://www.opengis.net/sld\" "
                 "xmlns:se=\"http://www.opengis.net/se\" "
                 "xmlns:ogc=\"http://www.opengis.net/ogc\" "
                 "version=\"1.1.0\"><NamedLayer><se:Name>zones</se:Name>"
                 "<UserStyle><se:FeatureTypeStyle>" +
                 rule("eco", "#00ff00") + rule("urban", "#ff0000") +
                 "</se:FeatureTypeStyle></UserStyle></NamedLayer></StyledLayerDescriptor>")
                    .toUtf8());
    style.close();
    const QString out = scratch.file("zones.png");
    const Run run = runAtlas({"render", "--layer", data, "--style", sld, "--size", "400x200",
                              "--extent", "103,36,104,36.5", "--out", out});
    INFO(run.errors.toStdString());
    REQUIRE(run.exitCode == 0);
    const QImage image(out);
    REQUIRE(image.size() == QSize(400, 200));
    CHECK(image.pixelColor(100, 100) == QColor("#00ff00"));
    CHECK(image.pixelColor(300, 100) == QColor("#ff0000"));
    CHECK(
        runAtlas({"render", "--layer", data, "--style", scratch.file("missing.sld"), "--out", out})
            .exitCode == 1);
}
