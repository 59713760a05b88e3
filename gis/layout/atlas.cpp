// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/layout/atlas.h"

#include "gis/error.h"

namespace gis {

QJsonObject AtlasSettings::toJson() const {
    return {{"coverage", coverage},
            {"filter", filter},
            {"name_field", nameField},
            {"frame", frameId},
            {"margin_percent", marginPercent},
            {"point_extent_km", pointExtentKm}};
}

AtlasSettings AtlasSettings::fromJson(const QJsonObject& json) {
    AtlasSettings settings;
    settings.coverage = json["coverage"].toString();
    settings.filter = json["filter"].toString();
    settings.nameField = json["name_field"].toString();
    settings.frameId = json["frame"].toString();
    settings.marginPercent = json["margin_percent"].toDouble(10);
    settings.pointExtentKm = json["point_extent_km"].toDouble(80);
    return settings;
}

QString AtlasPages::nameField(const FeatureSource& coverage, const AtlasSettings& settings) {
    QStringList names;
    for (const Field& field : coverage.fields()) {
        names << field.name;
    }
    if (!settings.nameField.isEmpty()) {
        if (!names.contains(settings.nameField, Qt::CaseInsensitive)) {
            throw Error(tr("Atlas coverage %1 has no field \"%2\" (its fields: %3)")
                            .arg(coverage.description(), settings.nameField, names.join(", ")));
        }
        return settings.nameField;
    }
    for (const char* candidate : {"name_zh", "name", "NAME", "name_en"}) {
        if (names.contains(QLatin1String(candidate))) {
            return QLatin1String(candidate);
        }
    }
    return {};
}

std::vector<AtlasPage> AtlasPages::read(const FeatureSource& coverage,
                                        const AtlasSettings& settings) {
    const QString field = nameField(coverage, settings);
    QStringList columns;
    for (const Field& f : coverage.fields()) {
        columns << f.name;
    }
    std::vector<AtlasPage> pages;
    const std::unique_ptr<FeatureIterator> features = coverage.query({QRectF(), columns});
    Feature feature;
    while (features->next(feature)) {
        if (!feature.geometry || feature.geometry->IsEmpty()) {
            continue;
        }
        AtlasPage page;
        for (qsizetype i = 0; i < columns.size() && i < qsizetype(feature.attributes.size()); ++i) {
            page.attributes.insert(columns[i], feature.attributes[size_t(i)]);
        }
        page.name =
            field.isEmpty() ? QString::number(feature.id) : page.attributes.value(field).toString();
        OGREnvelope envelope;
        feature.geometry->getEnvelope(&envelope);
        page.extent =
            QRectF(QPointF(envelope.MinX, envelope.MinY), QPointF(envelope.MaxX, envelope.MaxY));
        page.crs = coverage.crs();
        page.marginPercent = settings.marginPercent;
        if (page.extent.width() <= 0 && page.extent.height() <= 0) {
            page.minimumSizeMetres = settings.pointExtentKm * 1000;
        }
        page.index = int(pages.size());
        pages.push_back(std::move(page));
    }
    if (pages.empty()) {
        throw Error(
            tr("Atlas coverage %1 has no features with a geometry").arg(coverage.description()));
    }
    for (AtlasPage& page : pages) {
        page.count = int(pages.size());
    }
    return pages;
}

}  // namespace gis
