// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project_transfer.h"

#include "core/postgis_project_store.h"
#include "core/project_database.h"
#include "core/project_store_factory.h"
#include "core/team_roles.h"
#include "gis/error.h"
#include "gis/gdal_environment.h"
#include "gis/handles.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <set>

namespace core {

namespace {

gis::GdalDatasetPtr openVector(const QString& name, bool update) {
    gis::GdalDatasetPtr dataset(GDALDataset::FromHandle(GDALOpenEx(
        name.toUtf8().constData(), GDAL_OF_VECTOR | (update ? GDAL_OF_UPDATE : GDAL_OF_READONLY),
        nullptr, nullptr, nullptr)));
    if (!dataset) {
        throw gis::Error(ProjectTransfer::tr("Cannot open %1: %2")
                             .arg(name.startsWith(QLatin1String("PG:"))
                                      ? gis::PostgresConninfo::parse(name).describe()
                                      : name,
                                  gis::lastGdalError()));
    }
    return dataset;
}

gis::GdalDatasetPtr createGeoPackage(const QString& path) {
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    gis::GdalDatasetPtr dataset(
        driver ? driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr)
               : nullptr);
    if (!dataset) {
        throw gis::Error(
            ProjectTransfer::tr("Cannot create %1: %2").arg(path, gis::lastGdalError()));
    }
    return dataset;
}

}  // namespace

QStringList ProjectTransfer::featureTables(const ProjectStore& store) {
    gis::initializeGdal();
    std::set<QString> tables;
    for (const LayerRecord& layer : store.layers()) {
        if (layer.dataset.isEmpty()) {
            tables.insert(layer.table);
        }
    }
    const gis::GdalDatasetPtr dataset = openVector(store.datasetName(), false);
    for (int i = 0; i < dataset->GetLayerCount(); ++i) {
        OGRLayer* layer = dataset->GetLayer(i);
        const QString name = QString::fromUtf8(layer->GetName());
        if (layer->GetGeomType() != wkbNone && !name.startsWith(QLatin1String("lx_"))) {
            tables.insert(name);
        }
    }
    return QStringList(tables.begin(), tables.end());
}

QStringList ProjectTransfer::editableTables(const QStringList& featureTables) {
    return featureTables.filter(QRegularExpression(QStringLiteral("^plan_")));
}

void ProjectTransfer::copyFeatureTables(const QString& from, const QString& to, bool createTarget,
                                        const QStringList& tables, const Progress& progress) {
    const gis::GdalDatasetPtr source = openVector(from, false);
    const gis::GdalDatasetPtr target = createTarget ? createGeoPackage(to) : openVector(to, true);
    for (const QString& table : tables) {
        if (!source->GetLayerByName(table.toUtf8().constData())) {
            throw gis::Error(tr("The project has no feature table %1").arg(table));
        }
        if (progress) {
            progress(tr("Copying %1 …").arg(table));
        }
        const QByteArray name = table.toUtf8();
        // Ids, column names and the geometry column are kept as they are, so that history rows
        // and layer filters still name the same things on the other side.
        std::vector<const char*> arguments{
            "-preserve_fid",      "-lco",           "FID=fid",    "-lco",
            "GEOMETRY_NAME=geom", "-lco",           "LAUNDER=NO", "-nln",
            name.constData(),     name.constData(), nullptr};
        if (createTarget) {
            arguments.erase(arguments.begin() + 5, arguments.begin() + 7);  // GPKG has no LAUNDER
        }
        const gis::GdalVectorTranslateOptionsPtr options(
            GDALVectorTranslateOptionsNew(const_cast<char**>(arguments.data()), nullptr));
        GDALDatasetH input = GDALDataset::ToHandle(source.get());
        int usageError = FALSE;
        CPLErrorReset();
        if (!GDALVectorTranslate(nullptr, GDALDataset::ToHandle(target.get()), 1, &input,
                                 options.get(), &usageError) ||
            CPLGetLastErrorType() >= CE_Failure) {
            throw gis::Error(
                tr("Cannot copy the feature table %1: %2").arg(table, gis::lastGdalError()));
        }
    }
}

void ProjectTransfer::copyProjectRows(const ProjectStore& from, ProjectStore& to) {
    for (const auto& [key, value] : from.allMeta()) {
        if (key != QLatin1String("schema_version") && key != QLatin1String("application")) {
            to.setMeta(key, value);
        }
    }
    to.replaceLayers(from.layers());
    to.replaceCatalog(from.catalog());
    to.replaceBookmarks(from.bookmarks());
    for (const auto& [name, json] : from.layoutTemplates()) {
        to.saveLayoutTemplate(name, json);
    }
    to.importHistory(from.history());
}

void ProjectTransfer::publish(const QString& projectPath, const QString& connection,
                              const Progress& progress) {
    gis::initializeGdal();
    const ProjectDatabase source(projectPath, ProjectDatabase::Access::ReadOnly);
    const QStringList tables = featureTables(source);
    const std::unique_ptr<PostgisProjectStore> target = PostgisProjectStore::create(connection);
    copyFeatureTables(source.datasetName(), target->datasetName(), false, tables, progress);
    if (progress) {
        progress(tr("Copying layers, styles, catalog, bookmarks, layouts and history …"));
    }
    copyProjectRows(source, *target);
    if (progress) {
        progress(tr("Granting the team roles …"));
    }
    TeamRoles::ensureRoles(target->postgres());
    TeamRoles::grant(target->postgres(), editableTables(tables));
}

void ProjectTransfer::checkout(const QString& connection, const QString& outPath,
                               const Progress& progress) {
    gis::initializeGdal();
    if (QFileInfo::exists(outPath)) {
        throw gis::Error(tr("%1 already exists; choose a new file").arg(outPath));
    }
    const PostgisProjectStore source(connection);
    const QStringList tables = featureTables(source);
    // Written beside the target and renamed at the end: a failed checkout leaves no file.
    const QString partial = outPath + QStringLiteral(".part");
    QFile::remove(partial);
    try {
        copyFeatureTables(source.datasetName(), partial, true, tables, progress);
        {
            gis::SqliteDatabase sqlite(partial, gis::SqliteDatabase::Mode::ReadWrite);
            gis::SqlConnection::Transaction transaction(sqlite);
            ProjectDatabase::initialize(sqlite);
            transaction.commit();
        }
        if (progress) {
            progress(tr("Copying layers, styles, catalog, bookmarks, layouts and history …"));
        }
        ProjectDatabase target(partial, ProjectDatabase::Access::ReadWrite);
        copyProjectRows(source, target);
    } catch (...) {
        QFile::remove(partial);
        throw;
    }
    if (!QFile::rename(partial, outPath)) {
        QFile::remove(partial);
        throw gis::Error(tr("Cannot write %1").arg(outPath));
    }
}

}  // namespace core
