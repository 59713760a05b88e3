// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project_store_factory.h"

#include "core/postgis_project_store.h"
#include "core/project_database.h"
#include "gis/postgres_conninfo.h"

#include <QFileInfo>

namespace core {

bool ProjectStoreFactory::isDatabase(const QString& location) {
    return gis::PostgresConninfo::looksLikeConnection(location);
}

std::unique_ptr<ProjectStore> ProjectStoreFactory::open(const QString& location, bool forWriting) {
    if (isDatabase(location)) {
        return std::make_unique<PostgisProjectStore>(location);
    }
    return std::make_unique<ProjectDatabase>(location, forWriting
                                                           ? ProjectDatabase::Access::ReadWrite
                                                           : ProjectDatabase::Access::ReadOnly);
}

QString ProjectStoreFactory::gdalName(const QString& location) {
    return isDatabase(location) ? gis::PostgresConninfo::parse(location).gdalName()
                                : QFileInfo(location).absoluteFilePath();
}

std::unique_ptr<ProjectStore> ProjectStoreFactory::openBestAccess(const QString& location) {
    return open(location, isDatabase(location) || QFileInfo(location).isWritable());
}

}  // namespace core
