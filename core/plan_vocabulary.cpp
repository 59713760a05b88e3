// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan_vocabulary.h"

#include <array>
#include <utility>

namespace core {

namespace {

struct KindEntry {
    ItemKind kind;
    const char* key;
    const char* label;
};

// Labels are marked for translation here and translated in PlanVocabulary::label().
constexpr std::array<KindEntry, 23> kKinds{{
    {ItemKind::City, "city", QT_TRANSLATE_NOOP("PlanVocabulary", "City")},
    {ItemKind::NewArea, "new_area", QT_TRANSLATE_NOOP("PlanVocabulary", "New area")},
    {ItemKind::County, "county", QT_TRANSLATE_NOOP("PlanVocabulary", "County")},
    {ItemKind::Town, "town", QT_TRANSLATE_NOOP("PlanVocabulary", "Town")},
    {ItemKind::MetropolitanArea, "metropolitan_area",
     QT_TRANSLATE_NOOP("PlanVocabulary", "Metropolitan area")},
    {ItemKind::DemonstrationZone, "demonstration_zone",
     QT_TRANSLATE_NOOP("PlanVocabulary", "Demonstration zone")},
    {ItemKind::DevelopmentAxis, "development_axis",
     QT_TRANSLATE_NOOP("PlanVocabulary", "Development axis")},
    {ItemKind::EcologicalCorridor, "ecological_corridor",
     QT_TRANSLATE_NOOP("PlanVocabulary", "Ecological corridor")},
    {ItemKind::EcologicalZone, "ecological_zone",
     QT_TRANSLATE_NOOP("PlanVocabulary", "Ecological zone")},
    {ItemKind::ProtectedArea, "protected_area",
     QT_TRANSLATE_NOOP("PlanVocabulary", "Protected area")},
    {ItemKind::WaterProject, "water_project", QT_TRANSLATE_NOOP("PlanVocabulary", "Water project")},
    {ItemKind::Railway, "railway", QT_TRANSLATE_NOOP("PlanVocabulary", "Railway")},
    {ItemKind::Highway, "highway", QT_TRANSLATE_NOOP("PlanVocabulary", "Highway")},
    {ItemKind::Airport, "airport", QT_TRANSLATE_NOOP("PlanVocabulary", "Airport")},
    {ItemKind::EnergyBase, "energy_base", QT_TRANSLATE_NOOP("PlanVocabulary", "Energy base")},
    {ItemKind::PowerLine, "power_line", QT_TRANSLATE_NOOP("PlanVocabulary", "Power line")},
    {ItemKind::PowerStation, "power_station", QT_TRANSLATE_NOOP("PlanVocabulary", "Power station")},
    {ItemKind::PumpedStorage, "pumped_storage",
     QT_TRANSLATE_NOOP("PlanVocabulary", "Pumped-storage station")},
    {ItemKind::LogisticsHub, "logistics_hub", QT_TRANSLATE_NOOP("PlanVocabulary", "Logistics hub")},
    {ItemKind::BondedZone, "bonded_zone", QT_TRANSLATE_NOOP("PlanVocabulary", "Bonded zone")},
    {ItemKind::IndustrialPark, "industrial_park",
     QT_TRANSLATE_NOOP("PlanVocabulary", "Industrial park")},
    {ItemKind::TourismArea, "tourism_area", QT_TRANSLATE_NOOP("PlanVocabulary", "Tourism area")},
    {ItemKind::Facility, "facility", QT_TRANSLATE_NOOP("PlanVocabulary", "Facility")},
}};

struct StatusEntry {
    PlanStatus status;
    const char* key;
    const char* label;
};

constexpr std::array<StatusEntry, 10> kStatuses{{
    {PlanStatus::None, "", QT_TRANSLATE_NOOP("PlanVocabulary", "Not stated")},
    {PlanStatus::ConstructionStart, "construction_start",
     QT_TRANSLATE_NOOP("PlanVocabulary", "Construction starts")},
    {PlanStatus::Accelerate, "accelerate", QT_TRANSLATE_NOOP("PlanVocabulary", "Accelerate")},
    {PlanStatus::Preparatory, "preparatory",
     QT_TRANSLATE_NOOP("PlanVocabulary", "Preparatory work")},
    {PlanStatus::Study, "study", QT_TRANSLATE_NOOP("PlanVocabulary", "Study")},
    {PlanStatus::Complete, "complete", QT_TRANSLATE_NOOP("PlanVocabulary", "Completed by 2025")},
    {PlanStatus::Upgrade, "upgrade", QT_TRANSLATE_NOOP("PlanVocabulary", "Upgrade")},
    {PlanStatus::Build, "build", QT_TRANSLATE_NOOP("PlanVocabulary", "Build")},
    {PlanStatus::Protect, "protect", QT_TRANSLATE_NOOP("PlanVocabulary", "Protect and restore")},
    {PlanStatus::Develop, "develop", QT_TRANSLATE_NOOP("PlanVocabulary", "Develop")},
}};

constexpr std::array<std::pair<PositionAccuracy, const char*>, 3> kAccuracies{{
    {PositionAccuracy::Surveyed, "surveyed"},
    {PositionAccuracy::Approximate, "approximate"},
    {PositionAccuracy::Schematic, "schematic"},
}};

constexpr std::array<std::pair<CityTier, const char*>, 5> kTiers{{
    {CityTier::None, ""},
    {CityTier::Central, "central"},
    {CityTier::Metropolitan, "metropolitan"},
    {CityTier::Node, "node"},
    {CityTier::County, "county"},
}};

}  // namespace

QString PlanVocabulary::key(ItemKind kind) {
    for (const KindEntry& entry : kKinds) {
        if (entry.kind == kind)
            return QString::fromLatin1(entry.key);
    }
    return {};
}

QString PlanVocabulary::key(PlanStatus status) {
    for (const StatusEntry& entry : kStatuses) {
        if (entry.status == status)
            return QString::fromLatin1(entry.key);
    }
    return {};
}

QString PlanVocabulary::key(PositionAccuracy accuracy) {
    for (const auto& [value, key] : kAccuracies) {
        if (value == accuracy)
            return QString::fromLatin1(key);
    }
    return {};
}

QString PlanVocabulary::key(CityTier tier) {
    for (const auto& [value, key] : kTiers) {
        if (value == tier)
            return QString::fromLatin1(key);
    }
    return {};
}

std::optional<ItemKind> PlanVocabulary::itemKind(const QString& key) {
    for (const KindEntry& entry : kKinds) {
        if (key == QLatin1String(entry.key))
            return entry.kind;
    }
    return std::nullopt;
}

std::optional<PlanStatus> PlanVocabulary::planStatus(const QString& key) {
    for (const StatusEntry& entry : kStatuses) {
        if (key == QLatin1String(entry.key))
            return entry.status;
    }
    return std::nullopt;
}

std::optional<PositionAccuracy> PlanVocabulary::positionAccuracy(const QString& key) {
    for (const auto& [value, entryKey] : kAccuracies) {
        if (key == QLatin1String(entryKey))
            return value;
    }
    return std::nullopt;
}

std::optional<CityTier> PlanVocabulary::cityTier(const QString& key) {
    for (const auto& [value, entryKey] : kTiers) {
        if (key == QLatin1String(entryKey))
            return value;
    }
    return std::nullopt;
}

QString PlanVocabulary::label(ItemKind kind) {
    for (const KindEntry& entry : kKinds) {
        if (entry.kind == kind)
            return tr(entry.label);
    }
    return {};
}

QString PlanVocabulary::label(PlanStatus status) {
    for (const StatusEntry& entry : kStatuses) {
        if (entry.status == status)
            return tr(entry.label);
    }
    return {};
}

QString PlanVocabulary::label(PositionAccuracy accuracy) {
    switch (accuracy) {
        case PositionAccuracy::Surveyed:
            return tr("Surveyed");
        case PositionAccuracy::Approximate:
            return tr("Approximate");
        case PositionAccuracy::Schematic:
            return tr("Schematic");
    }
    return {};
}

std::vector<ItemKind> PlanVocabulary::allKinds() {
    std::vector<ItemKind> kinds;
    for (const KindEntry& entry : kKinds)
        kinds.push_back(entry.kind);
    return kinds;
}

std::vector<PlanStatus> PlanVocabulary::allStatuses() {
    std::vector<PlanStatus> statuses;
    for (const StatusEntry& entry : kStatuses)
        statuses.push_back(entry.status);
    return statuses;
}

}  // namespace core
