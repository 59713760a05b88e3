// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/project_store.h"

#include <QString>

#include <memory>

namespace core {

/// Opens the store a project location names: a GeoPackage path (ProjectDatabase) or a
/// PostgreSQL connection, "postgresql://user@host/db" or "PG:dbname=…" (PostgisProjectStore).
class ProjectStoreFactory {
public:
    /// Whether `location` names a database rather than a file.
    static bool isDatabase(const QString& location);
    /// `forWriting` upgrades an older project file and fails on a read-only one; a server
    /// decides rights itself. Throws gis::Error naming the location and what is wrong.
    static std::unique_ptr<ProjectStore> open(const QString& location, bool forWriting);
    /// The name GDAL opens for the project's own tables: the absolute file path, or "PG:…".
    static QString gdalName(const QString& location);
    /// Open for writing where the file allows it, read-only otherwise (opening a project).
    static std::unique_ptr<ProjectStore> openBestAccess(const QString& location);
};

}  // namespace core
