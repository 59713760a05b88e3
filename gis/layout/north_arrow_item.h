// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "gis/layout/layout_item.h"
#include "gis/map_settings.h"

namespace gis {

/// A north arrow pointing to true north at the centre of a map frame, in that frame's CRS (in a
/// Gauss–Krüger frame it leans by the grid convergence away from the central meridian).
class NorthArrowItem : public LayoutItem {
    Q_DECLARE_TR_FUNCTIONS(NorthArrowItem)

public:
    enum class Style { Arrow, Compass };

    LayoutItemKind kind() const override { return LayoutItemKind::NorthArrow; }
    std::unique_ptr<LayoutItem> clone() const override;
    void draw(LayoutPaintContext& context) const override;

    /// The direction of true north at the centre of the map, in degrees clockwise from the top of
    /// the page.
    static double trueNorthDegrees(const MapSettings& settings);

    QString frameId;
    Style style = Style::Arrow;

protected:
    void writeProperties(QJsonObject& json) const override;
    void readProperties(const QJsonObject& json) override;
};

}  // namespace gis
