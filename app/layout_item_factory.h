// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "gis/layout/print_layout.h"

namespace app {

/// Makes new layout items with sensible defaults for the editor's "Add" actions: a unique id in
/// `layout`, a place near the page's top-left corner, and for legends, scale bars and north
/// arrows the layout's main map frame. Does not add the item.
class LayoutItemFactory {
    Q_DECLARE_TR_FUNCTIONS(LayoutItemFactory)

public:
    static std::unique_ptr<gis::LayoutItem> create(const gis::PrintLayout& layout,
                                                   gis::LayoutItemKind kind);
    /// "text", "text2", … : the first id of that stem `layout` does not use.
    static QString uniqueId(const gis::PrintLayout& layout, const QString& stem);
};

}  // namespace app
