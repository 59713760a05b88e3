// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/default_project_builder.h"

#include "core/csv_table.h"
#include "core/plan_catalog_importer.h"
#include "core/plan_item_writer.h"
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

struct BaseLayer {
    const char* source;
    const char* target;
};
const std::array<BaseLayer, 3> kBaseLayers{
    {{"province", "base_province"}, {"lake", "base_lake"}, {"river", "base_river"}}};

/// The standard views of the plan, in lon/lat.
std::vector<Bookmark> standardBookmarks() {
    return {{QStringLiteral("兰西城市群全域"), "Whole agglomeration",
             QRectF(QPointF(98.5, 34.6), QPointF(105.4, 38.0))},
            {QStringLiteral("兰州—白银都市圈"), "Lanzhou–Baiyin metropolitan area",
             QRectF(QPointF(102.9, 35.3), QPointF(105.0, 37.0))},
            {QStringLiteral("西宁—海东都市圈"), "Xining–Haidong metropolitan area",
             QRectF(QPointF(100.9, 36.0), QPointF(103.0, 37.2))},
            {QStringLiteral("甘青区域合作创新发展示范区"),
             "Gansu–Qinghai cooperation demonstration zone",
             QRectF(QPointF(102.55, 36.0), QPointF(103.35, 36.5))}};
}

}  // namespace

DefaultProjectBuilder::DefaultProjectBuilder(QString dataDirectory)
    : dataDirectory_(std::move(dataDirectory)) {}

void DefaultProjectBuilder::build(const QString& outputPath) {
    const QString temporary = outputPath + QStringLiteral(".partial");
    QFile::remove(temporary);
    const QDir plan(QDir(dataDirectory_).filePath(QStringLiteral("plan")));
    items_ = CsvTable::read(plan.filePath(QStringLiteral("items.csv")));
    // Check the whole catalog before anything is written.
    catalog_ = PlanCatalogImporter(plan.path()).read(items_);
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
    const char* options[] = {"VERSION=1.3", nullptr};
    gis::GdalDatasetPtr project{driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown,
                                               const_cast<char**>(options))};
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
    PlanItemWriter(items_).write(*project);
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
    database.replaceCatalog(catalog_);
    database.replaceBookmarks(standardBookmarks());
}

}  // namespace core
