// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/dataset_info.h"

#include "gis/ogr/ogr_feature_source.h"

#include "gis/crs.h"
#include "gis/error.h"
#include "gis/gdal_environment.h"
#include "gis/handles.h"

#include <QFileInfo>
#include <QSet>

namespace app {

namespace {

gis::GdalDatasetPtr openDataset(const QString& dataset, const QStringList& openOptions) {
    gis::initializeGdal();
    std::vector<QByteArray> options;
    std::vector<const char*> pointers;
    for (const QString& option : openOptions) {
        pointers.push_back(options.emplace_back(option.toUtf8()).constData());
    }
    pointers.push_back(nullptr);
    return gis::GdalDatasetPtr{GDALDataset::Open(
        dataset.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, pointers.data())};
}

/// The CRS as the dialog shows it, and whether PROJ knows it.
void readCrs(const OGRSpatialReference* srs, DatasetLayer& layer) {
    if (!srs) {
        layer.crsState = DatasetLayer::CrsState::Missing;
        return;
    }
    const char* authority = srs->GetAuthorityName(nullptr);
    const char* code = srs->GetAuthorityCode(nullptr);
    QString definition;
    if (authority && code) {
        definition = QStringLiteral("%1:%2").arg(authority, code);
    } else {
        char* wkt = nullptr;
        srs->exportToWkt(&wkt);
        definition = QString::fromUtf8(wkt);
        CPLFree(wkt);
    }
    try {
        layer.crs = gis::Crs::fromUserInput(definition).authId();
        layer.crsState = DatasetLayer::CrsState::Known;
    } catch (const gis::Error&) {
        layer.crs = QString::fromUtf8(srs->GetName());
        layer.crsState = DatasetLayer::CrsState::Unknown;
    }
}

/// Layers like a CSV's WKT column declare no geometry type; the first geometries tell.
void sampleGeometry(OGRLayer& source, DatasetLayer& layer) {
    source.ResetReading();
    for (int i = 0; i < 100; ++i) {
        OGRFeatureUniquePtr feature{source.GetNextFeature()};
        if (!feature) {
            return;
        }
        if (const OGRGeometry* geometry = feature->GetGeometryRef()) {
            layer.geometryType =
                QString::fromUtf8(OGRGeometryTypeToName(geometry->getGeometryType()));
            layer.kind = gis::geometryKindOf(geometry->getGeometryType());
            return;
        }
    }
}

}  // namespace

DatasetInfo DatasetInfo::inspect(const QString& dataset, const QStringList& openOptions,
                                 const std::atomic<bool>& cancel) {
    DatasetInfo info;
    info.dataset = dataset;
    info.openOptions = openOptions;
    const gis::GdalDatasetPtr handle = openDataset(dataset, openOptions);
    if (!handle) {
        const bool isFile = !dataset.contains(u':') || QFileInfo(dataset).isAbsolute();
        info.error =
            isFile && !QFileInfo::exists(dataset)
                ? tr("File not found: %1").arg(dataset)
                : tr("Cannot open %1 as vector data: %2").arg(dataset, gis::lastGdalError());
        return info;
    }
    info.driver = QString::fromUtf8(handle->GetDriver()->GetDescription());
    if (info.isCsv()) {
        // Without options GDAL lists every column, the geometry columns included.
        const gis::GdalDatasetPtr plain =
            openOptions.isEmpty() ? nullptr : openDataset(dataset, {});
        OGRLayer* layer = (plain ? plain : handle)->GetLayer(0);
        for (int i = 0; layer && i < layer->GetLayerDefn()->GetFieldCount(); ++i) {
            info.csvColumns << QString::fromUtf8(
                layer->GetLayerDefn()->GetFieldDefn(i)->GetNameRef());
        }
    }
    for (int i = 0; i < handle->GetLayerCount(); ++i) {
        if (cancel.load()) {
            info.cancelled = true;
            return info;
        }
        OGRLayer* source = handle->GetLayer(i);
        DatasetLayer& layer = info.layers.emplace_back();
        layer.name = QString::fromUtf8(source->GetName());
        const OGRwkbGeometryType type = source->GetGeomType();
        layer.hasGeometry = type != wkbNone;
        layer.geometryType = QString::fromUtf8(OGRGeometryTypeToName(type));
        layer.kind = gis::geometryKindOf(type);
        if (layer.hasGeometry && layer.kind == gis::GeometryKind::Unknown) {
            sampleGeometry(*source, layer);
        }
        readCrs(source->GetSpatialRef(), layer);
        const OGRFeatureDefn* definition = source->GetLayerDefn();
        for (int f = 0; f < definition->GetFieldCount(); ++f) {
            layer.fields << QString::fromUtf8(definition->GetFieldDefn(f)->GetNameRef());
        }
        layer.featureCount = source->GetFeatureCount(TRUE);
    }
    return info;
}

DatasetInfo DatasetInfo::inspectGuessingCsv(const QString& dataset,
                                            const std::atomic<bool>& cancel) {
    DatasetInfo info = inspect(dataset, {}, cancel);
    if (info.isCsv() && info.error.isEmpty() && !info.cancelled) {
        const QStringList options = guessCsvOptions(info.csvColumns);
        if (!options.isEmpty()) {
            return inspect(dataset, options, cancel);
        }
    }
    return info;
}

QStringList DatasetInfo::csvWktOptions(const QString& column) {
    return {QStringLiteral("GEOM_POSSIBLE_NAMES=%1").arg(column),
            QStringLiteral("KEEP_GEOM_COLUMNS=NO")};
}

QStringList DatasetInfo::csvXyOptions(const QString& x, const QString& y) {
    return {QStringLiteral("X_POSSIBLE_NAMES=%1").arg(x),
            QStringLiteral("Y_POSSIBLE_NAMES=%1").arg(y), QStringLiteral("KEEP_GEOM_COLUMNS=NO")};
}

QStringList DatasetInfo::guessCsvOptions(const QStringList& columns) {
    const auto find = [&columns](const QStringList& names) {
        for (const QString& column : columns) {
            if (names.contains(column.trimmed().toLower())) {
                return column;
            }
        }
        return QString();
    };
    static const QStringList wktNames{"wkt", "geom", "geometry", "the_geom", "shape", "几何"};
    static const QStringList xNames{"x", "lon", "lng", "long", "longitude", "easting", "经度"};
    static const QStringList yNames{"y", "lat", "latitude", "northing", "纬度"};
    if (const QString wkt = find(wktNames); !wkt.isEmpty()) {
        return csvWktOptions(wkt);
    }
    const QString x = find(xNames);
    const QString y = find(yNames);
    return x.isEmpty() || y.isEmpty() ? QStringList() : csvXyOptions(x, y);
}

QString DatasetInfo::optionValue(const QStringList& openOptions, const QString& key) {
    for (const QString& option : openOptions) {
        if (option.startsWith(key + u'=')) {
            return option.mid(key.size() + 1);
        }
    }
    return {};
}

QString DatasetInfo::fileDialogFilter() {
    gis::initializeGdal();
    GDALDriverManager* manager = GetGDALDriverManager();
    QStringList filters;
    QSet<QString> all;
    for (int i = 0; i < manager->GetDriverCount(); ++i) {
        GDALDriver* driver = manager->GetDriver(i);
        const char* extensions = driver->GetMetadataItem(GDAL_DMD_EXTENSIONS);
        if (!driver->GetMetadataItem(GDAL_DCAP_VECTOR) || !extensions) {
            continue;
        }
        QStringList patterns;
        for (const QString& extension :
             QString::fromUtf8(extensions).split(u' ', Qt::SkipEmptyParts)) {
            patterns << QStringLiteral("*.%1").arg(extension);
            all.insert(patterns.back());
        }
        filters << QStringLiteral("%1 (%2)").arg(
            QString::fromUtf8(driver->GetMetadataItem(GDAL_DMD_LONGNAME)), patterns.join(u' '));
    }
    filters.sort(Qt::CaseInsensitive);
    QStringList allPatterns = all.values();
    allPatterns.sort();
    filters.prepend(tr("All vector formats (%1)").arg(allPatterns.join(u' ')));
    filters << tr("All files (*)");
    return filters.join(QStringLiteral(";;"));
}

bool DatasetInfo::hasDriver(const char* name) {
    gis::initializeGdal();
    return GetGDALDriverManager()->GetDriverByName(name) != nullptr;
}

}  // namespace app
