// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "gis/feature_source.h"

#include <ogr_core.h>

namespace gis {

/// Where an OGR layer lives: a GDAL dataset name, the layer in it, and an optional OGR SQL
/// attribute filter that restricts the layer to a subset.
struct OgrLayerAddress {
    QString dataset;
    QString layer;
    QString attributeFilter;
    /// GDAL open options, "KEY=VALUE" (e.g. X_POSSIBLE_NAMES=lon for a CSV file).
    QStringList openOptions;
    /// A CRS that replaces the layer's own (for data with none, or one PROJ does not know).
    QString crsOverride;
};

/// The kind of geometry an OGR geometry type draws as (multi-types count as their single kind).
GeometryKind geometryKindOf(OGRwkbGeometryType type);

/// A FeatureSource over any GDAL/OGR vector layer. The constructor opens the dataset once to read
/// the layer's metadata and throws gis::Error naming the file and layer if that fails; each query
/// then opens its own handle, so queries may run concurrently on worker threads.
class OgrFeatureSource final : public FeatureSource {
    Q_DECLARE_TR_FUNCTIONS(OgrFeatureSource)

public:
    explicit OgrFeatureSource(OgrLayerAddress address);

    const OgrLayerAddress& address() const { return address_; }

    QString description() const override;
    Crs crs() const override { return crs_; }
    QRectF extent() const override { return extent_; }
    GeometryKind geometryKind() const override { return geometryKind_; }
    std::vector<Field> fields() const override { return fields_; }
    std::int64_t featureCount() const override { return featureCount_; }
    std::unique_ptr<FeatureIterator> query(const FeatureQuery& query) const override;
    std::vector<Feature> fetch(const std::vector<std::int64_t>& ids,
                               const QStringList& columns) const override;

private:
    OgrLayerAddress address_;
    OgrLayerAddress openAddress_;  // what GDAL opens: address_ with its open options in the name
    Crs crs_;
    QRectF extent_;
    GeometryKind geometryKind_ = GeometryKind::Unknown;
    std::vector<Field> fields_;
    std::int64_t featureCount_ = 0;
};

}  // namespace gis
