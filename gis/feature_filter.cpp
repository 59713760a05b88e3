// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/feature_filter.h"

#include "gis/error.h"
#include "gis/filter_parser.h"

#include <QLocale>

#include <optional>

namespace gis {

namespace {

// ---- Evaluation: SQL's three-valued logic ----

enum class Truth { False, True, Unknown };

Truth truthOf(bool value) {
    return value ? Truth::True : Truth::False;
}

bool isNull(const QVariant& value) {
    return !value.isValid() || value.isNull();
}

bool isNumber(const QVariant& value) {
    switch (value.typeId()) {
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
        case QMetaType::Double:
        case QMetaType::Float:
        case QMetaType::Short:
        case QMetaType::UShort:
        case QMetaType::Long:
        case QMetaType::ULong:
        case QMetaType::Bool:
            return true;
        default:
            return false;
    }
}

/// <0, 0 or >0; nullopt when either side is NULL.
std::optional<int> compareValues(const QVariant& a, const QVariant& b) {
    if (isNull(a) || isNull(b)) {
        return std::nullopt;
    }
    if (isNumber(a) || isNumber(b)) {
        bool aOk = false;
        bool bOk = false;
        const double x = a.toDouble(&aOk);
        const double y = b.toDouble(&bOk);
        if (aOk && bOk) {
            return x < y ? -1 : (x > y ? 1 : 0);
        }
    }
    return QString::compare(a.toString(), b.toString());
}

/// SQL LIKE: % matches any run, _ one character, \ makes the next character literal.
bool likeMatches(QStringView text, QStringView pattern) {
    qsizetype t = 0;
    qsizetype p = 0;
    qsizetype starP = -1;
    qsizetype starT = 0;
    while (t < text.size()) {
        if (p < pattern.size()) {
            QChar c = pattern[p];
            if (c == u'%') {
                starP = ++p;
                starT = t;
                continue;
            }
            const bool escaped = c == u'\\' && p + 1 < pattern.size();
            if (escaped) {
                c = pattern[p + 1];
            }
            if ((!escaped && c == u'_') || c == text[t]) {
                p += escaped ? 2 : 1;
                ++t;
                continue;
            }
        }
        if (starP < 0) {
            return false;
        }
        p = starP;
        t = ++starT;
    }
    while (p < pattern.size() && pattern[p] == u'%') {
        ++p;
    }
    return p == pattern.size();
}

QVariant valueOf(const FilterOperand& operand, const AttributeLookup& attributes) {
    return operand.isField ? attributes.value(operand.field) : operand.literal;
}

Truth evaluate(const FilterNode& node, const AttributeLookup& attributes) {
    const auto value = [&](size_t i) { return valueOf(node.operands[i], attributes); };
    const auto compared = [&](auto test) {
        const std::optional<int> order = compareValues(value(0), value(1));
        return order ? truthOf(test(*order)) : Truth::Unknown;
    };
    switch (node.op) {
        case FilterOp::And: {
            Truth result = Truth::True;
            for (const FilterNode& child : node.children) {
                const Truth truth = evaluate(child, attributes);
                if (truth == Truth::False) {
                    return Truth::False;
                }
                if (truth == Truth::Unknown) {
                    result = Truth::Unknown;
                }
            }
            return result;
        }
        case FilterOp::Or: {
            Truth result = Truth::False;
            for (const FilterNode& child : node.children) {
                const Truth truth = evaluate(child, attributes);
                if (truth == Truth::True) {
                    return Truth::True;
                }
                if (truth == Truth::Unknown) {
                    result = Truth::Unknown;
                }
            }
            return result;
        }
        case FilterOp::Not: {
            const Truth truth = evaluate(node.children.front(), attributes);
            return truth == Truth::Unknown ? truth : truthOf(truth == Truth::False);
        }
        case FilterOp::Equal:
            return compared([](int order) { return order == 0; });
        case FilterOp::NotEqual:
            return compared([](int order) { return order != 0; });
        case FilterOp::Less:
            return compared([](int order) { return order < 0; });
        case FilterOp::LessOrEqual:
            return compared([](int order) { return order <= 0; });
        case FilterOp::Greater:
            return compared([](int order) { return order > 0; });
        case FilterOp::GreaterOrEqual:
            return compared([](int order) { return order >= 0; });
        case FilterOp::In: {
            const QVariant tested = value(0);
            Truth result = isNull(tested) ? Truth::Unknown : Truth::False;
            for (size_t i = 1; i < node.operands.size() && result != Truth::Unknown; ++i) {
                const std::optional<int> order = compareValues(tested, value(i));
                if (!order) {
                    result = Truth::Unknown;
                } else if (*order == 0) {
                    return Truth::True;
                }
            }
            return result;
        }
        case FilterOp::IsNull:
            return truthOf(isNull(value(0)));
        case FilterOp::Like: {
            const QVariant tested = value(0);
            const QVariant pattern = value(1);
            if (isNull(tested) || isNull(pattern)) {
                return Truth::Unknown;
            }
            return truthOf(likeMatches(tested.toString(), pattern.toString()));
        }
        case FilterOp::Between: {
            const std::optional<int> low = compareValues(value(0), value(1));
            const std::optional<int> high = compareValues(value(0), value(2));
            if ((low && *low < 0) || (high && *high > 0)) {
                return Truth::False;
            }
            return low && high ? Truth::True : Truth::Unknown;
        }
    }
    return Truth::Unknown;
}

// ---- Canonical text ----

enum Precedence { kOr = 1, kAnd = 2, kNot = 3, kPredicate = 4 };

int precedenceOf(const FilterNode& node) {
    switch (node.op) {
        case FilterOp::Or:
            return node.children.size() > 1 ? kOr : kPredicate;
        case FilterOp::And:
            return node.children.size() > 1 ? kAnd : kPredicate;
        case FilterOp::Not:
            return kNot;
        default:
            return kPredicate;
    }
}

QString operandText(const FilterOperand& operand) {
    return operand.isField ? FeatureFilter::fieldText(operand.field)
                           : FeatureFilter::literalText(operand.literal);
}

QString comparisonSymbol(FilterOp op) {
    switch (op) {
        case FilterOp::NotEqual:
            return QStringLiteral("<>");
        case FilterOp::Less:
            return QStringLiteral("<");
        case FilterOp::LessOrEqual:
            return QStringLiteral("<=");
        case FilterOp::Greater:
            return QStringLiteral(">");
        case FilterOp::GreaterOrEqual:
            return QStringLiteral(">=");
        default:
            return QStringLiteral("=");
    }
}

QString text(const FilterNode& node, int minimumPrecedence);

/// A predicate, negated ("x NOT IN (...)", "x IS NOT NULL") when `negated`.
QString predicateText(const FilterNode& node, bool negated) {
    const QString notWord = negated ? QStringLiteral("NOT ") : QString();
    const QString first = operandText(node.operands.front());
    switch (node.op) {
        case FilterOp::In: {
            QStringList list;
            for (size_t i = 1; i < node.operands.size(); ++i) {
                list << operandText(node.operands[i]);
            }
            return first + QLatin1Char(' ') + notWord + QStringLiteral("IN (") +
                   list.join(QStringLiteral(", ")) + QLatin1Char(')');
        }
        case FilterOp::IsNull:
            return first + QStringLiteral(" IS ") + notWord + QStringLiteral("NULL");
        case FilterOp::Like:
            return first + QLatin1Char(' ') + notWord + QStringLiteral("LIKE ") +
                   operandText(node.operands[1]);
        case FilterOp::Between:
            return first + QLatin1Char(' ') + notWord + QStringLiteral("BETWEEN ") +
                   operandText(node.operands[1]) + QStringLiteral(" AND ") +
                   operandText(node.operands[2]);
        default:
            return first + QLatin1Char(' ') + comparisonSymbol(node.op) + QLatin1Char(' ') +
                   operandText(node.operands[1]);
    }
}

QString text(const FilterNode& node, int minimumPrecedence) {
    QString result;
    switch (node.op) {
        case FilterOp::And:
        case FilterOp::Or: {
            const int own = node.op == FilterOp::And ? kAnd : kOr;
            QStringList parts;
            for (const FilterNode& child : node.children) {
                parts << text(child, own);
            }
            result = parts.join(node.op == FilterOp::And ? QStringLiteral(" AND ")
                                                         : QStringLiteral(" OR "));
            break;
        }
        case FilterOp::Not: {
            const FilterNode& child = node.children.front();
            const bool hasNegatedForm = child.op == FilterOp::In || child.op == FilterOp::IsNull ||
                                        child.op == FilterOp::Like || child.op == FilterOp::Between;
            result = hasNegatedForm ? predicateText(child, true)
                                    : QStringLiteral("NOT ") + text(child, kNot);
            break;
        }
        default:
            result = predicateText(node, false);
    }
    return precedenceOf(node) < minimumPrecedence ? QLatin1Char('(') + result + QLatin1Char(')')
                                                  : result;
}

void collectFields(const FilterNode& node, QStringList& fields) {
    for (const FilterOperand& operand : node.operands) {
        if (operand.isField && !fields.contains(operand.field)) {
            fields << operand.field;
        }
    }
    for (const FilterNode& child : node.children) {
        collectFields(child, fields);
    }
}

void validate(const FilterNode& node) {
    const size_t operands = node.operands.size();
    bool valid = true;
    switch (node.op) {
        case FilterOp::And:
        case FilterOp::Or:
            valid = !node.children.empty() && operands == 0;
            break;
        case FilterOp::Not:
            valid = node.children.size() == 1 && operands == 0;
            break;
        case FilterOp::In:
            valid = operands >= 2;
            break;
        case FilterOp::IsNull:
            valid = operands == 1;
            break;
        case FilterOp::Between:
            valid = operands == 3;
            break;
        default:
            valid = operands == 2;
    }
    if (!valid || (node.op > FilterOp::Not && !node.children.empty())) {
        throw Error(
            FeatureFilter::tr("Malformed filter: an operator has the wrong number of operands"));
    }
    for (const FilterNode& child : node.children) {
        validate(child);
    }
}

}  // namespace

FeatureFilter::FeatureFilter(FilterNode root) {
    validate(root);
    expression_ = text(root, kOr);
    root_ = std::make_shared<const FilterNode>(std::move(root));
}

FeatureFilter FeatureFilter::parse(const QString& expression) {
    if (expression.trimmed().isEmpty()) {
        return {};
    }
    return FeatureFilter(FilterParser::parse(expression));
}

bool FeatureFilter::matches(const AttributeLookup& attributes) const {
    return !root_ || evaluate(*root_, attributes) == Truth::True;
}

QStringList FeatureFilter::fields() const {
    QStringList fields;
    if (root_) {
        collectFields(*root_, fields);
    }
    return fields;
}

QString FeatureFilter::literalText(const QVariant& value) {
    if (isNull(value)) {
        return QStringLiteral("NULL");
    }
    if (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Float) {
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    }
    if (isNumber(value)) {
        return value.toString();
    }
    QString quoted = value.toString();
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString FeatureFilter::fieldText(const QString& name) {
    bool plain = !name.isEmpty() && (name[0].isLetter() || name[0] == u'_');
    for (const QChar c : name) {
        plain = plain && (c.isLetterOrNumber() || c == u'_');
    }
    if (plain && !FilterParser::isKeyword(name)) {
        return name;
    }
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

}  // namespace gis
