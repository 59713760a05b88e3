// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/test_files.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>

namespace tests {

void ensureApplication() {
    if (QCoreApplication::instance()) {
        return;
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    static int argc = 1;
    static char name[] = "lanxi-tests";
    static char* argv[] = {name, nullptr};
    new QGuiApplication(argc, argv);  // lives until the process ends
}

QString defaultProjectPath() {
    return QStringLiteral(LANXI_DEFAULT_PROJECT_FILE);
}

QString testDataPath(const QString& relative) {
    return QDir(QStringLiteral(LANXI_TEST_DATA_DIR)).filePath(relative);
}

QString sharedBasemapPath() {
    const QString path = QDir(QStringLiteral(LANXI_SHARED_DIR))
                             .filePath(QStringLiteral("data/basemap/lanxi-basemap.gpkg"));
    return QFileInfo::exists(path) ? path : QString();
}

ScratchDir::ScratchDir() {
    dir_.setAutoRemove(true);
}

QString ScratchDir::file(const QString& name) const {
    return dir_.filePath(name);
}

}  // namespace tests
