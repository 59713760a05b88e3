// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/style.h"

#include "gis/error.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace gis {

namespace {

const char* markerName(MarkerShape shape) {
    switch (shape) {
        case MarkerShape::Square:
            return "square";
        case MarkerShape::Triangle:
            return "triangle";
        case MarkerShape::Star:
            return "star";
        case MarkerShape::Diamond:
            return "diamond";
        case MarkerShape::Circle:
            break;
    }
    return "circle";
}

MarkerShape markerFromName(const QString& name) {
    for (MarkerShape shape : {MarkerShape::Circle, MarkerShape::Square, MarkerShape::Triangle,
                              MarkerShape::Star, MarkerShape::Diamond}) {
        if (name == QLatin1String(markerName(shape))) {
            return shape;
        }
    }
    throw Error(QCoreApplication::translate("gis::Style", "Unknown marker shape \"%1\"").arg(name));
}

const char* hatchName(Hatch hatch) {
    switch (hatch) {
        case Hatch::Horizontal:
            return "horizontal";
        case Hatch::Vertical:
            return "vertical";
        case Hatch::Cross:
            return "cross";
        case Hatch::Slash:
            return "slash";
        case Hatch::Backslash:
            return "backslash";
        case Hatch::DiagonalCross:
            return "diagonal-cross";
        case Hatch::None:
            break;
    }
    return "none";
}

Hatch hatchFromName(const QString& name) {
    for (Hatch hatch : {Hatch::None, Hatch::Horizontal, Hatch::Vertical, Hatch::Cross, Hatch::Slash,
                        Hatch::Backslash, Hatch::DiagonalCross}) {
        if (name == QLatin1String(hatchName(hatch))) {
            return hatch;
        }
    }
    throw Error(QCoreApplication::translate("gis::Style", "Unknown hatch \"%1\"").arg(name));
}

const char* penStyleName(Qt::PenStyle style) {
    switch (style) {
        case Qt::DashLine:
            return "dash";
        case Qt::DotLine:
            return "dot";
        case Qt::DashDotLine:
            return "dash-dot";
        case Qt::DashDotDotLine:
            return "dash-dot-dot";
        case Qt::NoPen:
            return "none";
        default:
            return "solid";
    }
}

Qt::PenStyle penStyleFromName(const QString& name) {
    for (Qt::PenStyle style :
         {Qt::DashLine, Qt::DotLine, Qt::DashDotLine, Qt::DashDotDotLine, Qt::NoPen}) {
        if (name == QLatin1String(penStyleName(style))) {
            return style;
        }
    }
    return Qt::SolidLine;
}

QColor colorFromJson(const QJsonValue& value, const QColor& fallback) {
    if (!value.isString()) {
        return fallback;
    }
    const QColor color = QColor::fromString(value.toString());
    if (!color.isValid()) {
        throw Error(QCoreApplication::translate("gis::Style", "Invalid colour \"%1\"")
                        .arg(value.toString()));
    }
    return color;
}

QString colorToJson(const QColor& color) {
    return color.name(QColor::HexArgb);
}

QJsonObject symbolToJson(const Symbol& symbol) {
    return {{"stroke", colorToJson(symbol.strokeColor)},
            {"strokeWidthMm", symbol.strokeWidthMm},
            {"strokeStyle", penStyleName(symbol.strokeStyle)},
            {"fill", colorToJson(symbol.fillColor)},
            {"hatch", hatchName(symbol.hatch)},
            {"marker", markerName(symbol.markerShape)},
            {"markerSizeMm", symbol.markerSizeMm},
            {"svgMarker", symbol.svgMarker}};
}

Symbol symbolFromJson(const QJsonObject& json) {
    Symbol symbol;
    symbol.strokeColor = colorFromJson(json.value("stroke"), symbol.strokeColor);
    symbol.strokeWidthMm = json.value("strokeWidthMm").toDouble(symbol.strokeWidthMm);
    symbol.strokeStyle = penStyleFromName(json.value("strokeStyle").toString());
    symbol.fillColor = colorFromJson(json.value("fill"), symbol.fillColor);
    symbol.hatch = hatchFromName(json.value("hatch").toString("none"));
    symbol.markerShape = markerFromName(json.value("marker").toString("circle"));
    symbol.markerSizeMm = json.value("markerSizeMm").toDouble(symbol.markerSizeMm);
    symbol.svgMarker = json.value("svgMarker").toString();
    return symbol;
}

void scaleRangeToJson(const ScaleRange& range, QJsonObject& json) {
    json.insert("minScale", range.minDenominator);
    json.insert("maxScale", range.maxDenominator);
}

ScaleRange scaleRangeFromJson(const QJsonObject& json) {
    return {json.value("minScale").toDouble(0), json.value("maxScale").toDouble(0)};
}

FilterNode comparison(FilterOp op, const QString& field, const QVariant& value) {
    return {op, {}, {FilterOperand::ofField(field), FilterOperand::ofLiteral(value)}};
}

const char* placementName(LabelPlacement placement) {
    return placement == LabelPlacement::AlongLine ? "line" : "horizontal";
}

LabelPlacement placementFromName(const QString& name) {
    for (LabelPlacement placement : {LabelPlacement::Horizontal, LabelPlacement::AlongLine}) {
        if (name == QLatin1String(placementName(placement))) {
            return placement;
        }
    }
    throw Error(
        QCoreApplication::translate("gis::Style", "Unknown label placement \"%1\"").arg(name));
}

}  // namespace

