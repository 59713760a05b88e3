// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "core/history_record.h"
#include "core/project_store.h"
#include "gis/sqlite_database.h"

#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace core {

/// The project file: a GeoPackage whose feature tables GDAL and QGIS can open, plus application
/// tables prefixed `lx_` (metadata with the schema version, the layer list, the plan catalog and
/// bookmarks). The GeoPackage implementation of ProjectStore.
/// Opening checks, in order, that the file exists, is readable, is a GeoPackage, is a Lanxi Atlas
/// project, and is not of a newer schema; an older schema is migrated in one transaction. Every
/// failure throws gis::Error naming the file and what is wrong, and changes nothing.
/// Opened for writing, the file is switched to WAL journaling so that QGIS and our own render
/// threads can read it while an edit is being saved (GDAL does the same, see initializeGdal()).
/// One instance per thread.
class ProjectDatabase final : public ProjectStore {
    Q_DECLARE_TR_FUNCTIONS(ProjectDatabase)

public:
    /// 1: metadata and layers. 2: the plan catalog (tasks, departments, links, indicators) and
    /// bookmarks. 3: per-layer scale range, CRS override and GDAL open options. 4: print layout
    /// templates (lx_layout). 5: the edit history (lx_history).
    static constexpr int kSchemaVersion = 5;
    static constexpr const char* kMetaTable = "lx_meta";

    enum class Access { ReadOnly, ReadWrite };

    ProjectDatabase(const QString& path, Access access);

    /// Adds the application tables and metadata to a new GeoPackage made by GDAL.
    static void initialize(gis::SqliteDatabase& database);

    int schemaVersion() const override;
    std::optional<QString> meta(const QString& key) const override;
    void setMeta(const QString& key, const QString& value) override;

    std::vector<LayerRecord> layers() const override;
    void replaceLayers(const std::vector<LayerRecord>& layers) override;

    CatalogTables catalog() const override;
    void replaceCatalog(const CatalogTables& catalog) override;

    std::vector<Bookmark> bookmarks() const override;
    void replaceBookmarks(const std::vector<Bookmark>& bookmarks) override;

    /// The print layout templates saved in the project, by name, as layout JSON documents.
    std::vector<std::pair<QString, QString>> layoutTemplates() const;
    std::optional<QString> layoutTemplate(const QString& name) const;
    /// Adds or replaces the template `name`.
    void saveLayoutTemplate(const QString& name, const QString& json);
    void removeLayoutTemplate(const QString& name);
    /// The saved versions of one feature, oldest first (`dataset` empty: a table of the project
    /// file itself). EditSession writes them; see HistoryRecord.
    std::vector<HistoryRecord> featureHistory(const QString& layer, std::int64_t fid,
                                              const QString& dataset = {}) const;
    /// Every history record, oldest first.
    std::vector<HistoryRecord> history() const;
    /// The schema-5 step: adds lx_history where missing.
    static void addHistoryTable(gis::SqliteDatabase& database);

    gis::SqliteDatabase& sqlite() { return db_; }
    const gis::SqliteDatabase& sqlite() const { return db_; }
    const QString& path() const { return db_.path(); }

private:
    void checkIsProject() const;
    void migrate();
    std::vector<HistoryRecord> historyWhere(const QString& condition,
                                            const std::vector<QVariant>& values) const;

    gis::SqliteDatabase db_;
};

}  // namespace core
