// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "core/sql_project_store.h"
#include "gis/sqlite_database.h"

#include <QString>

namespace core {

/// The project file: a GeoPackage whose feature tables GDAL and QGIS can open, plus application
/// tables prefixed `lx_` (see SqlProjectStore). The GeoPackage implementation of ProjectStore.
/// Opening checks, in order, that the file exists, is readable, is a GeoPackage, is a Lanxi Atlas
/// project, and is not of a newer schema; an older schema is migrated in one transaction. Every
/// failure throws gis::Error naming the file and what is wrong, and changes nothing.
/// Opened for writing, the file is switched to WAL journaling so that QGIS and our own render
/// threads can read it while an edit is being saved (GDAL does the same, see initializeGdal()).
/// One instance per thread.
class ProjectDatabase final : public SqlProjectStore {
    Q_DECLARE_TR_FUNCTIONS(ProjectDatabase)

public:
    static constexpr const char* kMetaTable = "lx_meta";

    enum class Access { ReadOnly, ReadWrite };

    ProjectDatabase(const QString& path, Access access);

    /// Adds the application tables and metadata to a new GeoPackage made by GDAL.
    static void initialize(gis::SqliteDatabase& database);

    QString datasetName() const override { return path(); }
    QString displayName() const override { return path(); }
    bool isWritable() const override;
    bool canAdminister() const override { return isWritable(); }
    QString userName() const override;

    gis::SqliteDatabase& sqlite();
    const gis::SqliteDatabase& sqlite() const;
    const QString& path() const { return sqlite().path(); }

private:
    void checkIsProject() const;
    void migrate();

    Access access_;
};

}  // namespace core
