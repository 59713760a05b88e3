// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/gdal_environment.h"
#include "gis/handles.h"
#include "tests/support/pdf_tools.h"
#include "tests/support/test_files.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>

namespace {

struct Run {
    int exitCode = -1;
    QString errors;
    qint64 milliseconds = 0;
};

Run runAtlas(const QStringList& arguments) {
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove("DISPLAY");  // the command must work without a display
    environment.remove("QT_QPA_PLATFORM");
    process.setProcessEnvironment(environment);
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(LANXI_EXECUTABLE), arguments);
    REQUIRE(process.waitForFinished(180000));
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardError()), timer.elapsed()};
}

/// The names of the prefecture-level cities in the project's feature order, read with GDAL.
QStringList prefectureNames() {
    gis::initializeGdal();
    gis::GdalDatasetPtr dataset(GDALDataset::Open(tests::defaultProjectPath().toUtf8().constData(),
                                                  GDAL_OF_VECTOR | GDAL_OF_READONLY));
    REQUIRE(dataset);
    OGRLayer* layer = dataset->GetLayerByName("plan_point");
    REQUIRE(layer);
    layer->SetAttributeFilter("kind = 'city'");
    QStringList names;
    for (auto& feature : *layer) {
        names << QString::fromUtf8(feature->GetFieldAsString("name_zh"));
    }
    return names;
}

}  // namespace

TEST_CASE("export-map prints an A3 PDF of the default project", "[app][cli][print]") {
    tests::ScratchDir scratch;
    const QString out = scratch.file("空间格局.pdf");
    const Run run = runAtlas({"export-map", "--template", "兰西城市群空间格局", "--out", out});
    INFO(run.errors.toStdString());
    REQUIRE(run.exitCode == 0);
    // The target is under 3 s on an idle machine; the suite shares the cores, so allow more.
    WARN("export-map A3 PDF: " << run.milliseconds << " ms (process start to exit)");
    CHECK(run.milliseconds < 20000);
    CHECK(tests::pdfPageCount(out) == 1);
    CHECK(tests::pdfText(out).contains(QStringLiteral("空间格局图")));
}

TEST_CASE("export-map makes an atlas with one titled page per prefecture", "[app][cli][print]") {
    tests::ScratchDir scratch;
    const QStringList names = prefectureNames();
    REQUIRE(names.size() == 9);
    const QString out = scratch.file("atlas.pdf");
    const Run run = runAtlas(
        {"export-map", "--template", "兰西城市群空间格局", "--atlas", "prefectures", "--out", out});
    INFO(run.errors.toStdString());
    REQUIRE(run.exitCode == 0);
    REQUIRE(tests::pdfPageCount(out) == 9);
    for (int i = 0; i < names.size(); ++i) {
        const QString text = tests::pdfText(out, i + 1).remove(u' ').remove(u'\n');
        INFO("page " << i + 1);
        CHECK(text.contains(QStringLiteral("空间格局图（%1）").arg(names[i])));
    }
}

TEST_CASE("export-map writes georeferenced PNG pages per atlas feature", "[app][cli][print]") {
    tests::ScratchDir scratch;
    const QString out = scratch.file("map.png");
    const Run run =
        runAtlas({"export-map", "--template", "综合交通", "--atlas", "prefectures",
                  "--atlas-filter", "name_zh IN ('兰州', '西宁')", "--out", out, "--dpi", "40"});
    INFO(run.errors.toStdString());
    REQUIRE(run.exitCode == 0);
    gis::initializeGdal();
    for (const char* page : {"map-01", "map-02"}) {
        const QString png = scratch.file(QStringLiteral("%1.png").arg(QLatin1String(page)));
        CHECK(QFileInfo::exists(png));
        CHECK(QFileInfo::exists(scratch.file(QStringLiteral("%1.pgw").arg(QLatin1String(page)))));
        gis::GdalDatasetPtr dataset(GDALDataset::Open(png.toUtf8().constData(), GDAL_OF_RASTER));
        REQUIRE(dataset);
        double geoTransform[6] = {};
        CHECK(dataset->GetGeoTransform(geoTransform) == CE_None);
        CHECK(geoTransform[1] > 0);
    }
    CHECK_FALSE(QFileInfo::exists(scratch.file("map-03.png")));
}

TEST_CASE("export-map refuses bad input with a clear message", "[app][cli][print]") {
    tests::ScratchDir scratch;
    SECTION("an unknown template lists the known ones") {
        const Run run =
            runAtlas({"export-map", "--template", "不存在的模板", "--out", scratch.file("a.pdf")});
        CHECK(run.exitCode == 1);
        CHECK(run.errors.contains(QStringLiteral("不存在的模板")));
        CHECK(run.errors.contains(QStringLiteral("综合交通")));
    }
    SECTION("an output format it cannot write") {
        const Run run =
            runAtlas({"export-map", "--template", "能源", "--out", scratch.file("a.bmp")});
        CHECK(run.exitCode == 2);
        CHECK(run.errors.contains("a.bmp"));
    }
    SECTION("an atlas layer that does not exist") {
        const Run run = runAtlas({"export-map", "--template", "能源", "--atlas", "nowhere", "--out",
                                  scratch.file("a.pdf")});
        CHECK(run.exitCode == 1);
        CHECK(run.errors.contains("nowhere"));
    }
    SECTION("no template") {
        const Run run = runAtlas({"export-map", "--out", scratch.file("a.pdf")});
        CHECK(run.exitCode == 2);
        CHECK(run.errors.contains("--template"));
    }
}
