// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <ogr_geometry.h>

#include <QByteArray>
#include <QJsonObject>
#include <QVariantMap>

#include <cstdint>
#include <optional>
#include <vector>

namespace core {

/// One feature's content as a value: geometry as ISO WKB in the layer's CRS (empty when it has
/// none) and the attribute values keyed by field name, typed after the field. Compared exactly, so
/// undo and redo can be checked to restore the same bytes.
struct FeatureState {
    QByteArray wkb;
    QVariantMap attributes;

    bool operator==(const FeatureState& other) const = default;

    /// The geometry, or null when the feature has none.
    OGRGeometryUniquePtr geometry() const;
    static QByteArray toWkb(const OGRGeometry& geometry);

    QJsonObject toJson() const;
    static FeatureState fromJson(const QJsonObject& object);
    /// Attribute values from JSON: null as an invalid QVariant; numbers come back as doubles,
    /// which compare equal to the integers they were.
    static QVariantMap attributesFromJson(const QJsonObject& object);
    /// The attributes as compact JSON text (history rows).
    QString attributesJson() const;
};

/// What one undo step does to one feature: its state before and after; no state means the feature
/// does not exist (before an add, after a delete). New features carry negative ids until saved.
struct FeatureChange {
    std::int64_t fid = -1;
    std::optional<FeatureState> before;
    std::optional<FeatureState> after;
};

using FeatureChanges = std::vector<FeatureChange>;

}  // namespace core
