// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/export_map_command.h"

#include "app/cli/default_project_path.h"
#include "app/cli/usage_error.h"
#include "core/department_atlas.h"
#include "core/print_project_data.h"
#include "core/print_templates.h"
#include "core/project.h"
#include "gis/error.h"
#include "gis/layout/layout_exporter.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTextStream>

namespace app::cli {

int ExportMapCommand::run(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Prints a thematic map layout to PDF, SVG, PNG or TIFF, optionally as an atlas."));
    parser.addHelpOption();
    const QCommandLineOption projectOption(
        "project", tr("Project file (default: the bundled project)."), "FILE");
    const QCommandLineOption templateOption(
        "template", tr("Layout template: a built-in or saved name, or a .json file."), "NAME");
    const QCommandLineOption outOption(
        "out", tr("Output file: .pdf, .svg, .png, .tif (atlas pages: NAME-01.png …)."), "FILE");
    const QCommandLineOption dpiOption("dpi", tr("Resolution of PNG and TIFF output."), "N", "300");
    const QCommandLineOption atlasOption(
        "atlas",
        tr("One page per feature of this layer: a project layer key, \"prefectures\", a table "
           "of the project or DATASET[:LAYER]; \"departments\": one page per lead department "
           "showing only the plan items it leads."),
        "LAYER");
    const QCommandLineOption atlasFilterOption(
        "atlas-filter", tr("Only the atlas features matching this OGR SQL condition."), "SQL");
    const QCommandLineOption atlasNameOption(
        "atlas-name", tr("The field naming each atlas page (default: name_zh or name)."), "FIELD");
    const QCommandLineOption filePerPageOption("file-per-page",
                                               tr("Write a PDF atlas as one file per page."));
    const QCommandLineOption listOption("list-templates", tr("List the template names and exit."));
    parser.addOptions({projectOption, templateOption, outOption, dpiOption, atlasOption,
                       atlasFilterOption, atlasNameOption, filePerPageOption, listOption});
    if (!parser.parse(arguments)) {
        throw UsageError(parser.errorText());
    }
    if (parser.isSet("help")) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    const QString projectPath =
        parser.isSet(projectOption) ? parser.value(projectOption) : defaultProjectPath();
    if (parser.isSet(listOption)) {
        QTextStream out(stdout);
        for (const gis::PrintLayout& layout : core::PrintTemplates::fromProject(projectPath)) {
            out << layout.name << Qt::endl;
        }
        for (const QString& name : core::PrintTemplates::builtInNames()) {
            out << name << Qt::endl;
        }
        return 0;
    }
    if (!parser.isSet(outOption) || !parser.isSet(templateOption)) {
        throw UsageError(tr("--template NAME and --out FILE are required (see --help)"));
    }
    bool dpiOk = false;
    const double dpi = parser.value(dpiOption).toDouble(&dpiOk);
    if (!dpiOk || dpi < 30 || dpi > 1200) {
        throw UsageError(
            tr("Invalid --dpi \"%1\": expected 30 to 1200").arg(parser.value(dpiOption)));
    }
    const QString out = parser.value(outOption);
    try {
        gis::LayoutExporter::formatOf(out);
    } catch (const gis::Error& error) {
        throw UsageError(error.message());
    }

    QElapsedTimer timer;
    timer.start();
    QTextStream err(stderr);
    const core::Project project = core::Project::open(projectPath);
    for (const QString& problem : project.loadErrors()) {
        err << tr("warning: ") << problem << Qt::endl;
    }
    gis::PrintLayout layout = core::PrintTemplates::find(parser.value(templateOption), projectPath);
    const core::PrintProjectData data(project, QLocale(QLocale::Chinese, QLocale::China));
    std::vector<gis::AtlasPage> pages;
    if (parser.isSet(atlasOption)) {
        layout.atlas.coverage = parser.value(atlasOption);
        layout.atlas.filter = parser.value(atlasFilterOption);
        if (parser.isSet(atlasNameOption)) {
            layout.atlas.nameField = parser.value(atlasNameOption);
        }
        if (layout.atlas.coverage == QLatin1String(core::DepartmentAtlas::kCoverage)) {
            pages = core::DepartmentAtlas::pages(project, layout.atlas);
        } else {
            const auto coverage = data.coverage(layout.atlas.coverage, layout.atlas.filter);
            pages = gis::AtlasPages::read(*coverage, layout.atlas);
        }
    }
    const gis::ExportResult result =
        gis::LayoutExporter(layout, data)
            .exportTo(out, dpi, pages, parser.isSet(filePerPageOption));
    for (const QString& problem : result.warnings) {
        err << tr("warning: ") << problem << Qt::endl;
    }
    err << tr("%1: wrote %2 (%3 page(s)) in %4 s")
               .arg(layout.name, result.files.join(QStringLiteral(", ")))
               .arg(std::max<std::size_t>(1, pages.size()))
               .arg(timer.elapsed() / 1000.0, 0, 'f', 2)
        << Qt::endl;
    return 0;
}

}  // namespace app::cli
