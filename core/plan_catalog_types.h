// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan_vocabulary.h"

#include <QRectF>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace core {

/// A body named as responsible (责任单位), normalised: "两省发展改革委" is two departments.
struct Department {
    QString id;
    QString nameZh;
    QString nameEn;
    QString province;  // gansu, qinghai, national or empty
};

/// A numbered task of the plan (e.g. 二.(一).1) with its lead and all responsible departments.
struct PlanTask {
    QString id;
    QString section;
    QString titleZh;
    QString paragraphZh;
    QStringList leadDepartmentIds;
    QStringList departmentIds;  // leads included
};

/// A quantified target of the plan (发展目标), ready for monitoring.
struct Indicator {
    QString id;
    QString nameZh;
    QString nameEn;
    double target = 0;
    QString unit;
    QString comparator;  // at_least, at_most, about, equal
    int year = 0;
    QString section;
};

/// A saved view: a name and an extent in lon/lat.
struct Bookmark {
    QString nameZh;
    QString nameEn;
    QRectF extentLonLat;
};

/// The non-spatial part of the catalog as stored in the project's lx_ tables.
struct CatalogTables {
    std::vector<Department> departments;
    std::vector<PlanTask> tasks;
    std::vector<std::pair<QString, QString>> itemTasks;  // (item id, task id)
    std::vector<Indicator> indicators;
};

/// One spatial item of the plan as stored in a plan_* feature table.
struct PlanItem {
    QString id;
    QString nameZh;
    QStringList aliases;
    QString nameEn;
    ItemKind kind = ItemKind::Facility;
    CityTier tier = CityTier::None;
    PlanStatus status = PlanStatus::None;
    QString statusZh;
    QString section;
    QStringList taskIds;
    PositionAccuracy accuracy = PositionAccuracy::Schematic;
    QString geometryNote;
    bool beyondRegion = false;
    QString table;  // plan_point, plan_line or plan_area
    std::int64_t fid = -1;
    QRectF extentLonLat;
    QString wkt;
};

}  // namespace core
