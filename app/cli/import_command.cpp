// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/import_command.h"

#include "app/cli/usage_error.h"
#include "core/edit_session.h"
#include "core/feature_importer.h"
#include "core/project_store_factory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace app::cli {

int ImportCommand::run(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "app::cli",
        "Imports footprints from GeoJSON, KML, Shapefile, DXF, GeoPackage or CSV (a WKT column, "
        "or x/y or lon/lat columns) into a layer of a project, reprojected to the layer's CRS. "
        "Every feature is validated (geometry, and the plan attributes on plan layers) and "
        "reported as imported or refused with the reason. The import is one transaction "
        "recorded in the history: when any feature is refused, NOTHING is written and the "
        "exit code is 3, unless --skip-invalid, which writes the valid features (exit code "
        "still 3)."));
    parser.addHelpOption();
    const QCommandLineOption projectOption(
        "project",
        QCoreApplication::translate("app::cli",
                                    "The project file (its lx_history records the import)."),
        "FILE");
    const QCommandLineOption layerOption(
        "layer",
        QCoreApplication::translate(
            "app::cli",
            "The target layer: plan_point, plan_line, plan_area, or a table of the project."),
        "NAME");
    const QCommandLineOption sourceLayerOption(
        "source-layer",
        QCoreApplication::translate("app::cli",
                                    "Only this layer of the source (default: all of them)."),
        "NAME");
    const QCommandLineOption sourceCrsOption(
        "source-crs",
        QCoreApplication::translate(
            "app::cli",
            "The CRS of a source that declares none, e.g. EPSG:4326 (default: the layer's)."),
        "CRS");
    const QCommandLineOption setOption(
        "set",
        QCoreApplication::translate(
            "app::cli", "A value for a field the source lacks, e.g. kind=airport (repeatable)."),
        "FIELD=VALUE");
    const QCommandLineOption skipOption(
        "skip-invalid", QCoreApplication::translate(
                            "app::cli", "Write the valid features even when others are refused."));
    parser.addOptions(
        {projectOption, layerOption, sourceLayerOption, sourceCrsOption, setOption, skipOption});
    parser.addPositionalArgument("SOURCE",
                                 QCoreApplication::translate("app::cli", "The file to import."));
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
            "app::cli", "needs --project FILE --layer NAME and one SOURCE file (see --help)"));
    }
    core::ImportOptions options;
    options.sourceLayer = parser.value(sourceLayerOption);
    options.sourceCrs = parser.value(sourceCrsOption);
    options.skipInvalid = parser.isSet(skipOption);
    for (const QString& assignment : parser.values(setOption)) {
        const qsizetype equals = assignment.indexOf(u'=');
        if (equals <= 0) {
            throw UsageError(
                QCoreApplication::translate("app::cli", "--set takes FIELD=VALUE, not \"%1\"")
                    .arg(assignment));
        }
        options.defaults.insert(assignment.left(equals), assignment.mid(equals + 1));
    }
    const QString project = core::ProjectStoreFactory::gdalName(parser.value(projectOption));
    const QString source = parser.positionalArguments().front();
    core::EditSession session(project, parser.value(layerOption), project);
    const core::ImportReport report = core::FeatureImporter(session).run(source, options);

    QTextStream out(stdout);
    for (const core::ImportedFeature& row : report.features) {
        if (row.imported && report.written) {
            out << QCoreApplication::translate("app::cli", "%1 %2: imported as feature %3")
                       .arg(row.number)
                       .arg(row.source)
                       .arg(row.fid);
        } else if (row.imported) {
            out << QCoreApplication::translate("app::cli", "%1 %2: valid, not written")
                       .arg(row.number)
                       .arg(row.source);
        } else {
            out << QCoreApplication::translate("app::cli", "%1 %2: refused: %3")
                       .arg(row.number)
                       .arg(row.source, row.reason);
        }
        out << '\n';
    }
    out << (report.written
                ? QCoreApplication::translate("app::cli", "%1 feature(s) imported, %2 refused.")
                      .arg(report.importedCount())
                      .arg(report.refusedCount())
                : QCoreApplication::translate(
                      "app::cli",
                      "Nothing written: %1 feature(s) refused (use --skip-invalid to import the %2 "
                      "valid one(s)).")
                      .arg(report.refusedCount())
                      .arg(report.importedCount()))
        << '\n';
    return report.refusedCount() > 0 ? kRefusedExitCode : 0;
}

}  // namespace app::cli
