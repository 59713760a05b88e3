// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "gis/layout/atlas.h"
#include "gis/layout/layout_item.h"
#include "gis/layout/page_setup.h"

#include <QJsonObject>

#include <memory>
#include <vector>

namespace gis {

class MapFrameItem;

/// A print layout (or template): a named page with items drawn in order, first at the bottom,
/// and optional atlas settings. A value type: copying clones the items. JSON is its file and
/// database format.
class PrintLayout {
    Q_DECLARE_TR_FUNCTIONS(PrintLayout)

public:
    static constexpr int kFormatVersion = 1;

    PrintLayout() = default;
    PrintLayout(const PrintLayout& other);
    PrintLayout& operator=(const PrintLayout& other);
    PrintLayout(PrintLayout&&) noexcept = default;
    PrintLayout& operator=(PrintLayout&&) noexcept = default;

    QString name;
    PageSetup page;
    AtlasSettings atlas;
    std::vector<std::unique_ptr<LayoutItem>> items;

    /// Adds an item on top and returns it.
    template <typename Item>
    Item* add(std::unique_ptr<Item> item) {
        Item* added = item.get();
        items.push_back(std::move(item));
        return added;
    }
    LayoutItem* item(const QString& id) const;
    /// The frame atlas pages and world files refer to: the atlas frame, else the first map frame
    /// that locates no other; nullptr when the layout has no map.
    const MapFrameItem* mainFrame() const;

    QJsonObject toJson() const;
    /// Throws gis::Error naming the layout and what is wrong (an unknown item type, a newer
    /// format, two items with one id).
    static PrintLayout fromJson(const QJsonObject& json);
    /// Reads a .json template file; throws gis::Error naming the file.
    static PrintLayout load(const QString& path);
    void save(const QString& path) const;
};

}  // namespace gis
