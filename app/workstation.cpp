// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/workstation.h"

#include "app/cli/default_project_path.h"
#include "app/language.h"
#include "app/main_window.h"

#include <QApplication>

#include <cstdio>

namespace app {

int runWorkstation(int argc, char** argv) {
    const bool noDisplay = qEnvironmentVariableIsEmpty("DISPLAY") &&
                           qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
                           qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
    if (noDisplay) {
        // Qt would abort without a display; say what to do instead.
        std::fprintf(stderr, "%s",
                     qPrintable(QCoreApplication::translate(
                         "app::cli",
                         "lanxi-atlas: no display to open the workstation on. Headless commands: "
                         "render, catalog, build-project (lanxi-atlas help).\n")));
        return 2;
    }
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Lanxi Atlas"));
    QApplication::setApplicationName(QStringLiteral("lanxi-atlas"));
    QApplication::setFont(QFont(QStringLiteral("WenQuanYi Micro Hei"), 10));
    Language language;
    MainWindow window(language);
    window.restoreWindowState();
    const QStringList arguments = QApplication::arguments();
    window.openProject(arguments.size() > 1 ? arguments.at(1) : cli::defaultProjectPath());
    return QApplication::exec();
}

}  // namespace app
