// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gis/attribute_lookup.h"
#include "gis/feature_filter.h"

#include <QColor>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <vector>

namespace gis {

enum class MarkerShape { Circle, Square, Triangle, Star, Diamond };

/// How an area is filled: solid, or hatched with lines in the fill colour.
enum class Hatch { None, Horizontal, Vertical, Cross, Slash, Backslash, DiagonalCross };

/// The Qt brush style that draws `hatch` (Qt::SolidPattern for Hatch::None).
Qt::BrushStyle brushStyle(Hatch hatch);

/// How one feature is drawn. Sizes are in millimetres on the output so that the screen, a PNG at
/// 300 dpi and a PDF page show the same map. The fill's opacity is the alpha of `fillColor`.
/// A point with an `svgMarker` (a file path or a resource such as ":/markers/airport.svg") draws
/// that picture, `markerSizeMm` wide and in its own colours, instead of `markerShape`.
struct Symbol {
    QColor strokeColor = QColor(60, 60, 60);
    double strokeWidthMm = 0.26;
    Qt::PenStyle strokeStyle = Qt::SolidLine;
    QColor fillColor = Qt::transparent;
    MarkerShape markerShape = MarkerShape::Circle;
    double markerSizeMm = 2.0;
    Hatch hatch = Hatch::None;
    QString svgMarker;

    bool operator==(const Symbol&) const = default;
};

/// The map scales at which something is drawn, as denominators N of 1:N: from `minDenominator`
/// (inclusive, the most zoomed in) to `maxDenominator` (exclusive, the most zoomed out), as in
/// SLD. Zero means no limit on that side.
struct ScaleRange {
    double minDenominator = 0;
    double maxDenominator = 0;

    /// An unknown scale (0) is inside every range.
    bool contains(double denominator) const;
    bool isUnlimited() const { return minDenominator <= 0 && maxDenominator <= 0; }
    bool operator==(const ScaleRange&) const = default;
};

/// The symbol for features whose category field equals `value`, and how their labels rank and
/// size against the others (0 keeps the layer's label priority and size).
struct Category {
    QVariant value;
    QString label;
    Symbol symbol;
    int labelPriority = 0;
    double labelSizePt = 0;
};

/// The symbol for features whose graduated field is in [lower, upper); the last class of a
/// style also takes its upper bound, so that the largest value is drawn.
struct GraduatedClass {
    double lower = 0;
    double upper = 0;
    QString label;
    Symbol symbol;
};

/// One rule of a rule-based style: features matching `filter` (an empty one matches all) at a
/// scale inside `scaleRange` draw with `symbol`. An else rule applies only to features that no
/// ordinary rule in range matched.
struct StyleRule {
    QString label;
    FeatureFilter filter;
    ScaleRange scaleRange;
    Symbol symbol;
    bool isElse = false;
};

/// Where a label goes: horizontally around its anchor, or glyph by glyph along a line feature
/// (features that are not lines are still labelled horizontally).
enum class LabelPlacement { Horizontal, AlongLine };

/// How a layer's features are labelled. `priority` ranks labels across all layers: a higher one is
/// placed first and wins collisions.
struct LabelStyle {
    bool enabled = false;
    QString field;
    QString fontFamily = QStringLiteral("WenQuanYi Micro Hei");
    double fontSizePt = 9.0;
    bool bold = false;
    QColor color = Qt::black;
    QColor haloColor = Qt::white;
    double haloWidthMm = 0.6;
    int priority = 0;
    LabelPlacement placement = LabelPlacement::Horizontal;
};

enum class StyleKind { Single, Categorized, Graduated, RuleBased };

/// A layer's symbology, plus labels and the scales at which the layer shows at all.
///
/// The kind follows from what is set (see kind()): rules make it rule-based; otherwise a
/// graduated field makes it graduated; otherwise a category field makes it categorized. A
/// categorized or graduated feature that falls in no class draws with `defaultSymbol`. A rule-based
/// style draws a feature once with every rule that matches it, in rule order (SLD semantics),
/// and does not draw features that no rule matches.
///
/// A value type: render snapshots copy it, so edits never race a worker thread.
class Style {
public:
    Symbol defaultSymbol;
    QString categoryField;
    std::vector<Category> categories;
    QString graduatedField;
    std::vector<GraduatedClass> classes;
    std::vector<StyleRule> rules;
    ScaleRange scaleRange;
    LabelStyle label;

    StyleKind kind() const;

    /// The symbols that draw a feature with these attributes at this scale denominator (0 =
    /// unknown), in drawing order, into `symbols` (cleared first). Empty: the feature is not drawn.
    /// At most one unless the style is rule-based. The pointers live as long as the style.
    void symbolsFor(const AttributeLookup& attributes, double scaleDenominator,
                    std::vector<const Symbol*>& symbols) const;
    /// The first of symbolsFor(), or nullptr when the feature is not drawn.
    const Symbol* symbolFor(const AttributeLookup& attributes, double scaleDenominator = 0) const;
    /// The category symbol for a value of `categoryField` (the default symbol if none matches).
    const Symbol& symbolFor(const QVariant& categoryValue) const;

    /// The label style for a feature of this category: priority and size follow the category.
    LabelStyle labelFor(const QVariant& categoryValue) const;
    LabelStyle labelFor(const AttributeLookup& attributes) const;
    /// The attribute columns a renderer must read for this style: the fields of its kind's
    /// classification or rules, then the label field.
    QStringList requiredColumns() const;
    /// How far any of its symbols can reach beyond a feature's geometry, in millimetres: half a
    /// marker plus its outline, or a stroke with its joins.
    double symbolReachMm() const;

    /// The same drawing as a rule-based style: categories and classes become rules with filters
    /// and the default symbol an else rule. Labels and the layer's scale range stay as they are.
    Style toRuleBased() const;

    QJsonObject toJson() const;
    /// Missing keys take their defaults; throws gis::Error on a malformed document.
    static Style fromJson(const QJsonObject& json);
};

}  // namespace gis
