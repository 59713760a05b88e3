// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/default_project_builder.h"

#include "core/csv_table.h"
#include "core/plan_layer_styles.h"
#include "core/project_database.h"
#include "gis/error.h"
#include "gis/gdal_environment.h"
#include "gis/handles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <array>
#include <map>

namespace core {

namespace {

/// The item columns copied as text fields into every plan feature table.
const std::array<const char*, 12> kItemColumns{"item_id", "name_zh", "aliases",  "name_en",
                                               "kind",    "tier",    "status",   "status_zh",
                                               "section", "tasks",   "accuracy", "geometry_note"};

struct BaseLayer {
    const char* source;
    const char* target;
};
const std::array<BaseLayer, 3> kBaseLayers{
    {{"province", "base_province"}, {"lake", "base_lake"}, {"river", "base_river"}}};

OGRSpatialReference wgs84() {
    OGRSpatialReference srs;
    srs.importFromEPSG(4326);
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    return srs;
}

OGRLayer* createPlanTable(GDALDataset& dataset, const char* name, OGRwkbGeometryType type) {
    OGRSpatialReference srs = wgs84();
    const char* options[] = {"GEOMETRY_NAME=geom", "FID=fid", nullptr};
    OGRLayer* layer = dataset.CreateLayer(name, &srs, type, const_cast<char**>(options));
    if (!layer) {
        throw gis::Error(DefaultProjectBuilder::tr("Cannot create table %1: %2")
                             .arg(name, gis::lastGdalError()));
    }
    for (const char* column : kItemColumns) {
        OGRFieldDefn field(column, OFTString);
        layer->CreateField(&field);
    }
    return layer;
}

OGRwkbGeometryType tableTypeFor(OGRwkbGeometryType type) {
    switch (wkbFlatten(type)) {
        case wkbPoint:
            return wkbPoint;
        case wkbLineString:
        case wkbMultiLineString:
            return wkbMultiLineString;
        case wkbPolygon:
        case wkbMultiPolygon:
            return wkbMultiPolygon;
        default:
            return wkbUnknown;
    }
}

/// Reads items.csv into plan_point / plan_line / plan_area, refusing invalid geometry.
void writePlanItems(GDALDataset& dataset, const QString& itemsPath) {
    const CsvTable items = CsvTable::read(itemsPath);
    std::map<OGRwkbGeometryType, OGRLayer*> tables{
        {wkbPoint, createPlanTable(dataset, "plan_point", wkbPoint)},
        {wkbMultiLineString, createPlanTable(dataset, "plan_line", wkbMultiLineString)},
        {wkbMultiPolygon, createPlanTable(dataset, "plan_area", wkbMultiPolygon)}};
    OGRSpatialReference srs = wgs84();
    for (std::size_t row = 0; row < items.rowCount(); ++row) {
        const QString where =
            QStringLiteral("%1, line %2").arg(items.origin()).arg(items.lineOf(row));
        const QByteArray wkt = items.value(row, "wkt").toUtf8();
        OGRGeometry* raw = nullptr;
        if (OGRGeometryFactory::createFromWkt(wkt.constData(), &srs, &raw) != OGRERR_NONE || !raw) {
            throw gis::Error(
                DefaultProjectBuilder::tr("%1: the geometry is not valid WKT").arg(where));
        }
        OGRGeometryUniquePtr geometry(raw);
        if (!geometry->IsValid()) {
            throw gis::Error(DefaultProjectBuilder::tr(
                                 "%1: the geometry of %2 is invalid (self-intersecting or badly "
                                 "nested rings)")
                                 .arg(where, items.value(row, "id")));
        }
        const OGRwkbGeometryType tableType = tableTypeFor(geometry->getGeometryType());
        if (tableType == wkbUnknown) {
            throw gis::Error(DefaultProjectBuilder::tr("%1: unsupported geometry type %2")
                                 .arg(where, QString::fromUtf8(geometry->getGeometryName())));
        }
        if (tableType == wkbMultiLineString) {
            geometry.reset(OGRGeometryFactory::forceToMultiLineString(geometry.release()));
        } else if (tableType == wkbMultiPolygon) {
            geometry.reset(OGRGeometryFactory::forceToMultiPolygon(geometry.release()));
        }
        OGRLayer* table = tables.at(tableType);
        OGRFeatureUniquePtr feature(OGRFeature::CreateFeature(table->GetLayerDefn()));
        for (const char* column : kItemColumns) {
            const QString csvColumn = QString::fromLatin1(column) == "item_id"
                                          ? QStringLiteral("id")
                                          : QString::fromLatin1(column);
            feature->SetField(column, items.value(row, csvColumn).toUtf8().constData());
        }
        feature->SetGeometryDirectly(geometry.release());
        if (table->CreateFeature(feature.get()) != OGRERR_NONE) {
            throw gis::Error(DefaultProjectBuilder::tr("%1: cannot store the item: %2")
                                 .arg(where, gis::lastGdalError()));
        }
    }
}

}  // namespace

DefaultProjectBuilder::DefaultProjectBuilder(QString dataDirectory)
    : dataDirectory_(std::move(dataDirectory)) {}

void DefaultProjectBuilder::build(const QString& outputPath) const {
    const QString temporary = outputPath + QStringLiteral(".partial");
    QFile::remove(temporary);
    try {
        writeFeatureTables(temporary);
        writeApplicationTables(temporary);
    } catch (...) {
        QFile::remove(temporary);
        throw;
    }
    QFile::remove(outputPath);
    if (!QFile::rename(temporary, outputPath)) {
        throw gis::Error(DefaultProjectBuilder::tr("Cannot move %1 into place as %2")
                             .arg(temporary, outputPath));
    }
}

void DefaultProjectBuilder::writeFeatureTables(const QString& path) const {
    gis::initializeGdal();
    const QDir data(dataDirectory_);
    const QString basemapPath = data.filePath(QStringLiteral("basemap/lanxi-base.gpkg"));
    gis::GdalDatasetPtr basemap{
        GDALDataset::Open(basemapPath.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY)};
    if (!basemap) {
        throw gis::Error(DefaultProjectBuilder::tr("Cannot open the base map %1: %2")
                             .arg(basemapPath, gis::lastGdalError()));
    }
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    gis::GdalDatasetPtr project{
        driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr)};
    if (!project) {
        throw gis::Error(
            DefaultProjectBuilder::tr("Cannot create %1: %2").arg(path, gis::lastGdalError()));
    }
    for (const BaseLayer& base : kBaseLayers) {
        OGRLayer* source = basemap->GetLayerByName(base.source);
        if (!source) {
            throw gis::Error(DefaultProjectBuilder::tr("The base map %1 has no layer \"%2\"")
                                 .arg(basemapPath, base.source));
        }
        const char* options[] = {"GEOMETRY_NAME=geom", nullptr};
        if (!project->CopyLayer(source, base.target, const_cast<char**>(options))) {
            throw gis::Error(DefaultProjectBuilder::tr("Cannot copy layer %1: %2")
                                 .arg(base.source, gis::lastGdalError()));
        }
    }
    project->StartTransaction();
    writePlanItems(*project, data.filePath(QStringLiteral("plan/items.csv")));
    project->CommitTransaction();
}

void DefaultProjectBuilder::writeApplicationTables(const QString& path) const {
    {
        gis::SqliteDatabase sqlite(path, gis::SqliteDatabase::Mode::ReadWrite);
        gis::SqliteDatabase::Transaction transaction(sqlite);
        ProjectDatabase::initialize(sqlite);
        transaction.commit();
    }
    ProjectDatabase database(path, ProjectDatabase::Access::ReadWrite);
    database.setMeta(QStringLiteral("title_zh"),
                     QStringLiteral("兰州—西宁城市群发展“十四五”实施方案"));
    database.setMeta(
        QStringLiteral("title_en"),
        QStringLiteral("Lanzhou–Xining Urban Agglomeration: 14th Five-Year Implementation Plan"));
    // CGCS2000 Gauss–Krüger, central meridian 102°E: the middle of the agglomeration, in metres.
    database.setMeta(QStringLiteral("crs"), QStringLiteral("EPSG:4543"));
    database.setMeta(QStringLiteral("home_extent_lonlat"), QStringLiteral("98.5,34.6,105.4,38.0"));
    database.replaceLayers(defaultPlanLayers());
}

}  // namespace core
