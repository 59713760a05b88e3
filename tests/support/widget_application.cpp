// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/test_files.h"

#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>

namespace tests {

void ensureWidgetApplication() {
    if (QCoreApplication::instance()) {
        return;
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    static int argc = 1;
    static char name[] = "lanxi-app-tests";
    static char* argv[] = {name, nullptr};
    new QApplication(argc, argv);  // lives until the process ends
    QApplication::setOrganizationName(QStringLiteral("Lanxi Atlas Tests"));
    // Each test process keeps its settings (the UI language …) to itself: ctest runs tests in
    // parallel, and a language one test chose must not leak into another.
    static QTemporaryDir settingsFolder;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsFolder.path());
}

}  // namespace tests
