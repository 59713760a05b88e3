// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/history_record.h"
#include "core/layer_record.h"
#include "core/plan_catalog_types.h"

#include <optional>
#include <utility>
#include <vector>

namespace core {

/// The application data of a project (metadata, layer list, plan catalog, bookmarks, print
/// layouts, edit history), whatever holds it: a GeoPackage file (ProjectDatabase) or a shared
/// PostgreSQL/PostGIS database (PostgisProjectStore). Both keep the same lx_ tables, of the same
/// schema version, next to the project's own feature tables, which GDAL reads and writes under
/// datasetName(). Writes are transactional: each call changes all it names or nothing, and throws
/// gis::Error when it cannot. One instance per thread.
class ProjectStore {
public:
    /// 1: metadata and layers. 2: the plan catalog (tasks, departments, links, indicators) and
    /// bookmarks. 3: per-layer scale range, CRS override and GDAL open options. 4: print layout
    /// templates (lx_layout). 5: the edit history (lx_history). 6: explicit row order of the
    /// catalog tables (sort_order), so that a server without SQLite's rowid keeps it.
    static constexpr int kSchemaVersion = 7;

    virtual ~ProjectStore();

    /// The name GDAL opens for the project's own feature tables: the file, or "PG:…".
    virtual QString datasetName() const = 0;
    /// What messages call the project: the file, or "database … on …" (never a password).
    virtual QString displayName() const = 0;
    /// Whether this user may change the project at all (a writable file; a server login with
    /// rights to write features).
    virtual bool isWritable() const = 0;
    /// Whether this user may change what the whole team sees: layers, styles, bookmarks,
    /// layouts (a writable file; an administrator on a server).
    virtual bool canAdminister() const = 0;
    /// Who the history records for the edits of this user: the OS user on a file, the database
    /// user on a server.
    virtual QString userName() const = 0;

    virtual int schemaVersion() const = 0;
    virtual std::optional<QString> meta(const QString& key) const = 0;
    virtual void setMeta(const QString& key, const QString& value) = 0;
    /// Every metadata entry, by key.
    virtual std::vector<std::pair<QString, QString>> allMeta() const = 0;

    virtual std::vector<LayerRecord> layers() const = 0;
    virtual void replaceLayers(const std::vector<LayerRecord>& layers) = 0;

    virtual CatalogTables catalog() const = 0;
    virtual void replaceCatalog(const CatalogTables& catalog) = 0;

    virtual std::vector<Bookmark> bookmarks() const = 0;
    virtual void replaceBookmarks(const std::vector<Bookmark>& bookmarks) = 0;

    /// The print layout templates saved in the project, by name, as layout JSON documents.
    virtual std::vector<std::pair<QString, QString>> layoutTemplates() const = 0;
    virtual std::optional<QString> layoutTemplate(const QString& name) const = 0;
    /// Adds or replaces the template `name`.
    virtual void saveLayoutTemplate(const QString& name, const QString& json) = 0;
    virtual void removeLayoutTemplate(const QString& name) = 0;

    /// The saved versions of one feature, oldest first (`dataset` empty: a table of the project
    /// itself). EditSession writes them; see HistoryRecord.
    virtual std::vector<HistoryRecord> featureHistory(const QString& layer, std::int64_t fid,
                                                      const QString& dataset = {}) const = 0;
    /// Every history record, oldest first.
    virtual std::vector<HistoryRecord> history() const = 0;
    /// The records newer than `afterId`, oldest first: what others saved since.
    virtual std::vector<HistoryRecord> historySince(std::int64_t afterId) const = 0;
    /// Appends records with new ids, in one transaction (the history of a layer kept outside
    /// the project).
    virtual void appendHistory(const std::vector<HistoryRecord>& records) = 0;
    /// Appends records keeping their ids (publishing and checking out a project); one
    /// transaction.
    virtual void importHistory(const std::vector<HistoryRecord>& records) = 0;
};

}  // namespace core
