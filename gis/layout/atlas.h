// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "gis/crs.h"
#include "gis/feature_source.h"

#include <QJsonObject>
#include <QRectF>
#include <QString>
#include <QVariantMap>

#include <vector>

namespace gis {

/// How a layout becomes an atlas: one page per feature of a coverage layer (optionally filtered),
/// the map frame `frameId` zoomed to the feature with a margin, and its name in {atlas.name}.
/// A point feature gets a square `pointExtentKm` wide around it.
struct AtlasSettings {
    QString coverage;
    QString filter;
    /// Empty: the first of name_zh, name, NAME, name_en the layer has, else the feature id.
    QString nameField;
    QString frameId;
    double marginPercent = 10;
    double pointExtentKm = 80;

    bool isEnabled() const { return !coverage.isEmpty(); }
    QJsonObject toJson() const;
    static AtlasSettings fromJson(const QJsonObject& json);
};

/// One page of an atlas: its feature's name and attributes, and the feature's extent in `crs`
/// (the coverage layer's CRS).
struct AtlasPage {
    int index = 0;
    int count = 1;
    QString name;
    QVariantMap attributes;
    QRectF extent;
    Crs crs;
    /// How a frame following the atlas grows the extent: by a margin on each side, and to at
    /// least this size (for points).
    double marginPercent = 10;
    double minimumSizeMetres = 0;
    /// An SQL WHERE clause the data source applies to its filterable layers in the frames that
    /// follow this page (see LayoutDataSource::pageLayers); empty: the layers as they are.
    QString layerFilter;
};

/// Reads the pages of an atlas from its coverage layer. Any thread (it queries the source).
class AtlasPages {
    Q_DECLARE_TR_FUNCTIONS(AtlasPages)

public:
    /// In the coverage's feature order. Throws gis::Error when the name field is not a field of
    /// the layer or the layer has no features.
    static std::vector<AtlasPage> read(const FeatureSource& coverage,
                                       const AtlasSettings& settings);
    /// The name field actually used (see AtlasSettings::nameField).
    static QString nameField(const FeatureSource& coverage, const AtlasSettings& settings);
};

}  // namespace gis
