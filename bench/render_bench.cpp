// SPDX-License-Identifier: GPL-3.0-or-later
// Times Lanxi Atlas's map renderer on the benchmark dataset and prints the median.
//   lanxi-bench-render --data FILE.gpkg --crs EPSG:4326|EPSG:4523 --view full|zoom
//                      [--labels] [--runs N] [--size 1920x1080] [--out last.png] [--pan-frames N]
// The styles match bench/styles/*.sld, which the QGIS side loads.

#include "gis/coordinate_transform.h"
#include "gis/map_renderer.h"
#include "gis/ogr/ogr_feature_source.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPainter>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <string>
#include <vector>

namespace {

struct Options {
    QString data;
    QString crs = "EPSG:4326";
    QString view = "full";
    bool labels = false;
    int runs = 5;
    QSize size{1920, 1080};
    QString out;
    int panFrames = 0;
    QString only;  // render just this layer (for profiling)
};

Options parse(int argc, char** argv) {
    Options options;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const auto next = [&] { return QString::fromUtf8(i + 1 < argc ? argv[++i] : ""); };
        if (arg == "--data")
            options.data = next();
        else if (arg == "--crs")
            options.crs = next();
        else if (arg == "--view")
            options.view = next();
        else if (arg == "--labels")
            options.labels = true;
        else if (arg == "--runs")
            options.runs = next().toInt();
        else if (arg == "--out")
            options.out = next();
        else if (arg == "--pan-frames")
            options.panFrames = next().toInt();
        else if (arg == "--only")
            options.only = next();
        else if (arg == "--size") {
            const QStringList parts = next().split('x');
            options.size = QSize(parts.value(0).toInt(), parts.value(1).toInt());
        }
    }
    return options;
}

gis::Symbol fill(const char* color) {
    gis::Symbol symbol;
    symbol.fillColor = QColor(color);
    symbol.strokeColor = QColor("#646464");
    symbol.strokeWidthMm = 0.26;
    return symbol;
}

gis::Symbol line(const char* color, double widthMm) {
    gis::Symbol symbol;
    symbol.strokeColor = QColor(color);
    symbol.strokeWidthMm = widthMm;
    return symbol;
}

gis::Symbol marker(const char* color) {
    gis::Symbol symbol;
    symbol.fillColor = QColor(color);
    symbol.strokeColor = QColor("#232323");
    symbol.strokeWidthMm = 0.2;
    symbol.markerSizeMm = 2.0;
    return symbol;
}

std::vector<gis::MapLayer> layers(const QString& path, bool labels) {
    gis::Style parcels;
    parcels.categoryField = "class";
    parcels.categories = {{"residential", "residential", fill("#f4d27a")},
                          {"commercial", "commercial", fill("#e8846b")},
                          {"industrial", "industrial", fill("#b39ddb")},
                          {"farmland", "farmland", fill("#d9ead3")},
                          {"forest", "forest", fill("#93c47d")},
                          {"water", "water", fill("#9fc5e8")},
                          {"green", "green", fill("#b6d7a8")},
                          {"public", "public", fill("#f9cb9c")}};
    parcels.label.enabled = labels;
    parcels.label.field = "name";
    parcels.label.fontSizePt = 8;
    gis::Style roads;
    roads.categoryField = "class";
    roads.categories = {{"expressway", "expressway", line("#c0392b", 0.8)},
                        {"arterial", "arterial", line("#e67e22", 0.6)},
                        {"secondary", "secondary", line("#7f8c8d", 0.4)},
                        {"local", "local", line("#95a5a6", 0.26)}};
    gis::Style points;
    points.categoryField = "class";
    points.categories = {
        {"school", "school", marker("#2980b9")},   {"hospital", "hospital", marker("#c0392b")},
        {"station", "station", marker("#8e44ad")}, {"shop", "shop", marker("#f39c12")},
        {"factory", "factory", marker("#7f8c8d")}, {"park", "park", marker("#27ae60")}};
    const auto source = [&](const char* table) {
        return std::make_shared<gis::OgrFeatureSource>(gis::OgrLayerAddress{path, table, {}});
    };
    return {{"parcels", "parcels", source("parcels"), parcels, true, 1.0},
            {"roads", "roads", source("roads"), roads, true, 1.0},
            {"points", "points", source("points"), points, true, 1.0}};
}

/// CPU time of the whole process (all threads) in ms: steadier than wall time on a busy machine.
double processCpuMs() {
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return now.tv_sec * 1e3 + now.tv_nsec / 1e6;
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication application(argc, argv);
    const Options options = parse(argc, argv);
    gis::MapSettings settings;
    settings.crs = gis::Crs::fromUserInput(options.crs);
    settings.outputSize = options.size;
    // Full: the whole dataset. Zoom: a window about 1/16 of it around the centre.
    QRectF lonLat(QPointF(103.40, 35.85), QPointF(104.30, 36.35));
    if (options.view == "zoom") {
        lonLat = QRectF(lonLat.center() - QPointF(0.1125, 0.0625), QSizeF(0.225, 0.125));
    }
    settings.extent =
        gis::CoordinateTransform(gis::Crs::wgs84(), settings.crs).transformBounds(lonLat);
    std::vector<gis::MapLayer> chosen = layers(options.data, options.labels);
    if (!options.only.isEmpty()) {
        std::erase_if(chosen, [&](const gis::MapLayer& layer) { return layer.id != options.only; });
    }
    const gis::MapRenderer renderer(settings, chosen);
    std::vector<double> times;
    std::vector<double> cpuTimes;
    gis::RenderResult result;
    for (int run = 0; run < options.runs; ++run) {
        QElapsedTimer timer;
        const double cpuStart = processCpuMs();
        timer.start();
        result = renderer.renderImage();
        times.push_back(timer.nsecsElapsed() / 1e6);
        cpuTimes.push_back(processCpuMs() - cpuStart);
    }
    std::printf(
        "lanxi render %s %s labels=%s: median %.1f ms over %d runs (cpu %.1f ms, least %.1f)\n",
        qPrintable(options.crs), qPrintable(options.view), options.labels ? "on" : "off",
        median(times), options.runs, median(cpuTimes),
        *std::min_element(cpuTimes.begin(), cpuTimes.end()));
    if (options.panFrames > 0) {
        // A pan redraws the cached image shifted, as MapCanvas::paintEvent does.
        QImage frame(settings.outputSize, QImage::Format_ARGB32_Premultiplied);
        std::vector<double> frameTimes;
        for (int i = 0; i < options.panFrames; ++i) {
            QElapsedTimer timer;
            timer.start();
            QPainter painter(&frame);
            painter.fillRect(frame.rect(), settings.background);
            painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
            painter.drawImage(QRectF(QPointF(i % 50, i % 30), QSizeF(settings.outputSize)),
                              result.image);
            painter.end();
            frameTimes.push_back(timer.nsecsElapsed() / 1e6);
        }
        std::printf("lanxi pan redraw from cache: median %.2f ms per frame over %d frames\n",
                    median(frameTimes), options.panFrames);
    }
    if (!options.out.isEmpty()) {
        result.image.save(options.out);
    }
    return result.errors.isEmpty() ? 0 : 1;
}
