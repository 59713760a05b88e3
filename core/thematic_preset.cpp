// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/thematic_preset.h"

#include "core/plan_layer_styles.h"
#include "core/plan_legend_labels.h"
#include "core/plan_vocabulary.h"

namespace core {

namespace {

/// How much of its colour a layer in the background of a theme keeps.
constexpr double kFaintAlpha = 0.28;

// Whole 8-bit steps, as the style's JSON keeps them, so that a saved theme draws as the preset.
void fadeColor(QColor& color) {
    color.setAlpha(qRound(color.alpha() * kFaintAlpha));
}

void fadeSymbol(gis::Symbol& symbol) {
    fadeColor(symbol.strokeColor);
    fadeColor(symbol.fillColor);
}

/// Every symbol of `style` pale; labels off unless `keepLabels`.
void fade(gis::Style& style, bool keepLabels = false) {
    fadeSymbol(style.defaultSymbol);
    for (gis::Category& category : style.categories) {
        fadeSymbol(category.symbol);
    }
    for (gis::GraduatedClass& graduated : style.classes) {
        fadeSymbol(graduated.symbol);
    }
    for (gis::StyleRule& rule : style.rules) {
        fadeSymbol(rule.symbol);
    }
    style.label.enabled = style.label.enabled && keepLabels;
}

gis::Symbol lineSymbol(const QColor& color, double widthMm, Qt::PenStyle style = Qt::SolidLine) {
    gis::Symbol symbol;
    symbol.strokeColor = color;
    symbol.strokeWidthMm = widthMm;
    symbol.strokeStyle = style;
    return symbol;
}

gis::Symbol areaSymbol(const QColor& fill, const QColor& stroke, double widthMm,
                       Qt::PenStyle style = Qt::SolidLine, gis::Hatch hatch = gis::Hatch::None) {
    gis::Symbol symbol = lineSymbol(stroke, widthMm, style);
    symbol.fillColor = fill;
    symbol.hatch = hatch;
    return symbol;
}

gis::Symbol markerSymbol(gis::MarkerShape shape, double sizeMm, const QColor& fill) {
    gis::Symbol symbol;
    symbol.markerShape = shape;
    symbol.markerSizeMm = sizeMm;
    symbol.fillColor = fill;
    symbol.strokeColor = Qt::white;
    symbol.strokeWidthMm = 0.3;
    return symbol;
}

/// The category of `value` in `style`, added at the end when missing.
gis::Category& category(gis::Style& style, const QString& value) {
    for (gis::Category& existing : style.categories) {
        if (existing.value.toString() == value) {
            return existing;
        }
    }
    gis::Category added;
    added.value = value;
    added.label = PlanLegendLabels::chineseLabel(style.categoryField, value);
    style.categories.push_back(added);
    return style.categories.back();
}

/// Sets the symbol of a category, adding the category when missing.
void emphasize(gis::Style& style, const QString& value, const gis::Symbol& symbol) {
    category(style, value).symbol = symbol;
}

/// Categories by plan item kind; features of other kinds draw with a faint `other`.
gis::Style byKind(const gis::Symbol& other) {
    gis::Style style;
    style.categoryField = QStringLiteral("kind");
    style.defaultSymbol = other;
    return style;
}

gis::LabelStyle areaLabels(const QColor& color, int priority) {
    gis::LabelStyle label;
    label.enabled = true;
    label.field = QStringLiteral("name_zh");
    label.fontSizePt = 8;
    label.priority = priority;
    label.color = color;
    return label;
}

/// The default plan layers' styles, which each theme starts from.
class Defaults {
public:
    Defaults() {
        for (const LayerRecord& record : defaultPlanLayers()) {
            styles_[record.key] = record.style;
        }
    }
    gis::Style style(const QString& key) const { return styles_.at(key); }
    ThematicLayer faint(const QString& key, bool keepLabels = false) const {
        gis::Style faded = style(key);
        fade(faded, keepLabels);
        return {faded, true};
    }
    ThematicLayer asIs(const QString& key) const { return {style(key), true}; }
    ThematicLayer hidden(const QString& key) const { return {style(key), false}; }
    /// City nodes by tier, county seats and towns pale: the first-order places read first.
    ThematicLayer citiesWithFaintCounties() const {
        gis::Style cities = style(QStringLiteral("plan_cities"));
        fadeSymbol(category(cities, QStringLiteral("county")).symbol);
        fadeSymbol(cities.defaultSymbol);
        return {cities, true};
    }

private:
    std::map<QString, gis::Style> styles_;
};

ThematicPreset spatialStructure(const Defaults& defaults) {
    ThematicPreset preset{QStringLiteral("spatial-structure"),
                          QStringLiteral("兰西城市群空间格局"),
                          QStringLiteral("Spatial structure of the agglomeration"),
                          {}};
    gis::Symbol otherArea = areaSymbol(QColor(150, 150, 150, 20), QColor(150, 150, 150, 60), 0.2);
    gis::Style areas = byKind(otherArea);
    emphasize(areas, QStringLiteral("metropolitan_area"),
              areaSymbol(QColor(240, 150, 60, 45), QColor(215, 110, 30), 0.8, Qt::DashLine));
    emphasize(areas, QStringLiteral("demonstration_zone"),
              areaSymbol(QColor(200, 80, 120, 35), QColor(190, 60, 100), 0.5, Qt::DashDotLine));
    areas.label = areaLabels(QColor(170, 85, 20), 18);

    gis::Style lines = defaults.style(QStringLiteral("plan_lines"));
    fade(lines);
    emphasize(lines, QStringLiteral("development_axis"),
              lineSymbol(QColor(230, 110, 30, 190), 2.8));

    preset.layers = {
        {QStringLiteral("base_province"), defaults.asIs(QStringLiteral("base_province"))},
        {QStringLiteral("base_lake"), defaults.asIs(QStringLiteral("base_lake"))},
        {QStringLiteral("base_river"), defaults.asIs(QStringLiteral("base_river"))},
        {QStringLiteral("plan_ecology"), defaults.faint(QStringLiteral("plan_ecology"))},
        {QStringLiteral("plan_areas"), {areas, true}},
        {QStringLiteral("plan_lines"), {lines, true}},
        {QStringLiteral("plan_projects"), defaults.hidden(QStringLiteral("plan_projects"))},
        {QStringLiteral("plan_cities"), defaults.citiesWithFaintCounties()}};
    return preset;
}

ThematicPreset transport(const Defaults& defaults) {
    ThematicPreset preset{
        QStringLiteral("transport"), QStringLiteral("综合交通"), QStringLiteral("Transport"), {}};
    gis::Style lines = defaults.style(QStringLiteral("plan_lines"));
    fade(lines);
    emphasize(lines, QStringLiteral("railway"), lineSymbol(QColor(40, 40, 40), 1.0));
    emphasize(lines, QStringLiteral("highway"), lineSymbol(QColor(205, 55, 45), 0.8));

    gis::Style projects = defaults.style(QStringLiteral("plan_projects"));
    fade(projects);
    emphasize(projects, QStringLiteral("airport"),
              markerSymbol(gis::MarkerShape::Triangle, 3.6, QColor(30, 100, 190)));
    emphasize(projects, QStringLiteral("logistics_hub"),
              markerSymbol(gis::MarkerShape::Square, 3.0, QColor(150, 95, 40)));

    preset.layers = {
        {QStringLiteral("base_province"), defaults.asIs(QStringLiteral("base_province"))},
        {QStringLiteral("base_lake"), defaults.faint(QStringLiteral("base_lake"))},
        {QStringLiteral("base_river"), defaults.faint(QStringLiteral("base_river"))},
        {QStringLiteral("plan_ecology"), defaults.faint(QStringLiteral("plan_ecology"))},
        {QStringLiteral("plan_areas"), defaults.hidden(QStringLiteral("plan_areas"))},
        {QStringLiteral("plan_lines"), {lines, true}},
        {QStringLiteral("plan_projects"), {projects, true}},
        {QStringLiteral("plan_cities"), defaults.faint(QStringLiteral("plan_cities"), true)}};
    return preset;
}

ThematicPreset ecologicalSecurity(const Defaults& defaults) {
    ThematicPreset preset{QStringLiteral("ecological-security"),
                          QStringLiteral("生态安全格局"),
                          QStringLiteral("Ecological security"),
                          {}};
    gis::Style ecology = byKind(areaSymbol(QColor(90, 170, 90, 50), QColor(60, 140, 60, 160), 0.3));
    emphasize(ecology, QStringLiteral("ecological_zone"),
              areaSymbol(QColor(110, 185, 90, 90), QColor(50, 130, 50), 0.4));
    emphasize(ecology, QStringLiteral("ecological_corridor"),
              areaSymbol(QColor(40, 150, 120, 110), QColor(20, 120, 90), 0.5, Qt::SolidLine,
                         gis::Hatch::Slash));
    emphasize(ecology, QStringLiteral("protected_area"),
              areaSymbol(QColor(20, 100, 40, 150), QColor(20, 90, 30), 0.6, Qt::SolidLine,
                         gis::Hatch::DiagonalCross));
    ecology.label = areaLabels(QColor(30, 100, 30), 40);

    gis::Style lines = defaults.style(QStringLiteral("plan_lines"));
    fade(lines);
    emphasize(lines, QStringLiteral("ecological_corridor"),
              lineSymbol(QColor(40, 150, 60, 200), 2.2));

    gis::Style lakes = defaults.style(QStringLiteral("base_lake"));
    lakes.defaultSymbol = areaSymbol(QColor(120, 180, 235), QColor(40, 110, 190), 0.35);
    gis::Style rivers = defaults.style(QStringLiteral("base_river"));
    const QColor blue(40, 110, 190);
    rivers.defaultSymbol = lineSymbol(blue, 0.3);
    for (gis::Category& level : rivers.categories) {
        level.symbol.strokeColor = blue;
        level.symbol.strokeWidthMm *= 1.5;
    }

    preset.layers = {
        {QStringLiteral("base_province"), defaults.asIs(QStringLiteral("base_province"))},
        {QStringLiteral("base_lake"), {lakes, true}},
        {QStringLiteral("base_river"), {rivers, true}},
        {QStringLiteral("plan_ecology"), {ecology, true}},
        {QStringLiteral("plan_areas"), defaults.hidden(QStringLiteral("plan_areas"))},
        {QStringLiteral("plan_lines"), {lines, true}},
        {QStringLiteral("plan_projects"), defaults.hidden(QStringLiteral("plan_projects"))},
        {QStringLiteral("plan_cities"), defaults.faint(QStringLiteral("plan_cities"), true)}};
    return preset;
}

ThematicPreset energy(const Defaults& defaults) {
    ThematicPreset preset{
        QStringLiteral("energy"), QStringLiteral("能源"), QStringLiteral("Energy"), {}};
    const QColor water(30, 120, 200);
    const QColor power(150, 70, 170);
    gis::Style areas =
        byKind(areaSymbol(QColor(150, 150, 150, 15), QColor(150, 150, 150, 50), 0.2));
    emphasize(areas, QStringLiteral("energy_base"),
              areaSymbol(QColor(240, 180, 40, 110), QColor(200, 130, 20), 0.6, Qt::SolidLine,
                         gis::Hatch::Backslash));
    emphasize(areas, QStringLiteral("water_project"),
              areaSymbol(QColor(30, 120, 200, 70), water, 0.6));
    areas.label = areaLabels(QColor(160, 95, 10), 30);

    gis::Style lines = defaults.style(QStringLiteral("plan_lines"));
    fade(lines);
    emphasize(lines, QStringLiteral("power_line"), lineSymbol(power, 0.9, Qt::DashLine));
    emphasize(lines, QStringLiteral("water_project"), lineSymbol(water, 0.9));

    gis::Style projects = defaults.style(QStringLiteral("plan_projects"));
    fade(projects);
    emphasize(projects, QStringLiteral("pumped_storage"),
              markerSymbol(gis::MarkerShape::Diamond, 3.6, QColor(40, 90, 190)));
    emphasize(projects, QStringLiteral("power_station"),
              markerSymbol(gis::MarkerShape::Diamond, 3.2, power));
    emphasize(projects, QStringLiteral("water_project"),
              markerSymbol(gis::MarkerShape::Circle, 3.0, water));

    preset.layers = {
        {QStringLiteral("base_province"), defaults.asIs(QStringLiteral("base_province"))},
        {QStringLiteral("base_lake"), defaults.asIs(QStringLiteral("base_lake"))},
        {QStringLiteral("base_river"), defaults.asIs(QStringLiteral("base_river"))},
        {QStringLiteral("plan_ecology"), defaults.faint(QStringLiteral("plan_ecology"))},
        {QStringLiteral("plan_areas"), {areas, true}},
        {QStringLiteral("plan_lines"), {lines, true}},
        {QStringLiteral("plan_projects"), {projects, true}},
        {QStringLiteral("plan_cities"), defaults.faint(QStringLiteral("plan_cities"), true)}};
    return preset;
}

/// One colour per status, from "starting now" (warm) to "ongoing" (cool).
QColor statusColor(PlanStatus status) {
    switch (status) {
        case PlanStatus::ConstructionStart:
            return QColor(215, 40, 40);
        case PlanStatus::Accelerate:
            return QColor(245, 120, 40);
        case PlanStatus::Build:
            return QColor(240, 185, 30);
        case PlanStatus::Complete:
            return QColor(30, 150, 70);
        case PlanStatus::Upgrade:
            return QColor(150, 90, 180);
        case PlanStatus::Preparatory:
            return QColor(60, 140, 210);
        case PlanStatus::Study:
            return QColor(30, 70, 150);
        case PlanStatus::Protect:
            return QColor(110, 180, 90);
        case PlanStatus::Develop:
        case PlanStatus::None:
            break;
    }
    return QColor(130, 130, 130);
}

/// Categories for every status the plan states, each drawn by `symbolOf(colour)`.
template <typename MakeSymbol>
gis::Style byStatus(const gis::Symbol& other, MakeSymbol symbolOf) {
    gis::Style style;
    style.categoryField = QStringLiteral("status");
    style.defaultSymbol = other;
    for (const PlanStatus status : PlanVocabulary::allStatuses()) {
        if (status != PlanStatus::None) {
            emphasize(style, PlanVocabulary::key(status), symbolOf(statusColor(status)));
        }
    }
    return style;
}

ThematicPreset projectStatus(const Defaults& defaults) {
    ThematicPreset preset{QStringLiteral("project-status"),
                          QStringLiteral("重点项目进展"),
                          QStringLiteral("Key project status"),
                          {}};
    gis::Style projects = byStatus(
        markerSymbol(gis::MarkerShape::Circle, 2.0, QColor(130, 130, 130)),
        [](const QColor& colour) { return markerSymbol(gis::MarkerShape::Circle, 3.0, colour); });
    gis::Style lines = byStatus(lineSymbol(QColor(130, 130, 130), 0.4),
                                [](const QColor& colour) { return lineSymbol(colour, 0.9); });

    preset.layers = {
        {QStringLiteral("base_province"), defaults.asIs(QStringLiteral("base_province"))},
        {QStringLiteral("base_lake"), defaults.faint(QStringLiteral("base_lake"))},
        {QStringLiteral("base_river"), defaults.faint(QStringLiteral("base_river"))},
        {QStringLiteral("plan_ecology"), defaults.faint(QStringLiteral("plan_ecology"))},
        {QStringLiteral("plan_areas"), defaults.hidden(QStringLiteral("plan_areas"))},
        {QStringLiteral("plan_lines"), {lines, true}},
        {QStringLiteral("plan_projects"), {projects, true}},
        {QStringLiteral("plan_cities"), defaults.faint(QStringLiteral("plan_cities"), true)}};
    return preset;
}

}  // namespace

QString ThematicPreset::title(const QLocale& locale) const {
    return locale.language() == QLocale::Chinese ? titleZh : titleEn;
}

const ThematicLayer* ThematicPreset::layer(const QString& key) const {
    const auto found = layers.find(key);
    return found == layers.end() ? nullptr : &found->second;
}

const std::vector<ThematicPreset>& thematicPresets() {
    static const std::vector<ThematicPreset> presets = [] {
        const Defaults defaults;
        return std::vector<ThematicPreset>{spatialStructure(defaults), transport(defaults),
                                           ecologicalSecurity(defaults), energy(defaults),
                                           projectStatus(defaults)};
    }();
    return presets;
}

const ThematicPreset* findThematicPreset(const QString& id) {
    for (const ThematicPreset& preset : thematicPresets()) {
        if (preset.id == id) {
            return &preset;
        }
    }
    return nullptr;
}

}  // namespace core
