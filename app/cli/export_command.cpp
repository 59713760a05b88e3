// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/export_command.h"

#include "app/cli/usage_error.h"
#include "core/feature_exporter.h"
#include "core/project_store_factory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace app::cli {

int ExportCommand::run(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate(
            "app::cli",
            "Exports a layer of a project, or the features a filter selects, to a new file; the "
            "format follows the extension: %1.")
            .arg(core::FeatureExporter::extensions().join(QStringLiteral(", "))));
    parser.addHelpOption();
    const QCommandLineOption projectOption(
        "project", QCoreApplication::translate("app::cli", "The project file."), "FILE");
    const QCommandLineOption layerOption(
        "layer", QCoreApplication::translate("app::cli", "The layer (table) to export."), "NAME");
    const QCommandLineOption whereOption(
        "where",
        QCoreApplication::translate(
            "app::cli", "An SQL filter, e.g. \"kind = 'airport'\" (default: every feature)."),
        "SQL");
    parser.addOptions({projectOption, layerOption, whereOption});
    parser.addPositionalArgument(
        "OUT", QCoreApplication::translate("app::cli", "The file to write; it must not exist."));
    if (!parser.parse(arguments)) {
        throw UsageError(parser.errorText());
    }
    if (parser.isSet("help")) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    if (!parser.isSet(projectOption) || !parser.isSet(layerOption) ||
        parser.positionalArguments().size() != 1) {
        throw UsageError(QCoreApplication::translate(
            "app::cli", "needs --project FILE --layer NAME and one OUT file (see --help)"));
    }
    const QString out = parser.positionalArguments().front();
    const int count =
        core::FeatureExporter::run(core::ProjectStoreFactory::gdalName(parser.value(projectOption)),
                                   parser.value(layerOption), parser.value(whereOption), out);
    QTextStream(stdout) << QCoreApplication::translate("app::cli", "%1 feature(s) written to %2")
                               .arg(count)
                               .arg(out)
                        << '\n';
    return 0;
}

}  // namespace app::cli
