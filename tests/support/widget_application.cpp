// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/test_files.h"

#include <QApplication>

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
}

}  // namespace tests
