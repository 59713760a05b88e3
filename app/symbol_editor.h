// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gis/feature_source.h"
#include "gis/style.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace app {

class ColorButton;

/// Edits one gis::Symbol: the stroke (colour, width, dash), the fill (colour, opacity, hatch) and,
/// for points, the marker (a shape or one of the SVG icons under :/markers, and its size). Shows
/// only what the geometry kind uses and a preview drawn as the map draws it. GUI thread only.
class SymbolEditor : public QWidget {
    Q_OBJECT
public:
    explicit SymbolEditor(gis::GeometryKind kind, QWidget* parent = nullptr);

    gis::Symbol symbol() const;
    void setSymbol(const gis::Symbol& symbol);

    ColorButton* strokeColorButton() const { return strokeColor_; }
    ColorButton* fillColorButton() const { return fillColor_; }

Q_SIGNALS:
    void changed();

private:
    void updatePreview();

    gis::GeometryKind kind_;
    bool updating_ = false;
    ColorButton* strokeColor_;
    QDoubleSpinBox* strokeWidth_;
    QComboBox* strokeStyle_;
    ColorButton* fillColor_;
    QSpinBox* fillOpacity_;
    QComboBox* hatch_;
    QComboBox* marker_;
    QDoubleSpinBox* markerSize_;
    QLabel* preview_;
};

}  // namespace app
