// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gis/feature_source.h"
#include "gis/style.h"

#include <QWidget>

#include <memory>

class QComboBox;

namespace app {

class SymbolClassList;

/// The categorized part of the style dialog: the field, its unique values classified into
/// categories with a symbol and a label each. GUI thread only.
class CategorizedStylePage : public QWidget {
    Q_OBJECT
public:
    CategorizedStylePage(std::shared_ptr<const gis::FeatureSource> source, gis::GeometryKind kind,
                         QWidget* parent = nullptr);

    void setStyle(const gis::Style& style);
    /// Writes the field and categories into `style`.
    void apply(gis::Style& style) const;
    /// One category per distinct value of the field, coloured around the hue circle; the symbols
    /// of values already classified are kept.
    void classify();

    QComboBox* fieldBox() const { return field_; }
    SymbolClassList* classList() const { return classes_; }

Q_SIGNALS:
    void changed();

private:
    std::shared_ptr<const gis::FeatureSource> source_;
    gis::GeometryKind kind_;
    gis::Symbol base_;
    QComboBox* field_;
    SymbolClassList* classes_;
    std::vector<QVariant> values_;  // aligned with the rows of classes_
};

}  // namespace app
