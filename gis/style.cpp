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

const char* penStyleName(Qt::PenStyle style) {
    switch (style) {
        case Qt::DashLine:
            return "dash";
        case Qt::DotLine:
            return "dot";
        case Qt::DashDotLine:
            return "dash-dot";
        case Qt::NoPen:
            return "none";
        default:
            return "solid";
    }
}

Qt::PenStyle penStyleFromName(const QString& name) {
    if (name == QLatin1String("dash"))
        return Qt::DashLine;
    if (name == QLatin1String("dot"))
        return Qt::DotLine;
    if (name == QLatin1String("dash-dot"))
        return Qt::DashDotLine;
    if (name == QLatin1String("none"))
        return Qt::NoPen;
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
    return {
        {"stroke", colorToJson(symbol.strokeColor)},       {"strokeWidthMm", symbol.strokeWidthMm},
        {"strokeStyle", penStyleName(symbol.strokeStyle)}, {"fill", colorToJson(symbol.fillColor)},
        {"marker", markerName(symbol.markerShape)},        {"markerSizeMm", symbol.markerSizeMm}};
}

Symbol symbolFromJson(const QJsonObject& json) {
    Symbol symbol;
    symbol.strokeColor = colorFromJson(json.value("stroke"), symbol.strokeColor);
    symbol.strokeWidthMm = json.value("strokeWidthMm").toDouble(symbol.strokeWidthMm);
    symbol.strokeStyle = penStyleFromName(json.value("strokeStyle").toString());
    symbol.fillColor = colorFromJson(json.value("fill"), symbol.fillColor);
    symbol.markerShape = markerFromName(json.value("marker").toString("circle"));
    symbol.markerSizeMm = json.value("markerSizeMm").toDouble(symbol.markerSizeMm);
    return symbol;
}

}  // namespace

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

QStringList Style::requiredColumns() const {
    QStringList columns;
    if (!categoryField.isEmpty()) {
        columns << categoryField;
    }
    if (label.enabled && !label.field.isEmpty() && !columns.contains(label.field)) {
        columns << label.field;
    }
    return columns;
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
    return {{"symbol", symbolToJson(defaultSymbol)},
            {"categoryField", categoryField},
            {"categories", categoryArray},
            {"label", QJsonObject{{"enabled", label.enabled},
                                  {"field", label.field},
                                  {"fontFamily", label.fontFamily},
                                  {"fontSizePt", label.fontSizePt},
                                  {"bold", label.bold},
                                  {"color", colorToJson(label.color)},
                                  {"halo", colorToJson(label.haloColor)},
                                  {"haloWidthMm", label.haloWidthMm},
                                  {"priority", label.priority}}}};
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
    return style;
}

}  // namespace gis
