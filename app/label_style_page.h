// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gis/feature_source.h"
#include "gis/style.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace app {

class ColorButton;

/// The labels part of the style dialog: on or off, the field, size, colour, halo and priority.
/// Settings it does not show (the font, placement …) are kept as they were. GUI thread only.
class LabelStylePage : public QWidget {
    Q_OBJECT
public:
    LabelStylePage(const std::shared_ptr<const gis::FeatureSource>& source,
                   QWidget* parent = nullptr);

    void setLabelStyle(const gis::LabelStyle& label);
    /// Writes what the page shows into `label`.
    void apply(gis::LabelStyle& label) const;

    QCheckBox* enabledBox() const { return enabled_; }
    QComboBox* fieldBox() const { return field_; }

Q_SIGNALS:
    void changed();

private:
    QCheckBox* enabled_;
    QComboBox* field_;
    QDoubleSpinBox* size_;
    QCheckBox* bold_;
    ColorButton* color_;
    ColorButton* halo_;
    QDoubleSpinBox* haloWidth_;
    QSpinBox* priority_;
};

}  // namespace app