Qt::BrushStyle brushStyle(Hatch hatch) {
    switch (hatch) {
        case Hatch::Horizontal:
            return Qt::HorPattern;
        case Hatch::Vertical:
            return Qt::VerPattern;
        case Hatch::Cross:
            return Qt::CrossPattern;
        case Hatch::Slash:
            return Qt::BDiagPattern;
        case Hatch::Backslash:
            return Qt::FDiagPattern;
        case Hatch::DiagonalCross:
            return Qt::DiagCrossPattern;
        case Hatch::None:
            break;
    }
    return Qt::SolidPattern;
}

bool ScaleRange::contains(double denominator) const {
    if (denominator <= 0) {
        return true;
    }
    return (minDenominator <= 0 || denominator >= minDenominator) &&
           (maxDenominator <= 0 || denominator < maxDenominator);
}

StyleKind Style::kind() const {
    if (!rules.empty()) {
        return StyleKind::RuleBased;
    }
    if (!graduatedField.isEmpty()) {
        return StyleKind::Graduated;
    }
    if (!categoryField.isEmpty()) {
        return StyleKind::Categorized;
    }
    return StyleKind::Single;
}

void Style::symbolsFor(const AttributeLookup& attributes, double scaleDenominator,
                       std::vector<const Symbol*>& symbols) const {
    symbols.clear();
    if (!scaleRange.contains(scaleDenominator)) {
        return;
    }
    switch (kind()) {
        case StyleKind::Single:
            symbols.push_back(&defaultSymbol);
            return;
        case StyleKind::Categorized:
            symbols.push_back(&symbolFor(attributes.value(categoryField)));
            return;
        case StyleKind::Graduated: {
            const QVariant value = attributes.value(graduatedField);
            bool ok = false;
            const double number = value.isNull() ? 0 : value.toDouble(&ok);
            for (size_t i = 0; ok && i < classes.size(); ++i) {
                const GraduatedClass& range = classes[i];
                const bool isLast = i + 1 == classes.size();
                if (number >= range.lower &&
                    (number < range.upper || (isLast && number <= range.upper))) {
                    symbols.push_back(&range.symbol);
                    return;
                }
            }
            symbols.push_back(&defaultSymbol);
            return;
        }
        case StyleKind::RuleBased:
            break;
    }
    // SLD: every matching rule draws; else rules only when no ordinary rule did.
    for (const bool elsePass : {false, true}) {
        for (const StyleRule& rule : rules) {
            if (rule.isElse == elsePass && rule.scaleRange.contains(scaleDenominator) &&
                rule.filter.matches(attributes)) {
                symbols.push_back(&rule.symbol);
            }
        }
        if (!symbols.empty()) {
            return;
        }
    }
}

