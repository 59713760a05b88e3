// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/publish_command.h"

#include "app/cli/usage_error.h"
#include "core/project_transfer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace app::cli {

int PublishCommand::run(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "app::cli",
        "Publishes a project file for a team: copies its feature tables, layers, styles, plan "
        "catalog, bookmarks, layouts and history into an empty PostgreSQL database with PostGIS, "
        "and grants the team roles (lanxi_viewer, lanxi_analyst, lanxi_admin) on it."));
    parser.addHelpOption();
    const QCommandLineOption projectOption(
        "project", QCoreApplication::translate("app::cli", "The project file to publish."), "FILE");
    const QCommandLineOption toOption(
        "to",
        QCoreApplication::translate("app::cli",
                                    "The empty database: postgresql://USER@HOST/DB or PG:…"),
        "CONNECTION");
    parser.addOptions({projectOption, toOption});
    if (!parser.parse(arguments)) {
        throw UsageError(parser.errorText());
    }
    if (parser.isSet("help")) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    if (!parser.isSet(projectOption) || !parser.isSet(toOption)) {
        throw UsageError(QCoreApplication::translate(
            "app::cli", "needs --project FILE and --to CONNECTION (see --help)"));
    }
    QTextStream out(stdout);
    core::ProjectTransfer::publish(parser.value(projectOption), parser.value(toOption),
                                   [&out](const QString& line) { out << line << Qt::endl; });
    out << QCoreApplication::translate("app::cli", "Published %1 to %2")
               .arg(parser.value(projectOption), parser.value(toOption))
        << Qt::endl;
    return 0;
}

}  // namespace app::cli
