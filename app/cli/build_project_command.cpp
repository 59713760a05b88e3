// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/build_project_command.h"

#include "core/default_project_builder.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace app::cli {

int BuildProjectCommand::run(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "app::cli", "Builds the default project from the data folder."));
    parser.addHelpOption();
    const QCommandLineOption dataOption(
        "data", QCoreApplication::translate("app::cli", "The data folder (basemap/, plan/)."),
        "DIR");
    const QCommandLineOption outOption(
        "out", QCoreApplication::translate("app::cli", "The project file to write."), "FILE");
    parser.addOptions({dataOption, outOption});
    if (!parser.parse(arguments) || !parser.isSet(dataOption) || !parser.isSet(outOption)) {
        QTextStream(stderr) << parser.errorText() << '\n' << parser.helpText();
        return 2;
    }
    if (parser.isSet("help")) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    core::DefaultProjectBuilder(parser.value(dataOption)).build(parser.value(outOption));
    return 0;
}

}  // namespace app::cli