const Symbol* Style::symbolFor(const AttributeLookup& attributes, double scaleDenominator) const {
    std::vector<const Symbol*> symbols;
    symbolsFor(attributes, scaleDenominator, symbols);
    return symbols.empty() ? nullptr : symbols.front();
}

const Symbol& Style::symbolFor(const QVariant& categoryValue) const {
    for (const Category& category : categories) {
        if (category.value == categoryValue) {
            return category.symbol;
        }
    }
    return defaultSymbol;
}

LabelStyle Style::labelFor(const QVariant& categoryValue) const {
    LabelStyle result = label;
    for (const Category& category : categories) {
        if (category.value == categoryValue) {
            result.priority = category.labelPriority ? category.labelPriority : label.priority;
            result.fontSizePt = category.labelSizePt > 0 ? category.labelSizePt : label.fontSizePt;
            break;
        }
    }
    return result;
}

LabelStyle Style::labelFor(const AttributeLookup& attributes) const {
    return kind() == StyleKind::Categorized ? labelFor(attributes.value(categoryField)) : label;
}

double Style::symbolReachMm() const {
    double reach = 0;
    const auto widen = [&reach](const Symbol& symbol) {
        // A miter join can reach a whole stroke width out; half is enough for everything else.
        reach =
            std::max({reach, symbol.markerSizeMm / 2 + symbol.strokeWidthMm, symbol.strokeWidthMm});
    };
    widen(defaultSymbol);
    for (const Category& category : categories) {
        widen(category.symbol);
    }
    for (const GraduatedClass& graduated : classes) {
        widen(graduated.symbol);
    }
    for (const StyleRule& rule : rules) {
        widen(rule.symbol);
    }
    return reach;
}

QStringList Style::requiredColumns() const {
    QStringList columns;
    switch (kind()) {
        case StyleKind::Single:
            break;
        case StyleKind::Categorized:
            columns << categoryField;
            break;
        case StyleKind::Graduated:
            columns << graduatedField;
            break;
        case StyleKind::RuleBased:
            for (const StyleRule& rule : rules) {
                for (const QString& field : rule.filter.fields()) {
                    if (!columns.contains(field)) {
                        columns << field;
                    }
                }
            }
            break;
    }
    if (label.enabled && !label.field.isEmpty() && !columns.contains(label.field)) {
        columns << label.field;
    }
    return columns;
}

Style Style::toRuleBased() const {
    if (kind() == StyleKind::RuleBased) {
        return *this;
    }
    Style result;
    result.defaultSymbol = defaultSymbol;
    result.scaleRange = scaleRange;
    result.label = label;
    const StyleKind from = kind();
    if (from == StyleKind::Categorized) {
        QVariantList seen;
        for (const Category& category : categories) {
            // The first category with a value wins, so a repeated value never draws twice.
            if (seen.contains(category.value)) {
                continue;
            }
            seen << category.value;
            const FilterNode node =
                category.value.isNull()
                    ? FilterNode{FilterOp::IsNull, {}, {FilterOperand::ofField(categoryField)}}
                    : comparison(FilterOp::Equal, categoryField, category.value);
            result.rules.push_back({category.label, FeatureFilter(node), {}, category.symbol});
        }
    } else if (from == StyleKind::Graduated) {
        for (size_t i = 0; i < classes.size(); ++i) {
            const GraduatedClass& range = classes[i];
            FilterNode node;
            if (i + 1 == classes.size()) {
                node = {
                    FilterOp::Between,
                    {},
                    {FilterOperand::ofField(graduatedField), FilterOperand::ofLiteral(range.lower),
                     FilterOperand::ofLiteral(range.upper)}};
            } else {
                node.op = FilterOp::And;
                node.children = {comparison(FilterOp::GreaterOrEqual, graduatedField, range.lower),
                                 comparison(FilterOp::Less, graduatedField, range.upper)};
            }
            result.rules.push_back({range.label, FeatureFilter(node), {}, range.symbol});
        }
    }
    StyleRule rest{{}, {}, {}, defaultSymbol};
    rest.isElse = from != StyleKind::Single;
    result.rules.push_back(rest);
    return result;
}

