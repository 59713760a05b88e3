// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gis/crs.h"
#include "gis/feature.h"

#include <QRectF>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace gis {

enum class FieldType { Integer, Real, Text, Date, DateTime, Other };

struct Field {
    QString name;
    FieldType type = FieldType::Text;
};

/// What a query asks a source for: the features intersecting `rect` (in the source's CRS; a null
/// rect means everything), with only `columns` read.
struct FeatureQuery {
    QRectF rect;
    QStringList columns;
};

/// Streams the features of one query. Owns its own data handle, so it may run on any one thread.
class FeatureIterator {
public:
    virtual ~FeatureIterator() = default;
    /// Fills `feature` with the next match; returns false at the end.
    virtual bool next(Feature& feature) = 0;
};

enum class GeometryKind { Point, Line, Polygon, Unknown };

/// A read-only vector data source: answers queries through const methods, so one instance can be
/// shared by render snapshots on several threads at once.
class FeatureSource {
public:
    virtual ~FeatureSource();

    virtual QString description() const = 0;
    virtual Crs crs() const = 0;
    virtual QRectF extent() const = 0;
    virtual GeometryKind geometryKind() const = 0;
    virtual std::vector<Field> fields() const = 0;
    virtual std::int64_t featureCount() const = 0;
    virtual std::unique_ptr<FeatureIterator> query(const FeatureQuery& query) const = 0;
    /// The features with these ids (those that exist), with `columns` read.
    virtual std::vector<Feature> fetch(const std::vector<std::int64_t>& ids,
                                       const QStringList& columns) const = 0;
};

}  // namespace gis
