// SPDX-License-Identifier: GPL-3.0-or-later
// A child process for edit_crash_test: edits a project and is killed by the test at chosen
// moments. Usage: lanxi_edit_crash_child (batches|in-transaction|journal) PROJECT, a project
// file or a database ("PG:…").
#include "core/edit_session.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

namespace {

OGRGeometryUniquePtr square(double x, double y) {
    OGRLinearRing ring;
    ring.addPoint(x, y);
    ring.addPoint(x + 0.01, y);
    ring.addPoint(x + 0.01, y + 0.01);
    ring.addPoint(x, y + 0.01);
    ring.addPoint(x, y);
    auto polygon = std::make_unique<OGRPolygon>();
    polygon->addRing(&ring);
    return OGRGeometryUniquePtr(polygon.release());
}

QVariantMap attributes(const QString& name) {
    // No item id: each new item gets a unique one (a later round must not reuse an earlier's).
    return {{"name_zh", name}, {"kind", "facility"}, {"status", "build"}};
}

void say(const char* message, int number = 0) {
    std::printf("%s %d\n", message, number);
    std::fflush(stdout);
}

}  // namespace

int main(int argc, char** argv) {
    QCoreApplication application(argc, argv);
    if (argc != 3) {
        return 2;
    }
    const QString mode = QString::fromLocal8Bit(argv[1]);
    const QString path = QString::fromLocal8Bit(argv[2]);
    core::EditSession session(path, "plan_area", path);
    if (mode == "batches") {
        // Batches of 5 features, each saved in one transaction, until killed.
        for (int batch = 1;; ++batch) {
            for (int i = 0; i < 5; ++i) {
                session.addFeature(*square(101 + i * 0.02, 36 + batch * 0.02),
                                   attributes(QStringLiteral("crash_%1_%2").arg(batch).arg(i)));
            }
            session.save();
            say("saved", batch);
        }
    }
    session.addFeature(*square(101, 36), attributes("committed"));
    session.save();
    say("committed");
    session.addFeature(*square(102, 36), attributes("pending_b"));
    session.addFeature(*square(103, 36), attributes("pending_c"));
    if (mode == "journal") {
        say("journaled");
        QThread::sleep(60);
        return 0;
    }
    session.setBeforeCommitHook([] {
        say("in-transaction");
        QThread::sleep(60);
    });
    session.save();
    return 0;
}
