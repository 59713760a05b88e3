// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/ogr/ogr_feature_source.h"

#include "gis/error.h"
#include "gis/ogr/ogr_feature_iterator.h"

#include <QCoreApplication>

namespace gis {

namespace {

FieldType fieldType(OGRFieldType type) {
    switch (type) {
        case OFTInteger:
        case OFTInteger64:
            return FieldType::Integer;
        case OFTReal:
            return FieldType::Real;
        case OFTString:
            return FieldType::Text;
        case OFTDate:
            return FieldType::Date;
        case OFTDateTime:
            return FieldType::DateTime;
        default:
            return FieldType::Other;
    }
}

GeometryKind geometryKindOf(OGRwkbGeometryType type) {
    switch (wkbFlatten(type)) {
        case wkbPoint:
        case wkbMultiPoint:
            return GeometryKind::Point;
        case wkbLineString:
        case wkbMultiLineString:
            return GeometryKind::Line;
        case wkbPolygon:
        case wkbMultiPolygon:
            return GeometryKind::Polygon;
        default:
            return GeometryKind::Unknown;
    }
}

}  // namespace

OgrFeatureSource::OgrFeatureSource(OgrLayerAddress address) : address_(std::move(address)) {
    OGRLayer* layer = nullptr;
    GdalDatasetPtr dataset = openOgrDataset(address_, &layer);
    const OGRSpatialReference* srs = layer->GetSpatialRef();
    if (!srs) {
        throw Error(QCoreApplication::translate("gis::OgrFeatureSource",
                                                "Layer %1 of %2 has no coordinate reference system")
                        .arg(address_.layer, address_.dataset));
    }
    const char* authority = srs->GetAuthorityName(nullptr);
    const char* code = srs->GetAuthorityCode(nullptr);
    if (authority && code) {
        crs_ = Crs::fromUserInput(QStringLiteral("%1:%2").arg(authority, code));
    } else {
        char* wkt = nullptr;
        srs->exportToWkt(&wkt);
        const QString definition = QString::fromUtf8(wkt);
        CPLFree(wkt);
        crs_ = Crs::fromUserInput(definition);
    }
    OGREnvelope envelope;
    if (layer->GetExtent(&envelope, TRUE) == OGRERR_NONE) {
        extent_ =
            QRectF(QPointF(envelope.MinX, envelope.MinY), QPointF(envelope.MaxX, envelope.MaxY));
    }
    geometryKind_ = geometryKindOf(layer->GetGeomType());
    OGRFeatureDefn* definition = layer->GetLayerDefn();
    for (int i = 0; i < definition->GetFieldCount(); ++i) {
        const OGRFieldDefn* field = definition->GetFieldDefn(i);
        fields_.push_back({QString::fromUtf8(field->GetNameRef()), fieldType(field->GetType())});
    }
    featureCount_ = layer->GetFeatureCount(TRUE);
}

QString OgrFeatureSource::description() const {
    return address_.layer.isEmpty() ? address_.dataset : address_.dataset + u':' + address_.layer;
}

std::unique_ptr<FeatureIterator> OgrFeatureSource::query(const FeatureQuery& query) const {
    return std::make_unique<OgrFeatureIterator>(address_, query);
}

std::vector<Feature> OgrFeatureSource::fetch(const std::vector<std::int64_t>& ids,
                                             const QStringList& columns) const {
    OGRLayer* layer = nullptr;
    GdalDatasetPtr dataset = openOgrDataset(address_, &layer);
    std::vector<Feature> features;
    for (const std::int64_t id : ids) {
        OGRFeatureUniquePtr found{layer->GetFeature(id)};
        if (!found) {
            continue;
        }
        Feature& feature = features.emplace_back();
        feature.id = id;
        for (const QString& column : columns) {
            const int index = found->GetFieldIndex(column.toUtf8().constData());
            feature.attributes.push_back(
                index >= 0 && found->IsFieldSetAndNotNull(index)
                    ? QVariant(QString::fromUtf8(found->GetFieldAsString(index)))
                    : QVariant());
        }
        feature.geometry.reset(found->StealGeometry());
    }
    return features;
}

}  // namespace gis
