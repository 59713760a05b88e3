// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

namespace core {

class ProjectStore;

/// Moves a whole project between a GeoPackage file and a PostgreSQL/PostGIS database: every
/// feature table of the project (ids, attributes and geometries kept exactly, through GDAL) and
/// every lx_ row (metadata, layers and styles, plan catalog, bookmarks, layouts, history with its
/// ids). Publishing fills an empty database and grants the team roles on it (TeamRoles); checking
/// out writes a new file, complete or not at all. Any thread; blocks until done.
class ProjectTransfer {
    Q_DECLARE_TR_FUNCTIONS(ProjectTransfer)

public:
    /// Called with a line of what is being copied.
    using Progress = std::function<void(const QString&)>;

    /// Copies the project file `projectPath` into the empty database `connection`. Throws
    /// gis::Error when the file is not a project, the database is not empty or a copy fails.
    static void publish(const QString& projectPath, const QString& connection,
                        const Progress& progress = {});
    /// Copies the project in `connection` into a new GeoPackage `outPath` (which must not exist).
    static void checkout(const QString& connection, const QString& outPath,
                         const Progress& progress = {});

    /// The project's own feature tables: those its layers show from the project itself, and on
    /// a file every feature table of the GeoPackage.
    static QStringList featureTables(const ProjectStore& store);
    /// The tables analysts edit: the plan layers.
    static QStringList editableTables(const QStringList& featureTables);

private:
    static void copyFeatureTables(const QString& from, const QString& to, bool createTarget,
                                  const QStringList& tables, const Progress& progress);
    static void copyProjectRows(const ProjectStore& from, ProjectStore& to);
};

}  // namespace core
