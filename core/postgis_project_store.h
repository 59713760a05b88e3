// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "core/sql_project_store.h"
#include "gis/postgres_conninfo.h"

#include <memory>

namespace gis {
class PostgresDatabase;
}

namespace core {

/// A team project in a PostgreSQL database with PostGIS: the same lx_ tables as a project file,
/// and the feature tables, which GDAL's PG driver reads and writes (datasetName()). What each
/// user may change is decided by the server's grants (TeamRoles), not here. Inserts into
/// lx_history and changes of the layer list, bookmarks and layouts are announced with NOTIFY
/// (kHistoryChannel, kProjectChannel), so that open workstations follow them.
/// One instance per thread.
class PostgisProjectStore final : public SqlProjectStore {
    Q_DECLARE_TR_FUNCTIONS(PostgisProjectStore)

public:
    static constexpr const char* kHistoryChannel = "lx_history";
    static constexpr const char* kProjectChannel = "lx_project";

    /// Opens the project in the database `connection` (a postgresql:// URI or "PG:…"). Throws
    /// gis::Error when the server cannot be reached, the database holds no project, or one of a
    /// newer schema.
    explicit PostgisProjectStore(const QString& connection);
    ~PostgisProjectStore() override;

    /// Makes an empty database an empty project: PostGIS, the lx_ tables, the NOTIFY triggers.
    /// Throws gis::Error, changing nothing, when the database already holds tables.
    static std::unique_ptr<PostgisProjectStore> create(const QString& connection);

    QString datasetName() const override { return conninfo_.gdalName(); }
    QString displayName() const override { return conninfo_.describe(); }
    bool isWritable() const override;
    bool canAdminister() const override;
    QString userName() const override;

    gis::PostgresDatabase& postgres();
    const gis::PostgresDatabase& postgres() const;
    const gis::PostgresConninfo& conninfo() const { return conninfo_; }

private:
    struct Unchecked {};
    PostgisProjectStore(const QString& connection, Unchecked);

    void checkIsProject() const;
    /// Schema 6 → 7 (ItemTaskMigration) in one transaction; throws gis::Error, changing nothing.
    void upgradeFrom6();

    gis::PostgresConninfo conninfo_;
};

}  // namespace core
