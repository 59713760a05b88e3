// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/feature_importer.h"

#include "core/edit_session.h"
#include "gis/error.h"
#include "gis/gdal_environment.h"
#include "gis/handles.h"

#include <QFileInfo>

#include <ogr_spatialref.h>

namespace core {

namespace {

gis::GdalDatasetPtr openSource(const QString& path) {
    gis::initializeGdal();
    // CSV: a WKT column or x/y columns under their usual names.
    const char* csvOptions[] = {"GEOM_POSSIBLE_NAMES=wkt,WKT,geometry,geom",
                                "X_POSSIBLE_NAMES=x,X,lon,lng,longitude,easting",
                                "Y_POSSIBLE_NAMES=y,Y,lat,latitude,northing",
                                "KEEP_GEOM_COLUMNS=NO", nullptr};
    const bool csv =
        QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0;
    gis::GdalDatasetPtr dataset(GDALDataset::FromHandle(
        GDALOpenEx(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr,
                   csv ? csvOptions : nullptr, nullptr)));
    if (!dataset) {
        throw gis::Error(FeatureImporter::tr("Cannot read %1 as vector data: %2")
                             .arg(path, gis::lastGdalError()));
    }
    return dataset;
}

std::unique_ptr<OGRSpatialReference> spatialReference(const QString& definition) {
    auto srs = std::make_unique<OGRSpatialReference>();
    if (srs->SetFromUserInput(definition.toUtf8().constData()) != OGRERR_NONE) {
        throw gis::Error(FeatureImporter::tr("Unknown CRS: %1").arg(definition));
    }
    srs->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    return srs;
}

/// Source → target, or null when no reprojection is needed.
std::unique_ptr<OGRCoordinateTransformation> transformFor(const OGRSpatialReference* source,
                                                          const OGRSpatialReference* target) {
    if (!source || !target || source->IsSame(target)) {
        return nullptr;
    }
    OGRSpatialReference from(*source);
    OGRSpatialReference to(*target);
    from.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    to.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRCoordinateTransformation> transform(
        OGRCreateCoordinateTransformation(&from, &to));
    if (!transform) {
        throw gis::Error(FeatureImporter::tr("Cannot reproject from %1: %2")
                             .arg(QString::fromUtf8(from.GetName()), gis::lastGdalError()));
    }
    return transform;
}

/// A closed line drawn in CAD (DXF) or KML is an outline: make it a polygon for polygon layers.
OGRGeometryUniquePtr outlineToPolygon(OGRGeometryUniquePtr geometry, OGRwkbGeometryType target) {
    const bool surfaces = OGR_GT_IsSurface(wkbFlatten(target)) ||
                          OGR_GT_IsSubClassOf(wkbFlatten(target), wkbMultiSurface);
    const auto* line = dynamic_cast<const OGRLineString*>(geometry.get());
    if (!surfaces || !line || !line->get_IsClosed()) {
        return geometry;
    }
    auto polygon = std::make_unique<OGRPolygon>();
    OGRLinearRing ring;
    ring.addSubLineString(line);
    polygon->addRing(&ring);
    return OGRGeometryUniquePtr(polygon.release());
}

QVariantMap attributesFor(const OGRFeature& feature, const QStringList& targetFields,
                          const QVariantMap& defaults) {
    QVariantMap values;
    for (const QString& field : targetFields) {
        const int index = feature.GetDefnRef()->GetFieldIndex(field.toUtf8().constData());
        if (index >= 0 && feature.IsFieldSetAndNotNull(index)) {
            values.insert(field, QString::fromUtf8(feature.GetFieldAsString(index)));
        } else if (defaults.contains(field)) {
            values.insert(field, defaults.value(field));
        }
    }
    return values;
}

}  // namespace

int ImportReport::importedCount() const {
    return int(std::count_if(features.begin(), features.end(),
                             [](const ImportedFeature& f) { return f.imported; }));
}

int ImportReport::refusedCount() const {
    return int(features.size()) - importedCount();
}

FeatureImporter::FeatureImporter(EditSession& session) : session_(session) {}

ImportReport FeatureImporter::run(const QString& sourcePath, const ImportOptions& options) {
    if (session_.hasPendingEdits()) {
        throw gis::Error(tr("Save or discard the pending edits of layer %1 before importing")
                             .arg(session_.layer().name()));
    }
    gis::GdalDatasetPtr source = openSource(sourcePath);
    EditableLayer& target = session_.layer();
    const QStringList targetFields = target.fieldNames();
    for (auto it = options.defaults.begin(); it != options.defaults.end(); ++it) {
        if (!targetFields.contains(it.key())) {
            throw gis::Error(tr("Layer %1 has no field %2").arg(target.name(), it.key()));
        }
    }
    const std::unique_ptr<OGRSpatialReference> overrideCrs =
        options.sourceCrs.isEmpty() ? nullptr : spatialReference(options.sourceCrs);

    ImportReport report;
    session_.undoStack().beginMacro(tr("Import %1").arg(QFileInfo(sourcePath).fileName()));
    try {
        bool foundLayer = options.sourceLayer.isEmpty();
        for (OGRLayer* layer : source->GetLayers()) {
            const QString layerName = QString::fromUtf8(layer->GetName());
            if (!options.sourceLayer.isEmpty() && layerName != options.sourceLayer) {
                continue;
            }
            foundLayer = true;
            const OGRSpatialReference* declared =
                overrideCrs ? overrideCrs.get() : layer->GetSpatialRef();
            const auto transform = transformFor(declared, target.spatialReference());
            for (auto& feature : *layer) {
                ImportedFeature row;
                row.number = int(report.features.size()) + 1;
                row.source = QStringLiteral("%1 #%2").arg(layerName).arg(feature->GetFID());
                OGRGeometryUniquePtr geometry(feature->StealGeometry());
                if (!geometry) {
                    row.reason = tr("it has no geometry");
                } else if (transform && geometry->transform(transform.get()) != OGRERR_NONE) {
                    row.reason = tr("it cannot be reprojected to the layer's CRS");
                } else {
                    geometry = outlineToPolygon(std::move(geometry), target.geometryType());
                    try {
                        QVariantMap values =
                            attributesFor(*feature, targetFields, options.defaults);
                        const QString itemId = values.value(QStringLiteral("item_id")).toString();
                        if (session_.layer().hasTaskLinks() && !itemId.isEmpty() &&
                            session_.itemIdTaken(itemId)) {
                            // A copy of an item already in the project is a new item.
                            values.remove(QStringLiteral("item_id"));
                        }
                        row.fid = session_.addFeature(*geometry, values);
                        row.imported = true;
                    } catch (const EditRefused& refused) {
                        row.reason = refused.message();
                    }
                }
                report.features.push_back(row);
            }
        }
        if (!foundLayer) {
            throw gis::Error(tr("%1 has no layer %2").arg(sourcePath, options.sourceLayer));
        }
    } catch (...) {
        session_.undoStack().endMacro();
        session_.discard();
        throw;
    }
    session_.undoStack().endMacro();
    if (report.importedCount() == 0 || (report.refusedCount() > 0 && !options.skipInvalid)) {
        session_.discard();
        for (ImportedFeature& row : report.features) {
            row.fid = -1;
        }
        return report;
    }
    const SaveResult saved = session_.save();
    for (ImportedFeature& row : report.features) {
        if (row.imported) {
            row.fid = saved.newIds.at(row.fid);
        }
    }
    report.written = true;
    return report;
}

}  // namespace core
