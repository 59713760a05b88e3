// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/editable_layer.h"

#include "core/plan_attribute_validator.h"
#include "gis/error.h"
#include "gis/gdal_environment.h"

#include <cpl_error.h>

namespace core {

namespace {

QVariant valueOf(const OGRFeature& feature, int index) {
    if (!feature.IsFieldSetAndNotNull(index)) {
        return {};
    }
    switch (feature.GetFieldDefnRef(index)->GetType()) {
        case OFTInteger:
        case OFTInteger64:
            return static_cast<qlonglong>(feature.GetFieldAsInteger64(index));
        case OFTReal:
            return feature.GetFieldAsDouble(index);
        default:
            return QString::fromUtf8(feature.GetFieldAsString(index));
    }
}

/// `schema.table` or `table` (GDAL's PostgreSQL layer names) as a quoted SQL identifier.
QString quotedTableName(const QString& layerName) {
    QStringList quoted;
    const qsizetype dot = layerName.indexOf(u'.');
    const QStringList parts =
        dot < 0 ? QStringList{layerName} : QStringList{layerName.left(dot), layerName.mid(dot + 1)};
    for (QString part : parts) {
        quoted << u'"' + part.replace(u'"', QStringLiteral("\"\"")) + u'"';
    }
    return quoted.join(u'.');
}

QString geometryKindName(OGRwkbGeometryType type) {
    return QString::fromUtf8(OGRGeometryTypeToName(wkbFlatten(type)));
}

enum class Dimension { Points, Curves, Surfaces, Other };

/// Single and multi kinds share a dimension, so one can be converted into the other.
Dimension dimensionOf(OGRwkbGeometryType type) {
    if (type == wkbPoint || type == wkbMultiPoint) {
        return Dimension::Points;
    }
    if (OGR_GT_IsCurve(type) || OGR_GT_IsSubClassOf(type, wkbMultiCurve)) {
        return Dimension::Curves;
    }
    if (OGR_GT_IsSurface(type) || OGR_GT_IsSubClassOf(type, wkbMultiSurface)) {
        return Dimension::Surfaces;
    }
    return Dimension::Other;
}

}  // namespace

EditableLayer::EditableLayer(const QString& datasetPath, const QString& layerName)
    : datasetPath_(datasetPath), name_(layerName) {
    gis::initializeGdal();
    dataset_.reset(GDALDataset::FromHandle(GDALOpenEx(datasetPath.toUtf8().constData(),
                                                      GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr,
                                                      nullptr, nullptr)));
    if (!dataset_) {
        throw gis::Error(
            tr("Cannot open %1 for editing: %2").arg(datasetPath, gis::lastGdalError()));
    }
    layer_ = dataset_->GetLayerByName(layerName.toUtf8().constData());
    if (!layer_) {
        throw gis::Error(tr("%1 has no layer %2").arg(datasetPath, layerName));
    }
    if (!layer_->TestCapability(OLCRandomWrite) || !layer_->TestCapability(OLCSequentialWrite)) {
        throw gis::Error(tr("Layer %1 of %2 cannot be edited: the format does not allow writing")
                             .arg(layerName, datasetPath));
    }
    if (driverName() == QLatin1String("GPKG")) {
        // Wait for another writer's commit rather than failing at once (lockForSave).
        executeSql(QStringLiteral("PRAGMA busy_timeout = %1").arg(kLockWaitMs));
    }
    // A plan table of a project keeps its tasks in lx_item_task; an older file still holding a
    // tasks column (not yet upgraded) is edited as it is.
    if (PlanAttributeValidator::isPlanLayer(layerName) &&
        layer_->GetLayerDefn()->GetFieldIndex(kTasksField) < 0 &&
        layer_->GetLayerDefn()->GetFieldIndex(kItemIdField) >= 0 &&
        ItemTaskLinks::existIn(*dataset_, sqlDialect())) {
        links_ = std::make_unique<ItemTaskLinks>(*dataset_);
    }
}

QSet<QString> EditableLayer::knownTaskIds() const {
    return links_ ? links_->knownTaskIds() : QSet<QString>();
}

bool EditableLayer::itemIdInUse(const QString& itemId) const {
    return links_ && links_->itemIdInUse(itemId);
}

void EditableLayer::writeLinks(const QString& oldItemId, const std::optional<FeatureState>& state) {
    const QString itemId =
        state ? state->attributes.value(QLatin1String(kItemIdField)).toString() : QString();
    if (!oldItemId.isEmpty() && oldItemId != itemId && !links_->itemIdInUse(oldItemId)) {
        links_->replace(oldItemId, {});  // the item is gone (or renamed): so are its links
    }
    if (!itemId.isEmpty()) {
        links_->replace(
            itemId,
            ItemTaskLinks::parse(state->attributes.value(QLatin1String(kTasksField)).toString()));
    }
}

QString EditableLayer::driverName() const {
    return QString::fromUtf8(dataset_->GetDriver()->GetDescription());
}

gis::SqlConnection::Dialect EditableLayer::sqlDialect() const {
    return driverName() == QLatin1String("PostgreSQL") ? gis::SqlConnection::Dialect::Postgres
                                                       : gis::SqlConnection::Dialect::Sqlite;
}

void EditableLayer::executeSql(const QString& sql) {
    CPLErrorReset();
    if (OGRLayer* result = dataset_->ExecuteSQL(sql.toUtf8().constData(), nullptr, nullptr)) {
        dataset_->ReleaseResultSet(result);
    }
    if (CPLGetLastErrorType() >= CE_Failure) {
        throw gis::Error(tr("%1 refused \"%2\": %3").arg(datasetPath_, sql, gis::lastGdalError()));
    }
}

QStringList EditableLayer::fieldNames() const {
    QStringList names;
    OGRFeatureDefn* definition = layer_->GetLayerDefn();
    for (int i = 0; i < definition->GetFieldCount(); ++i) {
        names << QString::fromUtf8(definition->GetFieldDefn(i)->GetNameRef());
    }
    if (links_) {
        names << QLatin1String(kTasksField);
    }
    return names;
}

OGRwkbGeometryType EditableLayer::geometryType() const {
    return layer_->GetGeomType();
}

const OGRSpatialReference* EditableLayer::spatialReference() const {
    return layer_->GetSpatialRef();
}

std::optional<FeatureState> EditableLayer::read(std::int64_t fid) const {
    if (fid < 0) {
        return std::nullopt;
    }
    OGRFeatureUniquePtr feature(layer_->GetFeature(fid));
    if (!feature) {
        return std::nullopt;
    }
    FeatureState state;
    for (int i = 0; i < feature->GetFieldCount(); ++i) {
        state.attributes.insert(QString::fromUtf8(feature->GetFieldDefnRef(i)->GetNameRef()),
                                valueOf(*feature, i));
    }
    if (const OGRGeometry* geometry = feature->GetGeometryRef()) {
        state.wkb = FeatureState::toWkb(*geometry);
    }
    if (links_) {
        const QStringList tasks =
            links_->tasksOf(state.attributes.value(QLatin1String(kItemIdField)).toString());
        state.attributes.insert(QLatin1String(kTasksField),
                                tasks.isEmpty() ? QVariant() : QVariant(tasks.join(u'|')));
    }
    return state;
}

std::vector<std::int64_t> EditableLayer::storedIds() const {
    std::vector<std::int64_t> ids;
    layer_->SetSpatialFilter(nullptr);
    layer_->SetAttributeFilter(nullptr);
    layer_->ResetReading();
    for (auto& feature : *layer_) {
        ids.push_back(feature->GetFID());
    }
    return ids;
}

QVariantMap EditableLayer::normalizeAttributes(const QVariantMap& values) const {
    OGRFeatureDefn* definition = layer_->GetLayerDefn();
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (links_ && it.key() == QLatin1String(kTasksField)) {
            continue;
        }
        if (definition->GetFieldIndex(it.key().toUtf8().constData()) < 0) {
            throw gis::Error(tr("Layer %1 has no field %2").arg(name_, it.key()));
        }
    }
    QVariantMap typed;
    for (int i = 0; i < definition->GetFieldCount(); ++i) {
        const OGRFieldDefn* field = definition->GetFieldDefn(i);
        const QString name = QString::fromUtf8(field->GetNameRef());
        const QVariant value = values.value(name);
        const bool blank = !value.isValid() || value.isNull() ||
                           (value.typeId() == QMetaType::QString && value.toString().isEmpty() &&
                            field->GetType() != OFTString);
        if (blank) {
            typed.insert(name, QVariant());
            continue;
        }
        bool ok = true;
        switch (field->GetType()) {
            case OFTInteger:
            case OFTInteger64: {
                const qlonglong number = value.toString().trimmed().toLongLong(&ok);
                if (ok) {
                    typed.insert(name, number);
                } else if (value.typeId() == QMetaType::Bool) {
                    ok = true;
                    typed.insert(name, qlonglong(value.toBool() ? 1 : 0));
                }
                break;
            }
            case OFTReal: {
                const double number = value.toString().trimmed().toDouble(&ok);
                if (ok) {
                    typed.insert(name, number);
                }
                break;
            }
            default:
                typed.insert(name, value.toString());
        }
        if (!ok) {
            throw gis::Error(tr("Field %1 of layer %2 takes a number; \"%3\" is not one")
                                 .arg(name, name_, value.toString()));
        }
    }
    if (links_) {
        // One spelling for one list of tasks, so that states compare equal.
        const QStringList tasks =
            ItemTaskLinks::parse(values.value(QLatin1String(kTasksField)).toString());
        typed.insert(QLatin1String(kTasksField),
                     tasks.isEmpty() ? QVariant() : QVariant(tasks.join(u'|')));
    }
    return typed;
}

