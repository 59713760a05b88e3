// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/export_command.h"

#include "app/cli/usage_error.h"
#include "core/feature_exporter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace app::cli {

int ExportCommand::run(const QStringList& arguments) {
    const auto tr = [](const char* text) { return QCoreApplication::translate("app::cli", text); };
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Exports a layer of a project, or the features a filter selects, to a new file; the "
           "format follows the extension: %1.")
            .arg(core::FeatureExporter::extensions().join(QStringLiteral(", "))));
    parser.addHelpOption();
    const QCommandLineOption projectOption("project", tr("The project file."), "FILE");
    const QCommandLineOption layerOption("layer", tr("The layer (table) to export."), "NAME");
    const QCommandLineOption whereOption(
        "where", tr("An SQL filter, e.g. \"kind = 'airport'\" (default: every feature)."), "SQL");
    parser.addOptions({projectOption, layerOption, whereOption});
    parser.addPositionalArgument("OUT", tr("The file to write; it must not exist."));
    if (!parser.parse(arguments)) {
        throw UsageError(parser.errorText());
    }
    if (parser.isSet("help")) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    if (!parser.isSet(projectOption) || !parser.isSet(layerOption) ||
        parser.positionalArguments().size() != 1) {
        throw UsageError(tr("needs --project FILE --layer NAME and one OUT file (see --help)"));
    }
    const QString out = parser.positionalArguments().front();
    const int count = core::FeatureExporter::run(
        parser.value(projectOption), parser.value(layerOption), parser.value(whereOption), out);
    QTextStream(stdout) << tr("%1 feature(s) written to %2").arg(count).arg(out) << '\n';
    return 0;
}

}  // namespace app::cli
