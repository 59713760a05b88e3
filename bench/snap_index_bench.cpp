// SPDX-License-Identifier: GPL-3.0-or-later
// Times the snapping index on the benchmark dataset (lanxi-bench-generate): building it for a
// whole-area view and a zoomed one, and one snap lookup as the mouse moves.
//   lanxi-bench-snap --data FILE.gpkg [--crs EPSG:4326|EPSG:4523] [--lookups N]

#include "gis/coordinate_transform.h"
#include "gis/error.h"
#include "gis/gdal_environment.h"
#include "gis/ogr/ogr_feature_source.h"
#include "gis/snap_index.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

namespace {

void run(const std::vector<std::shared_ptr<const gis::FeatureSource>>& sources, const gis::Crs& crs,
         const QRectF& view, const char* name, int lookups) {
    QElapsedTimer timer;
    timer.start();
    // The index covers the view with half its size of margin each side, as SnapIndexer does.
    const QRectF extent =
        view.adjusted(-view.width() / 2, -view.height() / 2, view.width() / 2, view.height() / 2);
    const auto index = gis::SnapIndex::build(sources, crs, extent);
    const double buildMs = timer.nsecsElapsed() / 1e6;
    // A 10-pixel tolerance on a 1920-pixel-wide view.
    const double tolerance = view.width() / 1920 * 10;
    std::mt19937 random(7);
    std::uniform_real_distribution<double> x(view.left(), view.right());
    std::uniform_real_distribution<double> y(view.top(), view.bottom());
    std::vector<double> times;
    int found = 0;
    for (int i = 0; i < lookups; ++i) {
        const QPointF point(x(random), y(random));
        timer.restart();
        found += index->snap(point, tolerance) ? 1 : 0;
        times.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    std::printf(
        "%-6s build %8.1f ms (%zu vertices, %zu segments); snap median %.4f ms, worst %.3f ms"
        " (%d of %d snapped)\n",
        name, buildMs, index->vertexCount(), index->segmentCount(), times[times.size() / 2],
        times.back(), found, lookups);
}

}  // namespace

int main(int argc, char** argv) {
    QCoreApplication application(argc, argv);
    gis::initializeGdal();
    QString data;
    QString crsName = QStringLiteral("EPSG:4326");
    int lookups = 2000;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const auto next = [&] { return QString::fromUtf8(i + 1 < argc ? argv[++i] : ""); };
        if (arg == "--data") {
            data = next();
        } else if (arg == "--crs") {
            crsName = next();
        } else if (arg == "--lookups") {
            lookups = std::max(1, next().toInt());
        } else {
            std::fprintf(stderr, "unknown argument %s\n", arg.c_str());
            return 2;
        }
    }
    if (data.isEmpty()) {
        std::fprintf(stderr,
                     "usage: lanxi-bench-snap --data FILE.gpkg [--crs EPSG:n] [--lookups N]\n");
        return 2;
    }
    try {
        std::vector<std::shared_ptr<const gis::FeatureSource>> sources;
        for (const char* layer : {"parcels", "roads", "points"}) {
            sources.push_back(std::make_shared<gis::OgrFeatureSource>(
                gis::OgrLayerAddress{data, QString::fromLatin1(layer), {}, {}, {}}));
        }
        const gis::Crs crs = gis::Crs::fromUserInput(crsName);
        const gis::CoordinateTransform toMap(gis::Crs::wgs84(), crs);
        // The dataset's whole area (lon 103.40–104.30, lat 35.85–36.35) and a city block view.
        run(sources, crs, toMap.transformBounds(QRectF(103.45, 35.9, 0.8, 0.4)), "full", lookups);
        run(sources, crs, toMap.transformBounds(QRectF(103.8, 36.05, 0.05, 0.03)), "zoom", lookups);
    } catch (const gis::Error& error) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message()));
        return 1;
    }
    return 0;
}