OGRGeometryUniquePtr EditableLayer::fitGeometry(const OGRGeometry& geometry) const {
    const OGRwkbGeometryType target = layer_->GetGeomType();
    OGRGeometryUniquePtr fitted(geometry.clone());
    if (!OGR_GT_HasZ(target)) {
        fitted->flattenTo2D();
    }
    const OGRwkbGeometryType flatTarget = wkbFlatten(target);
    const OGRwkbGeometryType flatType = wkbFlatten(fitted->getGeometryType());
    if (flatTarget == wkbUnknown || flatTarget == flatType) {
        return fitted;
    }
    const bool samePartKind = dimensionOf(flatTarget) == dimensionOf(flatType) &&
                              dimensionOf(flatType) != Dimension::Other;
    if (samePartKind) {
        OGRGeometryUniquePtr forced(OGRGeometryFactory::forceTo(fitted.release(), flatTarget));
        if (forced && wkbFlatten(forced->getGeometryType()) == flatTarget) {
            return forced;
        }
    }
    throw gis::Error(tr("Layer %1 takes %2 geometries; this one is a %3")
                         .arg(name_, geometryKindName(flatTarget), geometryKindName(flatType)));
}

void EditableLayer::fill(OGRFeature& feature, const FeatureState& state) const {
    for (auto it = state.attributes.begin(); it != state.attributes.end(); ++it) {
        const int index = feature.GetFieldIndex(it.key().toUtf8().constData());
        if (index < 0) {
            continue;
        }
        const QVariant& value = it.value();
        if (!value.isValid() || value.isNull()) {
            feature.SetFieldNull(index);
        } else if (value.typeId() == QMetaType::Double) {
            feature.SetField(index, value.toDouble());
        } else if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int) {
            feature.SetField(index, static_cast<GIntBig>(value.toLongLong()));
        } else {
            feature.SetField(index, value.toString().toUtf8().constData());
        }
    }
    feature.SetGeometryDirectly(state.geometry().release());
}

