// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/feature_exporter.h"

#include "gis/error.h"
#include "gis/gdal_environment.h"
#include "gis/handles.h"

#include <QFile>
#include <QFileInfo>

#include <cpl_error.h>
#include <gdal_utils.h>

#include <map>

namespace core {

namespace {

struct Format {
    const char* driver;
    std::vector<const char*> options;
};

const std::map<QString, Format>& formats() {
    static const std::map<QString, Format> byExtension{
        {QStringLiteral("geojson"), {"GeoJSON", {}}},
        {QStringLiteral("kml"), {"KML", {"-t_srs", "EPSG:4326"}}},
        {QStringLiteral("shp"), {"ESRI Shapefile", {"-lco", "ENCODING=UTF-8"}}},
        {QStringLiteral("gpkg"), {"GPKG", {}}},
        {QStringLiteral("csv"), {"CSV", {"-lco", "GEOMETRY=AS_WKT"}}},
        {QStringLiteral("dxf"), {"DXF", {}}},
    };
    return byExtension;
}

}  // namespace

QStringList FeatureExporter::extensions() {
    QStringList list;
    for (const auto& [extension, format] : formats()) {
        list << extension;
    }
    return list;
}

int FeatureExporter::run(const QString& datasetPath, const QString& layerName, const QString& where,
                         const QString& outPath) {
    gis::initializeGdal();
    const QString extension = QFileInfo(outPath).suffix().toLower();
    const auto format = formats().find(extension);
    if (format == formats().end()) {
        throw gis::Error(tr("Cannot export to %1: the extension must be one of %2")
                             .arg(outPath, extensions().join(QStringLiteral(", "))));
    }
    if (QFileInfo::exists(outPath)) {
        throw gis::Error(tr("%1 already exists; choose a new file").arg(outPath));
    }
    gis::GdalDatasetPtr source(GDALDataset::FromHandle(GDALOpenEx(datasetPath.toUtf8().constData(),
                                                                  GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                                                  nullptr, nullptr, nullptr)));
    if (!source) {
        throw gis::Error(tr("Cannot read %1: %2").arg(datasetPath, gis::lastGdalError()));
    }
    OGRLayer* layer = source->GetLayerByName(layerName.toUtf8().constData());
    if (!layer) {
        throw gis::Error(tr("%1 has no layer %2").arg(datasetPath, layerName));
    }
    if (!where.isEmpty() && layer->SetAttributeFilter(where.toUtf8().constData()) != OGRERR_NONE) {
        throw gis::Error(tr("The filter \"%1\" is not valid for layer %2: %3")
                             .arg(where, layerName, gis::lastGdalError()));
    }
    CPLErrorReset();
    const int count = int(layer->GetFeatureCount());
    layer->SetAttributeFilter(nullptr);
    // GeoPackage hands the clause to SQLite only when it counts.
    if (count < 0 || CPLGetLastErrorType() >= CE_Failure) {
        throw gis::Error(tr("The filter \"%1\" is not valid for layer %2: %3")
                             .arg(where, layerName, gis::lastGdalError()));
    }

    const QByteArray layerBytes = layerName.toUtf8();
    const QByteArray whereBytes = where.toUtf8();
    std::vector<const char*> arguments{"-f", format->second.driver};
    arguments.insert(arguments.end(), format->second.options.begin(), format->second.options.end());
    if (!where.isEmpty()) {
        arguments.insert(arguments.end(), {"-where", whereBytes.constData()});
    }
    arguments.insert(arguments.end(), {layerBytes.constData(), nullptr});
    gis::GdalVectorTranslateOptionsPtr options(
        GDALVectorTranslateOptionsNew(const_cast<char**>(arguments.data()), nullptr));
    GDALDatasetH input = GDALDataset::ToHandle(source.get());
    int usageError = FALSE;
    gis::GdalDatasetPtr out(GDALDataset::FromHandle(GDALVectorTranslate(
        outPath.toUtf8().constData(), nullptr, 1, &input, options.get(), &usageError)));
    if (!out) {
        const QString reason = gis::lastGdalError();
        QFile::remove(outPath);
        throw gis::Error(tr("Cannot export layer %1 to %2: %3").arg(layerName, outPath, reason));
    }
    return count;
}

}  // namespace core
