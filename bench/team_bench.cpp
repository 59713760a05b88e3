// SPDX-License-Identifier: GPL-3.0-or-later
// The team project benchmarks of issue 11 (bench/team_bench.sh runs them on a throwaway server):
//   lanxi-bench-team save LOCATION LAYER FIELD [--runs N] [--features 100]
//       N times: change FIELD of 100 features of LAYER through core::EditSession, history in the
//       project at LOCATION (a file or "PG:…"), and time save() (target < 200 ms)
//   lanxi-bench-team open LOCATION [--runs N]
//       time core::Project::open (target < 1 s)
// Prints "median M ms over N runs (least L)".
#include "core/edit_session.h"
#include "core/project.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

namespace {

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

void report(const char* what, const std::vector<double>& times) {
    std::printf("%s: median %.1f ms over %zu runs (least %.1f)\n", what, median(times),
                times.size(), *std::min_element(times.begin(), times.end()));
}

int optionValue(const QStringList& args, const QString& name, int fallback) {
    const qsizetype at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args[at + 1].toInt() : fallback;
}

int benchSave(const QString& location, const QString& layer, const QString& field, int runs,
              int features) {
    core::EditSession session(location, layer, location);
    const std::vector<std::int64_t> ids = session.layer().storedIds();
    if (int(ids.size()) < features) {
        std::fprintf(stderr, "%s has fewer than %d features\n", qPrintable(layer), features);
        return 1;
    }
    std::vector<double> times;
    for (int run = 0; run < runs; ++run) {
        // Spread over the layer, a different set each run.
        for (int i = 0; i < features; ++i) {
            const std::int64_t fid =
                ids[(std::size_t(i) * ids.size() / features + run) % ids.size()];
            session.changeAttributes(fid, {{field, QStringLiteral("bench %1.%2").arg(run).arg(i)}});
        }
        QElapsedTimer timer;
        timer.start();
        const core::SaveResult result = session.save();
        times.push_back(timer.nsecsElapsed() / 1e6);
        if (result.changed != features) {
            std::fprintf(stderr, "saved %d features, not %d\n", result.changed, features);
            return 1;
        }
    }
    report(qPrintable(QStringLiteral("save %1 changed features").arg(features)), times);
    return 0;
}

int benchOpen(const QString& location, int runs) {
    std::vector<double> times;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const core::Project project = core::Project::open(location);
        times.push_back(timer.nsecsElapsed() / 1e6);
        if (!project.loadErrors().isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(project.loadErrors().join(u'\n')));
            return 1;
        }
    }
    report("open project", times);
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    QCoreApplication application(argc, argv);
    const QStringList args = application.arguments().mid(1);
    const int runs = optionValue(args, QStringLiteral("--runs"), 5);
    try {
        if (args.size() >= 4 && args[0] == QLatin1String("save")) {
            return benchSave(args[1], args[2], args[3], runs,
                             optionValue(args, QStringLiteral("--features"), 100));
        }
        if (args.size() >= 2 && args[0] == QLatin1String("open")) {
            return benchOpen(args[1], runs);
        }
    } catch (const gis::Error& error) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message()));
        return 1;
    }
    std::fprintf(stderr,
                 "usage: lanxi-bench-team save LOCATION LAYER FIELD [--runs N] [--features N]\n"
                 "       lanxi-bench-team open LOCATION [--runs N]\n");
    return 2;
}
