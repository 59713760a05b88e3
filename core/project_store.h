// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/layer_record.h"
#include "core/plan_catalog_types.h"

#include <optional>
#include <vector>

namespace core {

/// The application data of a project (metadata, layer list, plan catalog, bookmarks), whatever
/// holds it: a GeoPackage file today (ProjectDatabase), a shared PostGIS database later. Writes
/// are transactional: each call changes all it names or nothing.
class ProjectStore {
public:
    virtual ~ProjectStore();

    virtual int schemaVersion() const = 0;
    virtual std::optional<QString> meta(const QString& key) const = 0;
    virtual void setMeta(const QString& key, const QString& value) = 0;

    virtual std::vector<LayerRecord> layers() const = 0;
    virtual void replaceLayers(const std::vector<LayerRecord>& layers) = 0;

    virtual CatalogTables catalog() const = 0;
    virtual void replaceCatalog(const CatalogTables& catalog) = 0;

    virtual std::vector<Bookmark> bookmarks() const = 0;
    virtual void replaceBookmarks(const std::vector<Bookmark>& bookmarks) = 0;
};

}  // namespace core
