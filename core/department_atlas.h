// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "core/project.h"
#include "gis/layout/atlas.h"

#include <vector>

namespace core {

/// The atlas of the lead departments (牵头单位): one page per department that leads a task of a
/// located plan item, in catalog order, named after the department, its extent fitted to those
/// items (EPSG:4326) and its layerFilter the lead-only department filter, so that the frame shows
/// only that department's items on the plan layers. Any thread (reads the loaded catalog).
class DepartmentAtlas {
    Q_DECLARE_TR_FUNCTIONS(DepartmentAtlas)

public:
    /// The coverage name that selects this atlas (`export-map --atlas departments`).
    static constexpr const char* kCoverage = "departments";

    /// Throws gis::Error when no department leads a located item.
    static std::vector<gis::AtlasPage> pages(const Project& project,
                                             const gis::AtlasSettings& settings);
};

}  // namespace core
