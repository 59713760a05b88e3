// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/ogr/ogr_feature_iterator.h"

#include "gis/error.h"
#include "gis/gdal_environment.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace gis {

namespace {

QVariant fieldValue(const OGRFeature& feature, int index) {
    if (!feature.IsFieldSetAndNotNull(index)) {
        return {};
    }
    switch (feature.GetFieldDefnRef(index)->GetType()) {
        case OFTInteger:
            return feature.GetFieldAsInteger(index);
        case OFTInteger64:
            return static_cast<qlonglong>(feature.GetFieldAsInteger64(index));
        case OFTReal:
            return feature.GetFieldAsDouble(index);
        default:
            return QString::fromUtf8(feature.GetFieldAsString(index));
    }
}

}  // namespace

namespace {

GdalDatasetPtr openVectorDataset(const OgrLayerAddress& address) {
    initializeGdal();
    const QByteArray path = address.dataset.toUtf8();
    GdalDatasetPtr dataset{GDALDataset::Open(path.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY)};
    if (!dataset) {
        const bool looksLikeFile =
            !address.dataset.contains(QLatin1Char(':')) || QFileInfo(address.dataset).isAbsolute();
        if (looksLikeFile && !QFileInfo::exists(address.dataset)) {
            throw Error(OgrFeatureSource::tr("File not found: %1").arg(address.dataset));
        }
        throw Error(OgrFeatureSource::tr("Cannot open %1 as vector data: %2")
                        .arg(address.dataset, lastGdalError()));
    }
    return dataset;
}

/// The address's layer in `dataset`, with its attribute filter set.
OGRLayer* addressedLayer(GDALDataset& dataset, const OgrLayerAddress& address) {
    OGRLayer* layer = address.layer.isEmpty()
                          ? dataset.GetLayer(0)
                          : dataset.GetLayerByName(address.layer.toUtf8().constData());
    if (!layer) {
        throw Error(OgrFeatureSource::tr("%1 has no layer named \"%2\"")
                        .arg(address.dataset, address.layer));
    }
    if (!address.attributeFilter.isEmpty() &&
        layer->SetAttributeFilter(address.attributeFilter.toUtf8().constData()) != OGRERR_NONE) {
        throw Error(
            OgrFeatureSource::tr("Invalid filter \"%1\" on layer %2 of %3: %4")
                .arg(address.attributeFilter, address.layer, address.dataset, lastGdalError()));
    }
    return layer;
}

}  // namespace

GdalDatasetPtr openOgrDataset(const OgrLayerAddress& address, OGRLayer** layer) {
    GdalDatasetPtr dataset = openVectorDataset(address);
    *layer = addressedLayer(*dataset, address);
    return dataset;
}

OgrFeatureIterator::OgrFeatureIterator(const OgrLayerAddress& address, const FeatureQuery& query)
    : lease_(ThreadDatasetCache::take(address.dataset,
                                      [&address] { return openVectorDataset(address); })),
      layer_(addressedLayer(*lease_.dataset, address)) {
    OGRFeatureDefn* definition = layer_->GetLayerDefn();
    std::vector<const char*> ignored;
    std::vector<QByteArray> wanted;
    for (const QString& column : query.columns) {
        const int index = definition->GetFieldIndex(column.toUtf8().constData());
        if (index < 0) {
            throw Error(OgrFeatureSource::tr("Layer %1 of %2 has no field \"%3\"")
                            .arg(address.layer, address.dataset, column));
        }
        fieldIndexes_.push_back(index);
    }
    // Read only what the query needs: GDAL skips ignored columns at the SQL level.
    for (int i = 0; i < definition->GetFieldCount(); ++i) {
        if (std::find(fieldIndexes_.begin(), fieldIndexes_.end(), i) == fieldIndexes_.end()) {
            ignored.push_back(definition->GetFieldDefn(i)->GetNameRef());
        }
    }
    ignored.push_back(nullptr);
    layer_->SetIgnoredFields(ignored.data());
    if (!query.rect.isNull()) {
        layer_->SetSpatialFilterRect(query.rect.left(), query.rect.top(), query.rect.right(),
                                     query.rect.bottom());
    }
    layer_->ResetReading();
}

OgrFeatureIterator::~OgrFeatureIterator() {
    // The handle goes back to the thread's cache as it was opened.
    layer_->SetAttributeFilter(nullptr);
    layer_->SetSpatialFilter(nullptr);
    layer_->SetIgnoredFields(nullptr);
    layer_->ResetReading();
    ThreadDatasetCache::giveBack(std::move(lease_));
}

bool OgrFeatureIterator::next(Feature& feature) {
    OGRFeatureUniquePtr ogrFeature{layer_->GetNextFeature()};
    if (!ogrFeature) {
        return false;
    }
    feature.id = ogrFeature->GetFID();
    feature.attributes.clear();
    feature.attributes.reserve(fieldIndexes_.size());
    for (int index : fieldIndexes_) {
        feature.attributes.push_back(fieldValue(*ogrFeature, index));
    }
    feature.geometry.reset(ogrFeature->StealGeometry());
    return true;
}

}  // namespace gis
