// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/feature_state.h"
#include "core/item_task_links.h"
#include "gis/handles.h"
#include "gis/sql_connection.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace core {

/// One writable vector layer of a GDAL dataset (a GeoPackage table such as plan_area, a
/// Shapefile …), opened for update: reads features as FeatureState, types attribute values after
/// the fields, fits geometries to the layer's type and writes states inside a dataset transaction.
/// On a plan table of a project the item's tasks are a field like the others ("tasks", task ids
/// joined by '|'), but they live in the link table lx_item_task, keyed by item_id: read() reads
/// them from there and write() writes the links on the same connection, so inside the same
/// transaction as the feature.
/// Owns its GDAL handle; one thread.
class EditableLayer {
    Q_DECLARE_TR_FUNCTIONS(EditableLayer)

public:
    /// Throws gis::Error naming the file and layer when either cannot be opened for writing.
    EditableLayer(const QString& datasetPath, const QString& layerName);

    const QString& datasetPath() const { return datasetPath_; }
    const QString& name() const { return name_; }
    QStringList fieldNames() const;
    /// True on a plan table whose "tasks" field is kept in lx_item_task (see above).
    bool hasTaskLinks() const { return links_ != nullptr; }
    /// The ids of the project's plan tasks; empty without task links.
    QSet<QString> knownTaskIds() const;
    /// Whether a stored feature of any plan table has this item id (false without task links).
    bool itemIdInUse(const QString& itemId) const;
    OGRwkbGeometryType geometryType() const;
    /// The layer's CRS, or null when it has none.
    const OGRSpatialReference* spatialReference() const;
    GDALDataset& dataset() { return *dataset_; }
    /// The SQL spoken by the dataset's own connection (GDAL driver "PostgreSQL", else SQLite).
    gis::SqlConnection::Dialect sqlDialect() const;

    /// The stored feature, or nothing when no feature has that id.
    std::optional<FeatureState> read(std::int64_t fid) const;
    std::vector<std::int64_t> storedIds() const;

    /// Values converted to the fields' types; every field present (missing ones null). Throws
    /// gis::Error naming an unknown field or a value the field cannot hold.
    QVariantMap normalizeAttributes(const QVariantMap& values) const;
    /// The geometry converted to the layer's type (a polygon into a multipolygon layer, 2D into a
    /// 2D layer); throws gis::Error when the kinds do not match (a line into a polygon layer).
    OGRGeometryUniquePtr fitGeometry(const OGRGeometry& geometry) const;

    /// Writes `state` (nothing = delete). A new feature (`exists` false) gets `fid` when positive
    /// (a reverted deletion), otherwise a new id; returns the stored id.
    std::int64_t write(std::int64_t fid, bool exists, const std::optional<FeatureState>& state);

    /// Begins a dataset transaction; false when the format has none (writes are then not atomic).
    bool beginTransaction();
    /// Inside that transaction, takes the write lock before anything is read, so that no other
    /// writer can commit until this one does: SQLite's RESERVED lock on a GeoPackage (waiting up
    /// to kLockWaitMs for another writer), `LOCK TABLE … IN SHARE ROW EXCLUSIVE MODE` on
    /// PostgreSQL. Other formats have no shared writer and take no lock. Throws gis::Error when
    /// the lock cannot be had in time.
    void lockForSave();
    static constexpr int kLockWaitMs = 5000;
    static constexpr const char* kTasksField = "tasks";
    static constexpr const char* kItemIdField = "item_id";
    void commitTransaction();
    void rollbackTransaction();
    /// Writes buffered changes of formats without transactions (Shapefile headers …).
    void flush();

private:
    void fill(OGRFeature& feature, const FeatureState& state) const;
    QString driverName() const;
    /// Runs a statement on the dataset's connection; throws gis::Error with GDAL's message.
    void executeSql(const QString& sql);

    /// Writes the task links of the feature that had item id `oldItemId` and now has `state`.
    void writeLinks(const QString& oldItemId, const std::optional<FeatureState>& state);

    QString datasetPath_;
    QString name_;
    gis::GdalDatasetPtr dataset_;
    OGRLayer* layer_ = nullptr;
    std::unique_ptr<ItemTaskLinks> links_;
};

}  // namespace core
