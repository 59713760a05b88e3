// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gis/attribute_lookup.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <vector>

namespace gis {

enum class FilterOp {
    And,
    Or,
    Not,
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    In,
    IsNull,
    Like,
    Between
};

/// One side of a predicate: a field, or a literal (a number or a string; invalid = NULL).
struct FilterOperand {
    bool isField = false;
    QString field;
    QVariant literal;

    static FilterOperand ofField(const QString& name) { return {true, name, {}}; }
    static FilterOperand ofLiteral(const QVariant& value) { return {false, {}, value}; }
};

/// A node of a parsed filter. And/Or hold two or more `children`, Not holds one. The predicates
/// hold `operands`: a comparison two; In the tested value then the list; IsNull one; Like the
/// value and a pattern (% any run, _ one character, \ escapes); Between the value, low and high.
struct FilterNode {
    FilterOp op = FilterOp::And;
    std::vector<FilterNode> children;
    std::vector<FilterOperand> operands;
};

/// A safe attribute filter for rule-based styles, in a small SQL-like language that maps one to
/// one onto OGC filters: comparisons (= <> < <= > >=), AND, OR, NOT, parentheses, IN (...),
/// IS [NOT] NULL, [NOT] LIKE, [NOT] BETWEEN ... AND ..., 'strings', numbers and field names (bare,
/// or "double quoted"). Values compare as numbers when either side is a number and both convert,
/// otherwise as case-sensitive text. NULL follows SQL: a comparison with NULL is unknown, and only
/// a true filter matches. An empty filter matches every feature.
///
/// A value type: the parsed tree is immutable and shared, so copies are cheap and may be used on
/// any number of threads at once.
class FeatureFilter {
    Q_DECLARE_TR_FUNCTIONS(FeatureFilter)

public:
    FeatureFilter() = default;
    /// Throws gis::Error if the tree is malformed (wrong number of operands or children).
    explicit FeatureFilter(FilterNode root);
    /// Throws gis::Error naming the expression and the character where parsing failed. A blank
    /// expression gives the empty filter.
    static FeatureFilter parse(const QString& expression);

    bool isEmpty() const { return !root_; }
    const FilterNode* root() const { return root_.get(); }
    /// The canonical text: parse(expression()) gives an equal filter.
    const QString& expression() const { return expression_; }
    bool matches(const AttributeLookup& attributes) const;
    /// Every field the filter reads, in order of first use.
    QStringList fields() const;

    bool operator==(const FeatureFilter& other) const { return expression_ == other.expression_; }

    /// A literal as the filter language writes it: 12, 0.5, 'text', NULL.
    static QString literalText(const QVariant& value);
    /// A field name as the filter language writes it, quoted when it must be.
    static QString fieldText(const QString& name);

private:
    std::shared_ptr<const FilterNode> root_;
    QString expression_;
};

}  // namespace gis
