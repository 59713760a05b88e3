// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/ogr/ogr_feature_source.h"

#include "gis/error.h"
#include "gis/gdal_environment.h"
#include "gis/ogr/ogr_feature_iterator.h"

#include <QCoreApplication>
#include <QFileInfo>

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

/// openOgrDataset opens a dataset by its name alone, on whichever thread queries it. An OGR VRT
/// carries open options inside the name, so every handle sees the same geometry columns.
OgrLayerAddress withOptionsInName(const OgrLayerAddress& address) {
    if (address.openOptions.isEmpty()) {
        return address;
    }
    if (!address.dataset.contains(u':') && !QFileInfo::exists(address.dataset)) {
        throw Error(OgrFeatureSource::tr("File not found: %1").arg(address.dataset));
    }
    QString layer = address.layer;
    if (layer.isEmpty()) {
        initializeGdal();
        std::vector<QByteArray> options;
        std::vector<const char*> optionPointers;
        for (const QString& option : address.openOptions) {
            optionPointers.push_back(options.emplace_back(option.toUtf8()).constData());
        }
        optionPointers.push_back(nullptr);
        GdalDatasetPtr dataset{GDALDataset::Open(address.dataset.toUtf8().constData(),
                                                 GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr,
                                                 optionPointers.data())};
        if (!dataset || dataset->GetLayerCount() == 0) {
            throw Error(OgrFeatureSource::tr("Cannot open %1 as vector data: %2")
                            .arg(address.dataset, lastGdalError()));
        }
        layer = QString::fromUtf8(dataset->GetLayer(0)->GetName());
    }
    QString items;
    for (const QString& option : address.openOptions) {
        const qsizetype equals = option.indexOf(u'=');
        items +=
            QStringLiteral("<OOI key=\"%1\">%2</OOI>")
                .arg(option.left(equals).toHtmlEscaped(), option.mid(equals + 1).toHtmlEscaped());
    }
    OgrLayerAddress wrapped = address;
    wrapped.layer = layer;
    wrapped.dataset =
        QStringLiteral(
            "<OGRVRTDataSource><OGRVRTLayer name=\"%1\"><SrcDataSource>%2</SrcDataSource>"
            "<OpenOptions>%3</OpenOptions><SrcLayer>%1</SrcLayer></OGRVRTLayer>"
            "</OGRVRTDataSource>")
            .arg(layer.toHtmlEscaped(), address.dataset.toHtmlEscaped(), items);
    return wrapped;
}

Crs crsOf(const OGRSpatialReference& srs, const QString& layer, const QString& dataset) {
    try {
        return Crs::fromOgr(srs);
    } catch (const Error&) {
        throw Error(OgrFeatureSource::tr("Layer %1 of %2 has a coordinate reference system that "
                                         "PROJ does not know")
                        .arg(layer, dataset));
    }
}

}  // namespace

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

OgrFeatureSource::OgrFeatureSource(OgrLayerAddress address)
    : address_(std::move(address)), openAddress_(withOptionsInName(address_)) {
    OGRLayer* layer = nullptr;
    GdalDatasetPtr dataset;
    try {
        dataset = openOgrDataset(openAddress_, &layer);
    } catch (const Error&) {
        if (openAddress_.dataset == address_.dataset) {
            throw;
        }
        throw Error(OgrFeatureSource::tr("Cannot open layer %1 of %2 with options %3: %4")
                        .arg(openAddress_.layer, address_.dataset, address_.openOptions.join(u' '),
                             lastGdalError()));
    }
    const QString layerName = QString::fromUtf8(layer->GetName());
    const OGRSpatialReference* srs = layer->GetSpatialRef();
    if (!address_.crsOverride.isEmpty()) {
        try {
            crs_ = Crs::fromUserInput(address_.crsOverride);
        } catch (const Error& error) {
            throw Error(OgrFeatureSource::tr("Layer %1 of %2: %3")
                            .arg(layerName, address_.dataset, error.message()));
        }
    } else if (!srs) {
        throw Error(QCoreApplication::translate("gis::OgrFeatureSource",
                                                "Layer %1 of %2 has no coordinate reference system")
                        .arg(layerName, address_.dataset));
    } else {
        crs_ = crsOf(*srs, layerName, address_.dataset);
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
    return std::make_unique<OgrFeatureIterator>(openAddress_, query);
}

std::vector<Feature> OgrFeatureSource::fetch(const std::vector<std::int64_t>& ids,
                                             const QStringList& columns) const {
    OGRLayer* layer = nullptr;
    GdalDatasetPtr dataset = openOgrDataset(openAddress_, &layer);
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
