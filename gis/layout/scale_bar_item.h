// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "gis/layout/layout_item.h"

namespace gis {

struct MapFrameState;

/// A scale bar for a map frame, true at the frame's centre: its length comes from the frame's
/// geodesic scale there, so it is right in any CRS. Segments are round ground lengths (1, 2, 2.5
/// or 5 × 10^k) in metres or kilometres, as long as fit the item's width.
class ScaleBarItem : public LayoutItem {
    Q_DECLARE_TR_FUNCTIONS(ScaleBarItem)

public:
    enum class Units { Auto, Metres, Kilometres };
    enum class Style { AlternatingBoxes, DoubleBoxes, TickLine };

    /// The bar as drawn: its length on the page and the ground length it stands for.
    struct Geometry {
        double segmentMetres = 0;
        int segments = 0;
        double lengthMm = 0;
        double groundMetres = 0;
        bool kilometres = true;
    };

    LayoutItemKind kind() const override { return LayoutItemKind::ScaleBar; }
    std::unique_ptr<LayoutItem> clone() const override;
    void draw(LayoutPaintContext& context) const override;

    /// The bar for a frame at 1:`scaleDenominator`; empty (0 segments) when the scale is unknown.
    Geometry geometry(double scaleDenominator) const;
    /// Where the bar starts, in millimetres on the page (its left end, on the bar's top line).
    QPointF barOriginMm() const;

    QString frameId;
    Units units = Units::Auto;
    Style style = Style::AlternatingBoxes;
    int segments = 4;
    /// Also write "1:N" above the bar.
    bool showRatio = true;
    double fontSizePt = 7.5;

protected:
    void writeProperties(QJsonObject& json) const override;
    void readProperties(const QJsonObject& json) override;
};

}  // namespace gis
