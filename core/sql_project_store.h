// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "core/project_store.h"
#include "gis/sql_connection.h"

#include <memory>

namespace core {

/// The lx_ tables of a project read and written through SQL that SQLite and PostgreSQL both run:
/// what ProjectDatabase (GeoPackage) and PostgisProjectStore share. The subclasses open the
/// connection, check it holds a project and say where its features are.
class SqlProjectStore : public ProjectStore {
    Q_DECLARE_TR_FUNCTIONS(SqlProjectStore)

public:
    /// Creates the lx_ tables of the current schema in an empty database, in its dialect, and
    /// marks it as a project of this schema version. The caller holds the transaction.
    static void createSchema(gis::SqlConnection& connection);

    int schemaVersion() const override;
    std::optional<QString> meta(const QString& key) const override;
    void setMeta(const QString& key, const QString& value) override;
    std::vector<std::pair<QString, QString>> allMeta() const override;

    std::vector<LayerRecord> layers() const override;
    void replaceLayers(const std::vector<LayerRecord>& layers) override;

    CatalogTables catalog() const override;
    void replaceCatalog(const CatalogTables& catalog) override;

    std::vector<Bookmark> bookmarks() const override;
    void replaceBookmarks(const std::vector<Bookmark>& bookmarks) override;

    std::vector<std::pair<QString, QString>> layoutTemplates() const override;
    std::optional<QString> layoutTemplate(const QString& name) const override;
    void saveLayoutTemplate(const QString& name, const QString& json) override;
    void removeLayoutTemplate(const QString& name) override;

    std::vector<HistoryRecord> featureHistory(const QString& layer, std::int64_t fid,
                                              const QString& dataset = {}) const override;
    std::vector<HistoryRecord> history() const override;
    std::vector<HistoryRecord> historySince(std::int64_t afterId) const override;
    void appendHistory(const std::vector<HistoryRecord>& records) override;
    void importHistory(const std::vector<HistoryRecord>& records) override;

    gis::SqlConnection& connection() { return *connection_; }
    const gis::SqlConnection& connection() const { return *connection_; }

protected:
    explicit SqlProjectStore(std::unique_ptr<gis::SqlConnection> connection);

    /// Refuses a project written by a newer Lanxi Atlas (gis::Error; nothing changed).
    void checkNotNewer() const;

private:
    void insertHistory(const std::vector<HistoryRecord>& records, bool keepIds);
    std::vector<HistoryRecord> historyWhere(const QString& condition,
                                            const std::vector<QVariant>& values) const;

    std::unique_ptr<gis::SqlConnection> connection_;
};

}  // namespace core
