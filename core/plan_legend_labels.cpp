// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan_legend_labels.h"

#include <array>

namespace core {

namespace {

struct LegendEntry {
    const char* field;
    const char* value;
    const char* zh;
    const char* en;
};

// Plan data, like the layer names, rather than interface text: both languages are stored.
constexpr std::array<LegendEntry, 39> kEntries{{
    {"kind", "city", "城市", "City"},
    {"kind", "new_area", "新区", "New area"},
    {"kind", "county", "县", "County"},
    {"kind", "town", "城镇", "Town"},
    {"kind", "metropolitan_area", "都市圈", "Metropolitan area"},
    {"kind", "demonstration_zone", "示范区", "Demonstration zone"},
    {"kind", "development_axis", "发展轴", "Development axis"},
    {"kind", "ecological_corridor", "生态廊道", "Ecological corridor"},
    {"kind", "ecological_zone", "生态功能区", "Ecological zone"},
    {"kind", "protected_area", "自然保护地", "Protected area"},
    {"kind", "water_project", "水利工程", "Water project"},
    {"kind", "railway", "铁路", "Railway"},
    {"kind", "highway", "公路", "Highway"},
    {"kind", "airport", "机场", "Airport"},
    {"kind", "energy_base", "能源基地", "Energy base"},
    {"kind", "power_line", "输电线路", "Power line"},
    {"kind", "power_station", "电站", "Power station"},
    {"kind", "pumped_storage", "抽水蓄能", "Pumped storage"},
    {"kind", "logistics_hub", "物流枢纽", "Logistics hub"},
    {"kind", "bonded_zone", "保税区", "Bonded zone"},
    {"kind", "industrial_park", "园区", "Industrial park"},
    {"kind", "tourism_area", "旅游区", "Tourism area"},
    {"kind", "facility", "设施", "Facility"},
    {"status", "construction_start", "开工建设", "Construction starts"},
    {"status", "accelerate", "加快推进", "Accelerate"},
    {"status", "preparatory", "开展前期工作", "Preparatory work"},
    {"status", "study", "研究谋划", "Study"},
    {"status", "complete", "建成", "Completed by 2025"},
    {"status", "upgrade", "改造提升", "Upgrade"},
    {"status", "build", "建设", "Build"},
    {"status", "protect", "保护修复", "Protect and restore"},
    {"status", "develop", "发展", "Develop"},
    {"tier", "central", "中心城市", "Central city"},
    {"tier", "metropolitan", "都市圈城市", "Metropolitan city"},
    {"tier", "node", "节点城市", "Node city"},
    {"tier", "county", "县城与城镇", "County seat or town"},
    {"wdb_level", "1", "干流", "Main river"},
    {"wdb_level", "2", "主要支流", "Major tributary"},
    {"wdb_level", "3", "支流", "Tributary"},
}};

const LegendEntry* find(const QString& field, const QVariant& value) {
    const QString text = value.toString();
    for (const LegendEntry& entry : kEntries) {
        if (field == QLatin1String(entry.field) && text == QLatin1String(entry.value)) {
            return &entry;
        }
    }
    return nullptr;
}

bool isChinese(const QLocale& locale) {
    return locale.language() == QLocale::Chinese;
}

}  // namespace

QString PlanLegendLabels::label(const QString& field, const QVariant& value,
                                const QLocale& locale) {
    const LegendEntry* entry = find(field, value);
    if (!entry) {
        return {};
    }
    return isChinese(locale) ? QString::fromUtf8(entry->zh) : QString::fromUtf8(entry->en);
}

QString PlanLegendLabels::chineseLabel(const QString& field, const QVariant& value) {
    const LegendEntry* entry = find(field, value);
    return entry ? QString::fromUtf8(entry->zh) : QString();
}

gis::Style PlanLegendLabels::localized(gis::Style style, const QLocale& locale) {
    for (gis::Category& category : style.categories) {
        const LegendEntry* entry = find(style.categoryField, category.value);
        if (entry && (category.label.isEmpty() || category.label == QString::fromUtf8(entry->zh))) {
            category.label = label(style.categoryField, category.value, locale);
        }
    }
    return style;
}

}  // namespace core
