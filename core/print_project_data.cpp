// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/print_project_data.h"

#include "core/thematic_preset.h"
#include "gis/error.h"
#include "gis/ogr/ogr_feature_source.h"

#include <QFileInfo>

namespace core {

namespace {

/// The inset locator map shows the provinces and the large lakes only.
const QStringList kLocatorLayers{"base_province", "base_lake"};

}  // namespace

PrintProjectData::PrintProjectData(const Project& project, const QLocale& locale)
    : project_(project), locale_(locale) {}

std::vector<gis::MapLayer> PrintProjectData::layers(const QString& themeId,
                                                    double scaleDenominator) const {
    return layersOf(project_, themeId, scaleDenominator);
}

std::vector<gis::MapLayer> PrintProjectData::pageLayers(const QString& themeId,
                                                        double scaleDenominator,
                                                        const gis::AtlasPage& page) const {
    if (page.layerFilter.isEmpty()) {
        return layers(themeId, scaleDenominator);
    }
    // A copy with its own plan filter reopens only its sources; the project stays as it is.
    Project filtered = project_;
    filtered.setPlanFilter(
        project_.planFilter().isEmpty()
            ? page.layerFilter
            : QStringLiteral("(%1) AND (%2)").arg(project_.planFilter(), page.layerFilter));
    return layersOf(filtered, themeId, scaleDenominator);
}

std::vector<gis::MapLayer> PrintProjectData::layersOf(const Project& project,
                                                      const QString& themeId,
                                                      double scaleDenominator) const {
    std::vector<gis::MapLayer> layers =
        project.mapLayers(locale_, scaleDenominator, findThematicPreset(themeId));
    if (themeId == QLatin1String(kLocatorTheme)) {
        for (gis::MapLayer& layer : layers) {
            layer.visible = kLocatorLayers.contains(layer.id) && layer.source != nullptr;
        }
    }
    return layers;
}

std::shared_ptr<const gis::FeatureSource> PrintProjectData::coverage(const QString& name,
                                                                     const QString& filter) const {
    const auto combined = [&filter](const QString& own) {
        if (filter.isEmpty()) {
            return own;
        }
        return own.isEmpty() ? filter : QStringLiteral("(%1) AND (%2)").arg(own, filter);
    };
    if (name == QLatin1String(kPrefectures)) {
        return std::make_shared<gis::OgrFeatureSource>(
            gis::OgrLayerAddress{project_.path(),
                                 QStringLiteral("plan_point"),
                                 combined(QStringLiteral("kind = 'city'")),
                                 {},
                                 {}});
    }
    for (const LayerRecord& record : project_.layerRecords()) {
        if (record.key == name) {
            return std::make_shared<gis::OgrFeatureSource>(
                gis::OgrLayerAddress{project_.resolvedDataset(record), record.table,
                                     combined(project_.effectiveFilter(record)), record.openOptions,
                                     record.crsOverride});
        }
    }
    // DATASET:LAYER, DATASET, or a table of the project file.
    const qsizetype colon = name.lastIndexOf(u':');
    const bool hasLayer = colon > 1 && QFileInfo::exists(name.left(colon));
    const QString dataset = hasLayer ? name.left(colon) : name;
    if (QFileInfo::exists(dataset)) {
        return std::make_shared<gis::OgrFeatureSource>(gis::OgrLayerAddress{
            dataset, hasLayer ? name.mid(colon + 1) : QString(), filter, {}, {}});
    }
    try {
        return std::make_shared<gis::OgrFeatureSource>(
            gis::OgrLayerAddress{project_.path(), name, filter, {}, {}});
    } catch (const gis::Error&) {
        QStringList keys;
        for (const LayerRecord& record : project_.layerRecords()) {
            keys << record.key;
        }
        throw gis::Error(tr("No atlas coverage \"%1\": not a layer of the project (%2), not "
                            "\"%3\", not a table of the project file and not a file")
                             .arg(name, keys.join(", "), QLatin1String(kPrefectures)));
    }
}

QString PrintProjectData::variable(const QString& name) const {
    if (name == QLatin1String("title")) {
        return project_.title(locale_);
    }
    return {};
}

}  // namespace core
