// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/feature_state.h"

#include <ogr_geometry.h>

#include <QJsonDocument>

namespace core {

OGRGeometryUniquePtr FeatureState::geometry() const {
    if (wkb.isEmpty()) {
        return nullptr;
    }
    OGRGeometry* raw = nullptr;
    OGRGeometryFactory::createFromWkb(wkb.constData(), nullptr, &raw, wkb.size());
    return OGRGeometryUniquePtr(raw);
}

QByteArray FeatureState::toWkb(const OGRGeometry& geometry) {
    QByteArray bytes(int(geometry.WkbSize()), Qt::Uninitialized);
    geometry.exportToWkb(wkbNDR, reinterpret_cast<unsigned char*>(bytes.data()), wkbVariantIso);
    return bytes;
}

QJsonObject FeatureState::toJson() const {
    return {{QStringLiteral("wkb"), QString::fromLatin1(wkb.toBase64())},
            {QStringLiteral("attributes"), QJsonObject::fromVariantMap(attributes)}};
}

QVariantMap FeatureState::attributesFromJson(const QJsonObject& object) {
    QVariantMap attributes;
    for (auto it = object.begin(); it != object.end(); ++it) {
        // JSON null reads back as a QVariant holding nullptr; a missing value is an invalid one.
        attributes.insert(it.key(), it.value().isNull() ? QVariant() : it.value().toVariant());
    }
    return attributes;
}

FeatureState FeatureState::fromJson(const QJsonObject& object) {
    FeatureState state;
    state.wkb = QByteArray::fromBase64(object.value(QStringLiteral("wkb")).toString().toLatin1());
    state.attributes = attributesFromJson(object.value(QStringLiteral("attributes")).toObject());
    return state;
}

QString FeatureState::attributesJson() const {
    return QString::fromUtf8(
        QJsonDocument(QJsonObject::fromVariantMap(attributes)).toJson(QJsonDocument::Compact));
}

}  // namespace core
