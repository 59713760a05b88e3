// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gis/feature_source.h"
#include "gis/style.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QDoubleSpinBox;
class QStackedWidget;
class QTabWidget;

namespace app {

class CategorizedStylePage;
class GraduatedStylePage;
class LabelStylePage;
class RuleStylePage;
class SymbolEditor;

/// Edits a layer's style: a single symbol, categories, graduated classes or rules, the labels and
/// the scales at which the layer shows; imports and exports SLD. Apply and OK emit applied() with
/// the new style; it never touches the project. Settings it has no control for are kept.
/// GUI thread only.
class StyleDialog : public QDialog {
    Q_OBJECT
public:
    StyleDialog(const QString& layerName, const gis::Style& style,
                std::shared_ptr<const gis::FeatureSource> source, QWidget* parent = nullptr);

    /// The style as the dialog shows it. Throws gis::Error when a rule's filter does not parse.
    gis::Style style() const;
    void setStyle(const gis::Style& style);
    /// Emits applied() and returns true, or shows why the style is not valid and returns false.
    bool apply();
    /// Loads an SLD file into the dialog; returns the error message, empty on success.
    QString importSld(const QString& path);
    /// Writes the dialog's style as SLD; returns the error message, empty on success.
    QString exportSld(const QString& path) const;

    QComboBox* kindBox() const { return kind_; }
    SymbolEditor* symbolEditor() const { return single_; }
    CategorizedStylePage* categorizedPage() const { return categorized_; }
    GraduatedStylePage* graduatedPage() const { return graduated_; }
    RuleStylePage* rulePage() const { return rules_; }
    LabelStylePage* labelPage() const { return labels_; }
    QDoubleSpinBox* minScaleBox() const { return minScale_; }
    QDoubleSpinBox* maxScaleBox() const { return maxScale_; }

Q_SIGNALS:
    void applied(const gis::Style& style);

private:
    void kindChosen();
    void chooseSldToImport();
    void chooseSldToExport();

    QString layerName_;
    std::shared_ptr<const gis::FeatureSource> source_;
    gis::GeometryKind geometryKind_;
    gis::Style original_;
    QComboBox* kind_;
    QStackedWidget* pages_;
    SymbolEditor* single_;
    CategorizedStylePage* categorized_;
    GraduatedStylePage* graduated_;
    RuleStylePage* rules_;
    LabelStylePage* labels_;
    QDoubleSpinBox* minScale_;
    QDoubleSpinBox* maxScale_;
};

}  // namespace app
