// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/render_command.h"

#include "app/cli/default_project_path.h"
#include "app/cli/usage_error.h"
#include "core/project.h"
#include "gis/coordinate_transform.h"
#include "gis/error.h"
#include "gis/map_renderer.h"
#include "gis/ogr/ogr_feature_source.h"
#include "gis/postgres_conninfo.h"
#include "gis/sld_style_io.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImageWriter>
#include <QTextStream>

namespace app::cli {

namespace {

QSize parseSize(const QString& text) {
    const QStringList parts = text.toLower().split(u'x');
    bool okWidth = false;
    bool okHeight = false;
    const int width = parts.value(0).toInt(&okWidth);
    const int height = parts.value(1).toInt(&okHeight);
    if (parts.size() != 2 || !okWidth || !okHeight || width < 1 || height < 1 || width > 20000 ||
        height > 20000) {
        throw UsageError(
            RenderCommand::tr(
                "Invalid --size \"%1\": expected WIDTHxHEIGHT in pixels, e.g. 1600x1000")
                .arg(text));
    }
    return {width, height};
}

QRectF parseExtent(const QString& text) {
    const QStringList parts = text.split(u',');
    double values[4] = {};
    bool ok = parts.size() == 4;
    for (int i = 0; ok && i < 4; ++i) {
        values[i] = parts[i].trimmed().toDouble(&ok);
    }
    if (!ok || values[2] <= values[0] || values[3] <= values[1]) {
        throw UsageError(RenderCommand::tr(
                             "Invalid --extent \"%1\": expected minx,miny,maxx,maxy with min < max")
                             .arg(text));
    }
    return QRectF(QPointF(values[0], values[1]), QPointF(values[2], values[3]));
}

/// The --layer/--style pairs as map layers; a layer without a style gets a plain one.
std::vector<gis::MapLayer> layersFromArguments(const QStringList& specs,
                                               const QStringList& styles) {
    if (styles.size() > specs.size()) {
        throw UsageError(RenderCommand::tr("More --style than --layer options"));
    }
    std::vector<gis::MapLayer> layers;
    for (qsizetype i = 0; i < specs.size(); ++i) {
        // DATASET:LAYER, split at the last colon unless what follows it is a path (C:\…) or part
        // of a connection (PG:dbname=…, postgresql://host:5432/db).
        const QString spec = specs[i];
        const qsizetype colon = spec.lastIndexOf(u':');
        const QString tail = spec.mid(colon + 1);
        const bool plainName = !tail.contains(u'/') && !tail.contains(u'\\') &&
                               !tail.contains(u'=') && !tail.contains(u' ');
        const bool database = gis::PostgresConninfo::looksLikeConnection(spec.left(colon));
        const bool hasLayer =
            colon > 1 && plainName && (database || QFileInfo::exists(spec.left(colon)));
        QString dataset = hasLayer ? spec.left(colon) : spec;
        if (gis::PostgresConninfo::looksLikeConnection(dataset)) {
            dataset = gis::PostgresConninfo::parse(dataset).gdalName();  // a URI GDAL can open
        }
        gis::OgrLayerAddress address{dataset, hasLayer ? tail : QString(), {}};
        auto source = std::make_shared<gis::OgrFeatureSource>(address);
        gis::Style style;
        if (i < styles.size()) {
            style = gis::readSld(styles[i]);
        }
        layers.push_back({QStringLiteral("layer%1").arg(i),
                          address.layer.isEmpty() ? spec : address.layer, source, style, true,
                          1.0});
    }
    return layers;
}

}  // namespace

int RenderCommand::run(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        RenderCommand::tr("Renders the map of a project to a PNG image."));
    parser.addHelpOption();
    const QCommandLineOption projectOption(
        "project", RenderCommand::tr("Project file (default: the bundled project)."), "FILE");
    const QCommandLineOption outOption("out", RenderCommand::tr("Output image (.png)."), "FILE");
    const QCommandLineOption sizeOption("size", RenderCommand::tr("Image size in pixels."), "WxH",
                                        "1600x1000");
    const QCommandLineOption extentOption(
        "extent", RenderCommand::tr("Map extent in the CRS: minx,miny,maxx,maxy."), "EXTENT");
    const QCommandLineOption crsOption(
        "crs", RenderCommand::tr("Map CRS, e.g. EPSG:4523 (default: the project's)."), "CRS");
    const QCommandLineOption dpiOption(
        "dpi", RenderCommand::tr("Output resolution (symbol and label sizes)."), "N", "96");
    const QCommandLineOption layerOption(
        "layer",
        RenderCommand::tr("A GDAL layer to draw, DATASET:LAYER or DATASET (repeatable; "
                          "without a project). Drawn in the order given, first at the bottom."),
        "DATASET:LAYER");
    const QCommandLineOption styleOption(
        "style",
        RenderCommand::tr("An SLD file for the --layer at the same position (repeatable)."),
        "FILE.sld");
    parser.addOptions({projectOption, outOption, sizeOption, extentOption, crsOption, dpiOption,
                       layerOption, styleOption});
    if (!parser.parse(arguments)) {
        QTextStream(stderr) << parser.errorText() << '\n' << parser.helpText();
        return 2;
    }
    if (parser.isSet("help")) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    if (!parser.isSet(outOption)) {
        QTextStream(stderr) << RenderCommand::tr("render: --out FILE.png is required") << '\n'
                            << parser.helpText();
        return 2;
    }
    QTextStream err(stderr);
    gis::MapSettings settings;
    settings.outputSize = parseSize(parser.value(sizeOption));
    bool dpiOk = false;
    settings.dpi = parser.value(dpiOption).toDouble(&dpiOk);
    if (!dpiOk || settings.dpi < 10 || settings.dpi > 2400) {
        throw UsageError(RenderCommand::tr("Invalid --dpi \"%1\"").arg(parser.value(dpiOption)));
    }
    std::vector<gis::MapLayer> layers;
    if (parser.isSet(layerOption)) {
        if (parser.isSet(projectOption)) {
            throw UsageError(
                RenderCommand::tr("--layer draws without a project: leave out --project"));
        }
        layers = layersFromArguments(parser.values(layerOption), parser.values(styleOption));
        settings.crs = parser.isSet(crsOption) ? gis::Crs::fromUserInput(parser.value(crsOption))
                                               : gis::Crs::wgs84();
        QRectF bounds;
        for (const gis::MapLayer& layer : layers) {
            bounds |= gis::CoordinateTransform(layer.source->crs(), settings.crs)
                          .transformBounds(layer.source->extent());
        }
        settings.extent =
            parser.isSet(extentOption) ? parseExtent(parser.value(extentOption)) : bounds;
    } else {
        const QString projectPath =
            parser.isSet(projectOption) ? parser.value(projectOption) : defaultProjectPath();
        const core::Project project = core::Project::open(projectPath);
        for (const QString& problem : project.loadErrors()) {
            err << RenderCommand::tr("warning: ") << problem << Qt::endl;
        }
        settings.crs = parser.isSet(crsOption) ? gis::Crs::fromUserInput(parser.value(crsOption))
                                               : project.crs();
        settings.extent = parser.isSet(extentOption)
                              ? parseExtent(parser.value(extentOption))
                              : gis::CoordinateTransform(project.crs(), settings.crs)
                                    .transformBounds(project.homeExtent());
        layers = project.mapLayers();
    }
    if (!settings.isValid()) {
        throw gis::Error(RenderCommand::tr("Nothing to draw: the extent is empty"));
    }

    const gis::RenderResult result = gis::MapRenderer(settings, layers).renderImage();
    for (const QString& problem : result.errors) {
        err << RenderCommand::tr("warning: ") << problem << Qt::endl;
    }
    QImageWriter writer(parser.value(outOption));
    if (!writer.write(result.image)) {
        throw gis::Error(RenderCommand::tr("Cannot write %1: %2")
                             .arg(parser.value(outOption), writer.errorString()));
    }
    return 0;
}

}  // namespace app::cli
