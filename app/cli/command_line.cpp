// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/command_line.h"

#include "app/cli/build_project_command.h"
#include "app/cli/catalog_command.h"
#include "app/cli/checkout_command.h"
#include "app/cli/export_command.h"
#include "app/cli/export_map_command.h"
#include "app/cli/import_command.h"
#include "app/cli/publish_command.h"
#include "app/cli/render_command.h"
#include "app/cli/usage_error.h"
#include "gis/error.h"

#include <QGuiApplication>
#include <QTextStream>

#include <cstring>

namespace app::cli {

namespace {

constexpr const char* kCommands[] = {"render", "catalog", "build-project", "export-map", "import",
                                     "export", "publish", "checkout",      "help",       "--help",
                                     "-h"};

QString usage() {
    return QCoreApplication::translate(
        "app::cli",
        "Usage: lanxi-atlas [PROJECT]                 open the workstation\n"
        "       lanxi-atlas render [options]          render a map to PNG without a display\n"
        "       lanxi-atlas catalog [options]         list the plan catalog as CSV or JSON\n"
        "       lanxi-atlas build-project [options]   build the default project from data/\n"
        "       lanxi-atlas import [options] SOURCE   import footprints into a project layer\n"
        "       lanxi-atlas export [options] OUT      export a project layer to a file\n"
        "       lanxi-atlas export-map [options]      print a thematic map layout to PDF, SVG, "
        "PNG\n"
        "       lanxi-atlas publish [options]         copy a project file into a team database\n"
        "       lanxi-atlas checkout [options]        copy a team project into a new file\n"
        "A PROJECT (and every --project) is a .gpkg file or a team database:\n"
        "postgresql://USER@HOST/DB or PG:dbname=DB host=HOST user=USER\n"
        "Run a command with --help for its options.\n");
}

}  // namespace

bool isCommand(int argc, char** argv) {
    if (argc < 2) {
        return false;
    }
    for (const char* command : kCommands) {
        if (std::strcmp(argv[1], command) == 0) {
            return true;
        }
    }
    return false;
}

int runCommand(int argc, char** argv) {
    // Commands never need a display: fonts and painting work on the offscreen platform.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    // Copied before Qt sees them: QGuiApplication takes options such as --style for itself.
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
    }
    QGuiApplication application(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("lanxi-atlas"));
    QTextStream err(stderr);
    const QString command = arguments.value(1);
    try {
        if (command == QLatin1String("render")) {
            return RenderCommand().run(arguments.mid(1));
        }
        if (command == QLatin1String("catalog")) {
            return CatalogCommand().run(arguments.mid(1));
        }
        if (command == QLatin1String("export-map")) {
            return ExportMapCommand().run(arguments.mid(1));
        }
        if (command == QLatin1String("build-project")) {
            return BuildProjectCommand().run(arguments.mid(1));
        }
        if (command == QLatin1String("import")) {
            return ImportCommand().run(arguments.mid(1));
        }
        if (command == QLatin1String("export")) {
            return ExportCommand().run(arguments.mid(1));
        }
        if (command == QLatin1String("publish")) {
            return PublishCommand().run(arguments.mid(1));
        }
        if (command == QLatin1String("checkout")) {
            return CheckoutCommand().run(arguments.mid(1));
        }
        QTextStream(stdout) << usage();
        return 0;
    } catch (const UsageError& error) {
        err << "lanxi-atlas " << command << ": " << error.message() << Qt::endl;
        return 2;
    } catch (const gis::Error& error) {
        err << "lanxi-atlas " << command << ": " << error.message() << Qt::endl;
        return 1;
    }
}

}  // namespace app::cli
