// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/layer_record.h"

#include <vector>

namespace core {

/// The layers of the default project, bottom first, each with its thematic style: the open base
/// map (provinces, lakes, rivers) under the plan's zones, lines, projects and city nodes (styled by
/// tier: central city, metropolitan-area city, node city, county).
std::vector<LayerRecord> defaultPlanLayers();

}  // namespace core
