// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/map_tool.h"

#include "app/map_canvas.h"

namespace app {

MapTool::MapTool(MapCanvas* canvas) : QObject(canvas), canvas_(canvas) {}

}  // namespace app
