// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace core {

/// What a plan item is. The keys ("railway") are what data/ and the project database store.
enum class ItemKind {
    City,
    NewArea,
    County,
    Town,
    MetropolitanArea,
    DemonstrationZone,
    DevelopmentAxis,
    EcologicalCorridor,
    EcologicalZone,
    ProtectedArea,
    WaterProject,
    Railway,
    Highway,
    Airport,
    EnergyBase,
    PowerLine,
    PowerStation,
    PumpedStorage,
    LogisticsHub,
    BondedZone,
    IndustrialPark,
    TourismArea,
    Facility
};

/// What the plan says will happen to an item (开工建设 → ConstructionStart …).
enum class PlanStatus {
    None,
    ConstructionStart,
    Accelerate,
    Preparatory,
    Study,
    Complete,
    Upgrade,
    Build,
    Protect,
    Develop
};

/// How far a geometry can be trusted. Nothing shipped is Surveyed: places are Approximate, lines
/// through named towns and drawn zones Schematic.
enum class PositionAccuracy { Surveyed, Approximate, Schematic };

/// A city's rank in the spatial structure (一带双圈多节点).
enum class CityTier { None, Central, Metropolitan, Node, County };

/// The closed sets of the plan catalog with their storage keys and display labels.
/// Pure functions; any thread.
class PlanVocabulary {
    Q_DECLARE_TR_FUNCTIONS(PlanVocabulary)

public:
    static QString key(ItemKind kind);
    static QString key(PlanStatus status);
    static QString key(PositionAccuracy accuracy);
    static QString key(CityTier tier);
    static std::optional<ItemKind> itemKind(const QString& key);
    static std::optional<PlanStatus> planStatus(const QString& key);
    static std::optional<PositionAccuracy> positionAccuracy(const QString& key);
    static std::optional<CityTier> cityTier(const QString& key);

    /// Labels in the interface language (Chinese source strings, English translation).
    static QString label(ItemKind kind);
    static QString label(PlanStatus status);
    static QString label(PositionAccuracy accuracy);

    static std::vector<ItemKind> allKinds();
    static std::vector<PlanStatus> allStatuses();
};

}  // namespace core
