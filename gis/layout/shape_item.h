// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gis/layout/layout_item.h"

namespace gis {

/// A rectangle (a box, a title band) or a line from the top-left to the bottom-right corner of
/// its rectangle (horizontal when the rectangle has no height).
class ShapeItem : public LayoutItem {
public:
    enum class Shape { Rectangle, Line };

    LayoutItemKind kind() const override { return LayoutItemKind::Shape; }
    std::unique_ptr<LayoutItem> clone() const override;
    void draw(LayoutPaintContext& context) const override;

    Shape shape = Shape::Rectangle;
    QColor strokeColor = QColor(40, 40, 40);
    double strokeWidthMm = 0.3;
    QColor fillColor = Qt::transparent;

protected:
    void writeProperties(QJsonObject& json) const override;
    void readProperties(const QJsonObject& json) override;
};

}  // namespace gis
