// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/checkout_command.h"

#include "app/cli/usage_error.h"
#include "core/project_transfer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace app::cli {

int CheckoutCommand::run(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "app::cli",
        "Checks a team project out into a new project file for work offline: every feature, "
        "attribute, style, layout, bookmark and history row."));
    parser.addHelpOption();
    const QCommandLineOption fromOption(
        "from",
        QCoreApplication::translate("app::cli",
                                    "The team project: postgresql://USER@HOST/DB or PG:…"),
        "CONNECTION");
    const QCommandLineOption outOption(
        "out", QCoreApplication::translate("app::cli", "The new project file; it must not exist."),
        "FILE.gpkg");
    parser.addOptions({fromOption, outOption});
    if (!parser.parse(arguments)) {
        throw UsageError(parser.errorText());
    }
    if (parser.isSet("help")) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    if (!parser.isSet(fromOption) || !parser.isSet(outOption)) {
        throw UsageError(QCoreApplication::translate(
            "app::cli", "needs --from CONNECTION and --out FILE.gpkg (see --help)"));
    }
    QTextStream out(stdout);
    core::ProjectTransfer::checkout(parser.value(fromOption), parser.value(outOption),
                                    [&out](const QString& line) { out << line << Qt::endl; });
    out << QCoreApplication::translate("app::cli", "Checked out to %1").arg(parser.value(outOption))
        << Qt::endl;
    return 0;
}

}  // namespace app::cli
