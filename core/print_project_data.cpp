// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/print_project_data.h"

#include "gis/error.h"
#include "gis/ogr/ogr_feature_source.h"

#include <QFileInfo>

namespace core {

namespace {

/// Until thematic presets are available: which of the default layers each theme shows (empty:
/// as the project shows them).
QStringList themeLayers(const QString& themeId) {
    if (themeId == QLatin1String("spatial-structure")) {
        return {"base_province", "base_lake",  "base_river", "plan_ecology",
                "plan_areas",    "plan_lines", "plan_cities"};
    }
    if (themeId == QLatin1String("transport")) {
        return {"base_province", "base_lake",     "base_river",
                "plan_lines",    "plan_projects", "plan_cities"};
    }
    if (themeId == QLatin1String("ecological-security")) {
        return {"base_province", "base_lake", "base_river", "plan_ecology", "plan_cities"};
    }
    if (themeId == QLatin1String("energy")) {
        return {"base_province", "base_lake",     "base_river",
                "plan_lines",    "plan_projects", "plan_cities"};
    }
    if (themeId == QLatin1String("locator")) {
        return {"base_province", "base_lake"};
    }
    if (themeId == QLatin1String("project-status")) {
        return {"base_province", "base_lake", "base_river", "plan_projects", "plan_cities"};
    }
    return {};
}

/// Until thematic presets are available: key projects coloured by their status.
gis::Style projectStatusStyle(const gis::Style& base) {
    gis::Style style = base;
    style.categoryField = QStringLiteral("status");
    const auto marker = [](const QColor& colour) {
        gis::Symbol symbol;
        symbol.markerShape = gis::MarkerShape::Circle;
        symbol.markerSizeMm = 2.8;
        symbol.fillColor = colour;
        symbol.strokeColor = Qt::white;
        symbol.strokeWidthMm = 0.3;
        return symbol;
    };
    style.categories = {
        {"construction_start", QStringLiteral("新开工"), marker(QColor(215, 25, 28))},
        {"build", QStringLiteral("建设"), marker(QColor(245, 130, 40))},
        {"accelerate", QStringLiteral("加快推进"), marker(QColor(240, 190, 40))},
        {"upgrade", QStringLiteral("改造提升"), marker(QColor(40, 120, 200))},
        {"develop", QStringLiteral("培育发展"), marker(QColor(60, 160, 80))},
        {"preparatory", QStringLiteral("前期工作"), marker(QColor(150, 150, 150))},
        {"protect", QStringLiteral("保护修复"), marker(QColor(30, 150, 140))}};
    return style;
}

}  // namespace

PrintProjectData::PrintProjectData(const Project& project, const QLocale& locale)
    : project_(project), locale_(locale) {}

std::vector<gis::MapLayer> PrintProjectData::layers(const QString& themeId,
                                                    double scaleDenominator) const {
    std::vector<gis::MapLayer> layers = project_.mapLayers(locale_, scaleDenominator);
    const QStringList shown = themeLayers(themeId);
    if (!shown.isEmpty()) {
        for (gis::MapLayer& layer : layers) {
            layer.visible = shown.contains(layer.id) && layer.source != nullptr;
            if (themeId == QLatin1String("project-status") && layer.id == "plan_projects") {
                layer.style = projectStatusStyle(layer.style);
            }
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
