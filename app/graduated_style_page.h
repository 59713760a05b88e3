// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gis/feature_source.h"
#include "gis/style.h"
#include "gis/style_classifier.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QSpinBox;

namespace app {

class ColorButton;
class SymbolClassList;

/// The graduated part of the style dialog: a numeric field classified by equal interval,
/// quantile or natural breaks (gis::StyleClassifier) into classes coloured along a ramp.
/// GUI thread only.
class GraduatedStylePage : public QWidget {
    Q_OBJECT
public:
    GraduatedStylePage(std::shared_ptr<const gis::FeatureSource> source, gis::GeometryKind kind,
                       QWidget* parent = nullptr);

    void setStyle(const gis::Style& style);
    /// Writes the field and classes into `style`.
    void apply(gis::Style& style) const;
    /// Reads the field's values and makes the classes. Returns false (and changes nothing) when
    /// the field has no numbers.
    bool classify();

    QComboBox* fieldBox() const { return field_; }
    QComboBox* methodBox() const { return method_; }
    QSpinBox* classCountBox() const { return count_; }
    ColorButton* rampStartButton() const { return from_; }
    ColorButton* rampEndButton() const { return to_; }
    SymbolClassList* classList() const { return classes_; }

Q_SIGNALS:
    void changed();

private:
    std::shared_ptr<const gis::FeatureSource> source_;
    gis::GeometryKind kind_;
    gis::Symbol base_;
    QComboBox* field_;
    QComboBox* method_;
    QSpinBox* count_;
    ColorButton* from_;
    ColorButton* to_;
    SymbolClassList* classes_;
    std::vector<std::pair<double, double>> bounds_;  // aligned with the rows of classes_
};

}  // namespace app
