// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/ogc_filter_xml.h"

#include "gis/error.h"

#include <QRegularExpression>

namespace gis {

namespace {

struct ComparisonName {
    FilterOp op;
    const char* element;
};

const ComparisonName kComparisons[] = {
    {FilterOp::Equal, "PropertyIsEqualTo"},
    {FilterOp::NotEqual, "PropertyIsNotEqualTo"},
    {FilterOp::Less, "PropertyIsLessThan"},
    {FilterOp::LessOrEqual, "PropertyIsLessThanOrEqualTo"},
    {FilterOp::Greater, "PropertyIsGreaterThan"},
    {FilterOp::GreaterOrEqual, "PropertyIsGreaterThanOrEqualTo"}};

// ---- Writing ----

void writeOperand(QXmlStreamWriter& xml, const FilterOperand& operand) {
    if (operand.isField) {
        xml.writeTextElement(OgcFilterXml::kNamespace, "PropertyName", operand.field);
        return;
    }
    const QVariant& value = operand.literal;
    const bool isText = value.typeId() == QMetaType::QString;
    // Numbers are written as the filter language writes them (shortest exact form).
    const QString text =
        isText || value.isNull() ? value.toString() : FeatureFilter::literalText(value);
    xml.writeTextElement(OgcFilterXml::kNamespace, "Literal", text);
}

void writeNode(QXmlStreamWriter& xml, const FilterNode& node) {
    const char* ns = OgcFilterXml::kNamespace;
    const auto writeGroup = [&](const char* element, const std::vector<FilterNode>& children) {
        xml.writeStartElement(ns, element);
        for (const FilterNode& child : children) {
            writeNode(xml, child);
        }
        xml.writeEndElement();
    };
    switch (node.op) {
        case FilterOp::And:
        case FilterOp::Or:
            if (node.children.size() == 1) {
                writeNode(xml, node.children.front());
            } else {
                writeGroup(node.op == FilterOp::And ? "And" : "Or", node.children);
            }
            return;
        case FilterOp::Not:
            writeGroup("Not", node.children);
            return;
        case FilterOp::In: {
            FilterNode alternatives;
            alternatives.op = FilterOp::Or;
            for (size_t i = 1; i < node.operands.size(); ++i) {
                alternatives.children.push_back(
                    {FilterOp::Equal, {}, {node.operands.front(), node.operands[i]}});
            }
            writeNode(xml, alternatives);
            return;
        }
        case FilterOp::IsNull:
            xml.writeStartElement(ns, "PropertyIsNull");
            writeOperand(xml, node.operands[0]);
            xml.writeEndElement();
            return;
        case FilterOp::Like:
            xml.writeStartElement(ns, "PropertyIsLike");
            xml.writeAttribute("wildCard", "%");
            xml.writeAttribute("singleChar", "_");
            xml.writeAttribute("escapeChar", "\\");
            writeOperand(xml, node.operands[0]);
            writeOperand(xml, node.operands[1]);
            xml.writeEndElement();
            return;
        case FilterOp::Between:
            xml.writeStartElement(ns, "PropertyIsBetween");
            writeOperand(xml, node.operands[0]);
            xml.writeStartElement(ns, "LowerBoundary");
            writeOperand(xml, node.operands[1]);
            xml.writeEndElement();
            xml.writeStartElement(ns, "UpperBoundary");
            writeOperand(xml, node.operands[2]);
            xml.writeEndElement();
            xml.writeEndElement();
            return;
        default:
            break;
    }
    for (const ComparisonName& comparison : kComparisons) {
        if (comparison.op == node.op) {
            xml.writeStartElement(ns, comparison.element);
            writeOperand(xml, node.operands[0]);
            writeOperand(xml, node.operands[1]);
            xml.writeEndElement();
        }
    }
}

// ---- Reading ----

class Reader {
public:
    Reader(QXmlStreamReader& xml, const QString& source) : xml_(xml), source_(source) {}

    FilterNode readFilter() {
        FilterNode all;
        all.op = FilterOp::And;
        while (xml_.readNextStartElement()) {
            all.children.push_back(readOperator());
        }
        checkXml();
        if (all.children.empty()) {
            fail(OgcFilterXml::tr("the filter is empty"));
        }
        return all.children.size() == 1 ? std::move(all.children.front()) : all;
    }

private:
    [[noreturn]] void fail(const QString& problem) const {
        throw Error(OgcFilterXml::tr("%1, line %2, <%3>: %4")
                        .arg(source_)
                        .arg(xml_.lineNumber())
                        .arg(xml_.name().toString(), problem));
    }

    void checkXml() const {
        if (xml_.hasError()) {
            fail(xml_.errorString());
        }
    }