QJsonObject Style::toJson() const {
    QJsonArray categoryArray;
    for (const Category& category : categories) {
        categoryArray.append(QJsonObject{{"value", QJsonValue::fromVariant(category.value)},
                                         {"label", category.label},
                                         {"symbol", symbolToJson(category.symbol)},
                                         {"labelPriority", category.labelPriority},
                                         {"labelSizePt", category.labelSizePt}});
    }
    QJsonArray classArray;
    for (const GraduatedClass& range : classes) {
        classArray.append(QJsonObject{{"lower", range.lower},
                                      {"upper", range.upper},
                                      {"label", range.label},
                                      {"symbol", symbolToJson(range.symbol)}});
    }
    QJsonArray ruleArray;
    for (const StyleRule& rule : rules) {
        QJsonObject object{{"label", rule.label},
                           {"filter", rule.filter.expression()},
                           {"else", rule.isElse},
                           {"symbol", symbolToJson(rule.symbol)}};
        scaleRangeToJson(rule.scaleRange, object);
        ruleArray.append(object);
    }
    QJsonObject json{{"symbol", symbolToJson(defaultSymbol)},
                     {"categoryField", categoryField},
                     {"categories", categoryArray},
                     {"graduatedField", graduatedField},
                     {"classes", classArray},
                     {"rules", ruleArray},
                     {"label", QJsonObject{{"enabled", label.enabled},
                                           {"field", label.field},
                                           {"fontFamily", label.fontFamily},
                                           {"fontSizePt", label.fontSizePt},
                                           {"bold", label.bold},
                                           {"color", colorToJson(label.color)},
                                           {"halo", colorToJson(label.haloColor)},
                                           {"haloWidthMm", label.haloWidthMm},
                                           {"priority", label.priority},
                                           {"placement", placementName(label.placement)}}}};
    scaleRangeToJson(scaleRange, json);
    return json;
}

Style Style::fromJson(const QJsonObject& json) {
    Style style;
    style.defaultSymbol = symbolFromJson(json.value("symbol").toObject());
    style.categoryField = json.value("categoryField").toString();
    for (const QJsonValue& value : json.value("categories").toArray()) {
        const QJsonObject object = value.toObject();
        style.categories.push_back(
            {object.value("value").toVariant(), object.value("label").toString(),
             symbolFromJson(object.value("symbol").toObject()),
             object.value("labelPriority").toInt(0), object.value("labelSizePt").toDouble(0)});
    }
    style.graduatedField = json.value("graduatedField").toString();
    for (const QJsonValue& value : json.value("classes").toArray()) {
        const QJsonObject object = value.toObject();
        style.classes.push_back({object.value("lower").toDouble(), object.value("upper").toDouble(),
                                 object.value("label").toString(),
                                 symbolFromJson(object.value("symbol").toObject())});
    }
    for (const QJsonValue& value : json.value("rules").toArray()) {
        const QJsonObject object = value.toObject();
        style.rules.push_back({object.value("label").toString(),
                               FeatureFilter::parse(object.value("filter").toString()),
                               scaleRangeFromJson(object),
                               symbolFromJson(object.value("symbol").toObject()),
                               object.value("else").toBool(false)});
    }
    style.scaleRange = scaleRangeFromJson(json);
    const QJsonObject label = json.value("label").toObject();
    LabelStyle& out = style.label;
    out.enabled = label.value("enabled").toBool(false);
    out.field = label.value("field").toString();
    out.fontFamily = label.value("fontFamily").toString(out.fontFamily);
    out.fontSizePt = label.value("fontSizePt").toDouble(out.fontSizePt);
    out.bold = label.value("bold").toBool(false);
    out.color = colorFromJson(label.value("color"), out.color);
    out.haloColor = colorFromJson(label.value("halo"), out.haloColor);
    out.haloWidthMm = label.value("haloWidthMm").toDouble(out.haloWidthMm);
    out.priority = label.value("priority").toInt(0);
    out.placement = placementFromName(label.value("placement").toString("horizontal"));
    return style;
}

}  // namespace gis
