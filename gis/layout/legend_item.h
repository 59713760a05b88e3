// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "gis/feature_source.h"
#include "gis/layout/layout_item.h"
#include "gis/style.h"

#include <QHash>
#include <QStringList>

#include <vector>

namespace gis {

struct MapFrameState;

/// One line of a legend: a symbol and its text. `key` names it stably for edits: the layer id,
/// then "/" and the category value or the class/rule number.
struct LegendEntry {
    QString key;
    QString label;
    Symbol symbol;
    GeometryKind geometry = GeometryKind::Polygon;
};

/// The legend of a map frame, made from its visible layers and their styles (top layer first),
/// so it always matches the map. Optionally only what appears in the frame. Labels can be
/// replaced, entries hidden and put in another order (by key); entries flow into columns.
class LegendItem : public LayoutItem {
    Q_DECLARE_TR_FUNCTIONS(LegendItem)

public:
    LayoutItemKind kind() const override { return LayoutItemKind::Legend; }
    std::unique_ptr<LayoutItem> clone() const override;
    void draw(LayoutPaintContext& context) const override;

    /// The entries in the order drawn, with the edits applied.
    std::vector<LegendEntry> entries(const MapFrameState& frame) const;

    QString frameId;
    QString title;
    bool onlyInFrame = false;
    /// 0: as many columns as the entries need to fit the item's height.
    int columns = 0;
    double fontSizePt = 8;
    QHash<QString, QString> labels;
    QStringList hidden;
    /// Keys listed here come first, in this order; the others follow in layer order.
    QStringList order;

protected:
    void writeProperties(QJsonObject& json) const override;
    void readProperties(const QJsonObject& json) override;
};

}  // namespace gis