    /// The operator whose start element the reader is on, through its end element.
    FilterNode readOperator() {
        const QString name = xml_.name().toString();
        FilterNode node;
        if (name == QLatin1String("And") || name == QLatin1String("Or") ||
            name == QLatin1String("Not")) {
            node.op = name == QLatin1String("And")
                          ? FilterOp::And
                          : (name == QLatin1String("Or") ? FilterOp::Or : FilterOp::Not);
            while (xml_.readNextStartElement()) {
                node.children.push_back(readOperator());
            }
            checkXml();
            if (node.children.empty() || (node.op == FilterOp::Not && node.children.size() > 1)) {
                fail(OgcFilterXml::tr("wrong number of operands"));
            }
            return node;
        }
        for (const ComparisonName& comparison : kComparisons) {
            if (name == QLatin1String(comparison.element)) {
                node.op = comparison.op;
                readOperands(node, 2);
                return node;
            }
        }
        if (name == QLatin1String("PropertyIsNull")) {
            node.op = FilterOp::IsNull;
            readOperands(node, 1);
        } else if (name == QLatin1String("PropertyIsLike")) {
            node.op = FilterOp::Like;
            const QXmlStreamAttributes attributes = xml_.attributes();
            const QString wild = attributes.value("wildCard").toString();
            const QString single = attributes.value("singleChar").toString();
            QString escape = attributes.value("escapeChar").toString();
            if (escape.isEmpty()) {
                escape = attributes.value("escape").toString();
            }
            readOperands(node, 2);
            FilterOperand& pattern = node.operands[1];
            if (pattern.isField) {
                fail(OgcFilterXml::tr("the pattern must be a literal"));
            }
            pattern.literal = sqlPattern(pattern.literal.toString(), wild, single, escape);
        } else if (name == QLatin1String("PropertyIsBetween")) {
            node.op = FilterOp::Between;
            while (xml_.readNextStartElement()) {
                const QStringView child = xml_.name();
                if (child == QLatin1String("LowerBoundary") ||
                    child == QLatin1String("UpperBoundary")) {
                    readOperands(node, node.operands.size() + 1);
                } else {
                    node.operands.push_back(readExpression());
                }
            }
            checkXml();
            if (node.operands.size() != 3) {
                fail(OgcFilterXml::tr("expected a value, a lower and an upper boundary"));
            }
        } else {
            fail(OgcFilterXml::tr("unsupported filter operator"));
        }
        return node;
    }

    /// Reads the child expressions of the current element; it must hold `total` operands after.
    void readOperands(FilterNode& node, size_t total) {
        while (xml_.readNextStartElement()) {
            node.operands.push_back(readExpression());
        }
        checkXml();
        if (node.operands.size() != total) {
            fail(OgcFilterXml::tr("expected %n operand(s)", nullptr, int(total)));
        }
    }

    FilterOperand readExpression() {
        const QString name = xml_.name().toString();
        if (name == QLatin1String("PropertyName")) {
            const QString field = xml_.readElementText().trimmed();
            checkXml();
            return FilterOperand::ofField(field);
        }
        if (name == QLatin1String("Literal")) {
            const QString text = xml_.readElementText().trimmed();
            checkXml();
            return FilterOperand::ofLiteral(literalValue(text));
        }
        fail(OgcFilterXml::tr("unsupported expression"));
    }

    /// A literal that reads as a plain number becomes one (but not a code such as "007").
    static QVariant literalValue(const QString& text) {
        static const QRegularExpression number(
            QStringLiteral("^-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?$"));
        if (!number.match(text).hasMatch()) {
            return text;
        }
        bool ok = false;
        const qlonglong integer = text.toLongLong(&ok);
        return ok ? QVariant(integer) : QVariant(text.toDouble());
    }

    /// An SLD like-pattern with its own wildcard characters as SQL LIKE (%, _ and \).
    static QString sqlPattern(const QString& pattern, const QString& wild, const QString& single,
                              const QString& escape) {
        QString sql;
        for (qsizetype i = 0; i < pattern.size(); ++i) {
            const QString c = pattern.mid(i, 1);
            if (c == escape && i + 1 < pattern.size()) {
                const QString next = pattern.mid(++i, 1);
                sql += QStringLiteral("%_\\").contains(next) ? QLatin1Char('\\') + next : next;
            } else if (c == wild) {
                sql += QLatin1Char('%');
            } else if (c == single) {
                sql += QLatin1Char('_');
            } else {
                sql += QStringLiteral("%_\\").contains(c) ? QLatin1Char('\\') + c : c;
            }
        }
        return sql;
    }

    QXmlStreamReader& xml_;
    const QString& source_;
};

}  // namespace

void OgcFilterXml::write(QXmlStreamWriter& xml, const FeatureFilter& filter) {
    xml.writeStartElement(kNamespace, "Filter");
    if (const FilterNode* root = filter.root()) {
        writeNode(xml, *root);
    }
    xml.writeEndElement();
}

FeatureFilter OgcFilterXml::read(QXmlStreamReader& xml, const QString& source) {
    return FeatureFilter(Reader(xml, source).readFilter());
}

}  // namespace gis
