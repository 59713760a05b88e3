// SPDX-License-Identifier: GPL-3.0-or-later
// Times the live ecological check as the drawing tools use it: each mouse move intersects the
// footprint being drawn (its vertices plus the cursor) with the project's ecological zones.
//   lanxi-bench-ecological [--project FILE.gpkg] [--moves N] [--vertices N]
// Prints the load time and, per footprint shape, the median and worst time of one update.

#include "core/ecological_check.h"
#include "gis/error.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

namespace {

struct Timing {
    double median = 0;
    double worst = 0;
    std::size_t zones = 0;
};

/// A wavy ring of `vertices` points round (lon, lat), radius in degrees; the last vertex is where
/// the cursor is, moved along a circle on each update.
OGRGeometryUniquePtr footprint(bool polygon, int vertices, double cursorAngle) {
    const double lon = 101.6;
    const double lat = 37.3;
    OGRLineString path;
    for (int i = 0; i < vertices; ++i) {
        const double angle = 2 * M_PI * i / vertices;
        const double radius = 0.9 + 0.15 * std::sin(7 * angle);
        path.addPoint(lon + 1.3 * radius * std::cos(angle), lat + radius * std::sin(angle));
    }
    path.addPoint(lon + 1.6 * std::cos(cursorAngle), lat + 1.2 * std::sin(cursorAngle));
    if (!polygon) {
        return OGRGeometryUniquePtr(path.clone());
    }
    auto ring = std::make_unique<OGRLinearRing>();
    ring->addSubLineString(&path);
    ring->closeRings();
    auto result = std::make_unique<OGRPolygon>();
    result->addRingDirectly(ring.release());
    return OGRGeometryUniquePtr(result.release());
}

Timing run(const core::EcologicalCheck& check, bool polygon, int vertices, int moves) {
    std::vector<double> times;
    Timing timing;
    for (int move = 0; move < moves; ++move) {
        QElapsedTimer timer;
        timer.start();
        // What one mouse move costs: the footprint built and checked.
        const auto shape = footprint(polygon, vertices, 2 * M_PI * move / moves);
        const auto overlaps = check.overlaps(*shape);
        times.push_back(timer.nsecsElapsed() / 1e6);
        timing.zones = std::max(timing.zones, overlaps.size());
    }
    std::sort(times.begin(), times.end());
    timing.median = times[times.size() / 2];
    timing.worst = times.back();
    return timing;
}

}  // namespace

int main(int argc, char** argv) {
    QCoreApplication application(argc, argv);
    QString project = QStringLiteral(LANXI_BENCH_DEFAULT_PROJECT);
    int moves = 500;
    std::vector<int> vertexCounts{4, 50, 1000};
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const auto next = [&] { return QString::fromUtf8(i + 1 < argc ? argv[++i] : ""); };
        if (arg == "--project") {
            project = next();
        } else if (arg == "--moves") {
            moves = std::max(1, next().toInt());
        } else if (arg == "--vertices") {
            vertexCounts = {std::max(2, next().toInt())};
        } else {
            std::fprintf(stderr, "unknown argument %s\n", arg.c_str());
            return 2;
        }
    }
    try {
        QElapsedTimer timer;
        timer.start();
        const auto check = core::EcologicalCheck::fromProjectFile(project);
        std::printf("loaded %zu zones from %s in %.1f ms\n", check->zoneCount(),
                    qPrintable(project), timer.nsecsElapsed() / 1e6);
        for (const bool polygon : {true, false}) {
            for (const int vertices : vertexCounts) {
                const Timing timing = run(*check, polygon, vertices, moves);
                std::printf(
                    "%-7s %5d vertices: median %.3f ms, worst %.3f ms per update (%zu zones)\n",
                    polygon ? "polygon" : "line", vertices + 1, timing.median, timing.worst,
                    timing.zones);
            }
        }
    } catch (const gis::Error& error) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message()));
        return 1;
    }
    return 0;
}
