// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gis/layout/print_layout.h"

#include <QStringList>

namespace app {

enum class LayoutAlignment { Left, Right, Top, Bottom, HorizontalCentre, VerticalCentre };

/// Lines up the items named `ids` on one edge (or centre) of their common bounding box; a single
/// item is aligned on the page instead. Unknown ids are ignored.
void alignLayoutItems(gis::PrintLayout& layout, const QStringList& ids, LayoutAlignment alignment);

}  // namespace app