std::int64_t EditableLayer::write(std::int64_t fid, bool exists,
                                  const std::optional<FeatureState>& state) {
    OGRErr error = OGRERR_NONE;
    std::int64_t stored = fid;
    QString oldItemId;
    if (links_ && exists) {
        if (OGRFeatureUniquePtr old{layer_->GetFeature(fid)}) {
            oldItemId = QString::fromUtf8(old->GetFieldAsString(kItemIdField));
        }
    }
    if (!state) {
        error = layer_->DeleteFeature(fid);
    } else if (exists) {
        OGRFeatureUniquePtr feature(layer_->GetFeature(fid));
        if (!feature) {
            throw gis::Error(tr("Feature %1 of layer %2 no longer exists").arg(fid).arg(name_));
        }
        fill(*feature, *state);
        error = layer_->SetFeature(feature.get());
    } else {
        OGRFeatureUniquePtr feature(OGRFeature::CreateFeature(layer_->GetLayerDefn()));
        feature->SetFID(fid > 0 ? fid : OGRNullFID);
        fill(*feature, *state);
        error = layer_->CreateFeature(feature.get());
        stored = feature->GetFID();
    }
    if (error != OGRERR_NONE) {
        throw gis::Error(tr("Cannot write feature %1 of layer %2 in %3: %4")
                             .arg(fid)
                             .arg(name_, datasetPath_, gis::lastGdalError()));
    }
    if (links_) {
        writeLinks(oldItemId, state);
    }
    return stored;
}

bool EditableLayer::beginTransaction() {
    const OGRErr error = dataset_->StartTransaction(FALSE);
    if (error == OGRERR_UNSUPPORTED_OPERATION) {
        return false;
    }
    if (error != OGRERR_NONE) {
        throw gis::Error(
            tr("Cannot start a transaction on %1: %2").arg(datasetPath_, gis::lastGdalError()));
    }
    return true;
}

void EditableLayer::lockForSave() {
    const QString driver = driverName();
    try {
        if (driver == QLatin1String("GPKG")) {
            // GDAL begins a deferred transaction: a write that changes nothing takes the
            // RESERVED lock now, before the first read, so the reads below see the last commit.
            executeSql(QStringLiteral("UPDATE gpkg_contents SET table_name = table_name WHERE 0"));
        } else if (driver == QLatin1String("PostgreSQL")) {
            executeSql(QStringLiteral("SET LOCAL lock_timeout = '%1ms'").arg(kLockWaitMs));
            executeSql(QStringLiteral("LOCK TABLE %1 IN SHARE ROW EXCLUSIVE MODE")
                           .arg(quotedTableName(name_)));
        }
    } catch (const gis::Error& error) {
        throw gis::Error(tr("Another user is saving to %1; nothing was saved, try again (%2)")
                             .arg(datasetPath_, error.message()));
    }
}

void EditableLayer::commitTransaction() {
    if (dataset_->CommitTransaction() != OGRERR_NONE) {
        throw gis::Error(
            tr("Cannot commit the edits to %1: %2").arg(datasetPath_, gis::lastGdalError()));
    }
}

void EditableLayer::flush() {
    if (layer_->SyncToDisk() != OGRERR_NONE) {
        throw gis::Error(
            tr("Cannot write layer %1 to %2: %3").arg(name_, datasetPath_, gis::lastGdalError()));
    }
}

void EditableLayer::rollbackTransaction() {
    dataset_->RollbackTransaction();
}

}  // namespace core
