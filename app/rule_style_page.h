// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gis/feature_source.h"
#include "gis/style.h"

#include <QWidget>

namespace app {

class SymbolClassList;

/// The rule-based part of the style dialog: rules with a label, a filter expression (see
/// gis::FeatureFilter; "ELSE" makes an else rule) and a scale range, each with its symbol.
/// GUI thread only.
class RuleStylePage : public QWidget {
    Q_OBJECT
public:
    explicit RuleStylePage(gis::GeometryKind kind, QWidget* parent = nullptr);

    void setStyle(const gis::Style& style);
    /// Writes the rules into `style`. Throws gis::Error naming the rule whose filter or scale
    /// does not parse.
    void apply(gis::Style& style) const;
    void addRule(const QString& label, const QString& filter);

    SymbolClassList* ruleList() const { return rules_; }

Q_SIGNALS:
    void changed();

private:
    gis::Symbol base_;
    SymbolClassList* rules_;
};

}  // namespace app
