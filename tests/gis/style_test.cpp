// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/style.h"
#include "gis/error.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

TEST_CASE("A categorized style picks symbols and label ranks by value", "[gis][style]") {
    gis::Style style;
    style.categoryField = "tier";
    gis::Symbol central;
    central.markerShape = gis::MarkerShape::Star;
    style.categories.push_back({"central", "中心城市", central, 100, 13});
    style.label.enabled = true;
    style.label.field = "name_zh";
    style.label.priority = 5;
    CHECK(style.symbolFor("central").markerShape == gis::MarkerShape::Star);
    CHECK(style.symbolFor("node").markerShape == gis::MarkerShape::Circle);
    CHECK(style.labelFor("central").priority == 100);
    CHECK(style.labelFor("central").fontSizePt == 13);
    CHECK(style.labelFor("node").priority == 5);
    CHECK(style.requiredColumns() == QStringList{"tier", "name_zh"});
}

TEST_CASE("A style round-trips through JSON", "[gis][style]") {
    gis::Style style;
    style.defaultSymbol.strokeColor = QColor(10, 20, 30, 40);
    style.defaultSymbol.strokeStyle = Qt::DashDotLine;
    style.defaultSymbol.fillColor = QColor(200, 100, 50);
    style.categoryField = "wdb_level";
    gis::Symbol thick;
    thick.strokeWidthMm = 0.7;
    style.categories.push_back({1, "干流", thick, 0, 0});
    style.label.enabled = true;
    style.label.field = "name";
    const gis::Style back = gis::Style::fromJson(style.toJson());
    CHECK(back.defaultSymbol == style.defaultSymbol);
    REQUIRE(back.categories.size() == 1);
    CHECK(back.categories[0].value.toInt() == 1);
    CHECK(back.categories[0].label == "干流");
    CHECK(back.categories[0].symbol == thick);
    CHECK(back.label.field == "name");
    CHECK(back.toJson() == style.toJson());
}

TEST_CASE("A label placement round-trips through JSON", "[gis][style][labels]") {
    gis::Style style;
    style.label.enabled = true;
    style.label.field = "name";
    CHECK(gis::Style::fromJson(style.toJson()).label.placement == gis::LabelPlacement::Horizontal);
    style.label.placement = gis::LabelPlacement::AlongLine;
    const QJsonObject json = style.toJson();
    CHECK(json.value("label").toObject().value("placement").toString() == "line");
    CHECK(gis::Style::fromJson(json).label.placement == gis::LabelPlacement::AlongLine);
    // Styles saved before placements existed read as horizontal; unknown names are refused.
    QJsonObject old = json;
    QJsonObject label = old.value("label").toObject();
    label.remove("placement");
    old.insert("label", label);
    CHECK(gis::Style::fromJson(old).label.placement == gis::LabelPlacement::Horizontal);
    label.insert("placement", "spiral");
    old.insert("label", label);
    CHECK_THROWS_WITH(gis::Style::fromJson(old), Catch::Contains("spiral"));
}

TEST_CASE("A malformed style names the bad value", "[gis][style]") {
    QJsonObject json{{"symbol", QJsonObject{{"stroke", "not-a-colour"}}}};
    CHECK_THROWS_WITH(gis::Style::fromJson(json), Catch::Contains("not-a-colour"));
}

namespace {

gis::Symbol filled(const QColor& color) {
    gis::Symbol symbol;
    symbol.fillColor = color;
    return symbol;
}

/// The fill colours a style draws a feature with, in order.
std::vector<QColor> drawn(const gis::Style& style, const QVariantMap& attributes,
                          double scale = 0) {
    std::vector<const gis::Symbol*> symbols;
    style.symbolsFor(gis::AttributeLookup(attributes), scale, symbols);
    std::vector<QColor> colors;
    for (const gis::Symbol* symbol : symbols) {
        colors.push_back(symbol->fillColor);
    }
    return colors;
}

gis::Style graduatedStyle() {
    gis::Style style;
    style.defaultSymbol = filled(Qt::gray);
    style.graduatedField = "pop";
    style.classes = {{0, 10, "0 – 10", filled(Qt::yellow)},
                     {10, 20, "10 – 20", filled(Qt::red)},
                     {20, 30, "20 – 30", filled(Qt::darkRed)}};
    return style;
}

gis::Style ruleStyle() {
    gis::Style style;
    style.rules = {
        {"airports", gis::FeatureFilter::parse("kind = 'airport'"), {}, filled(Qt::blue)},
        {"big", gis::FeatureFilter::parse("pop >= 100"), {0, 50000}, filled(Qt::red)},
        {"others", {}, {}, filled(Qt::gray), true}};
    return style;
}

}  // namespace

TEST_CASE("A style's kind follows what is set", "[gis][style]") {
    gis::Style style;
    CHECK(style.kind() == gis::StyleKind::Single);
    style.categoryField = "kind";
    CHECK(style.kind() == gis::StyleKind::Categorized);
    CHECK(graduatedStyle().kind() == gis::StyleKind::Graduated);
    CHECK(ruleStyle().kind() == gis::StyleKind::RuleBased);
}

TEST_CASE("A graduated style takes lower bounds in and upper bounds out, but closes the last class",
          "[gis][style]") {
    const gis::Style style = graduatedStyle();
    CHECK(drawn(style, {{"pop", 0}}) == std::vector<QColor>{Qt::yellow});
    CHECK(drawn(style, {{"pop", 9.99}}) == std::vector<QColor>{Qt::yellow});
    CHECK(drawn(style, {{"pop", 10}}) == std::vector<QColor>{Qt::red});
    CHECK(drawn(style, {{"pop", "25"}}) == std::vector<QColor>{Qt::darkRed});
    CHECK(drawn(style, {{"pop", 30}}) == std::vector<QColor>{Qt::darkRed});
    // Outside every class, NULL or not a number: the default symbol.
    CHECK(drawn(style, {{"pop", 31}}) == std::vector<QColor>{Qt::gray});
    CHECK(drawn(style, {{"pop", -1}}) == std::vector<QColor>{Qt::gray});
    CHECK(drawn(style, {{"pop", QVariant()}}) == std::vector<QColor>{Qt::gray});
    CHECK(drawn(style, {{"pop", "many"}}) == std::vector<QColor>{Qt::gray});
    CHECK(style.requiredColumns() == QStringList{"pop"});
}

TEST_CASE("A rule-based style draws every matching rule, else rules only alone", "[gis][style]") {
    const gis::Style style = ruleStyle();
    const QVariantMap bigAirport{{"kind", "airport"}, {"pop", 500}};
    CHECK(drawn(style, bigAirport) == std::vector<QColor>{Qt::blue, Qt::red});
    CHECK(drawn(style, {{"kind", "airport"}, {"pop", 5}}) == std::vector<QColor>{Qt::blue});
    CHECK(drawn(style, {{"kind", "town"}, {"pop", 5}}) == std::vector<QColor>{Qt::gray});
    // The "big" rule shows only below 1:50 000; beyond it the airport alone draws.
    CHECK(drawn(style, bigAirport, 10000) == std::vector<QColor>{Qt::blue, Qt::red});
    CHECK(drawn(style, bigAirport, 50000) == std::vector<QColor>{Qt::blue});
    CHECK(drawn(style, {{"kind", "town"}, {"pop", 500}}, 80000) == std::vector<QColor>{Qt::gray});
    CHECK(style.requiredColumns() == QStringList{"kind", "pop"});
    CHECK(style.symbolFor(gis::AttributeLookup(bigAirport))->fillColor == Qt::blue);

    gis::Style strict = style;
    strict.rules.pop_back();  // no else rule: unmatched features are not drawn
    CHECK(drawn(strict, {{"kind", "town"}, {"pop", 5}}).empty());
    CHECK(strict.symbolFor(gis::AttributeLookup(QVariantMap{{"kind", "town"}})) == nullptr);
}

TEST_CASE("A layer outside its scale range draws nothing", "[gis][style]") {
    gis::Style style = graduatedStyle();
    style.scaleRange = {1000, 100000};
    CHECK(drawn(style, {{"pop", 5}}, 500).empty());
    CHECK(drawn(style, {{"pop", 5}}, 1000).size() == 1);
    CHECK(drawn(style, {{"pop", 5}}, 99999).size() == 1);
    CHECK(drawn(style, {{"pop", 5}}, 100000).empty());
    CHECK(drawn(style, {{"pop", 5}}, 0).size() == 1);  // unknown scale
    CHECK(gis::ScaleRange{}.contains(1e12));
}

TEST_CASE("Categorized and graduated styles convert to equivalent rules", "[gis][style]") {
    gis::Style categorized;
    categorized.defaultSymbol = filled(Qt::gray);
    categorized.categoryField = "kind";
    categorized.categories = {{"airport", "机场", filled(Qt::blue)},
                              {3, "three", filled(Qt::green)},
                              {"airport", "again", filled(Qt::red)},
                              {QVariant(), "none", filled(Qt::black)}};
    const std::vector<QVariantMap> samples{
        {{"kind", "airport"}}, {{"kind", 3}},   {{"kind", "rail"}}, {{"kind", QVariant()}},
        {{"pop", 10}},         {{"pop", 29.5}}, {{"pop", 30}},      {{"pop", 31}}};
    for (const gis::Style& style : {categorized, graduatedStyle()}) {
        const gis::Style rules = style.toRuleBased();
        REQUIRE(rules.kind() == gis::StyleKind::RuleBased);
        for (const QVariantMap& sample : samples) {
            INFO(sample.firstKey().toStdString()
                 << " = " << sample.first().toString().toStdString());
            CHECK(drawn(rules, sample) == drawn(style, sample));
        }
    }
    const gis::Style rules = graduatedStyle().toRuleBased();
    CHECK(rules.rules[0].filter.expression() == "pop >= 0 AND pop < 10");
    CHECK(rules.rules[2].filter.expression() == "pop BETWEEN 20 AND 30");
    CHECK(rules.rules.back().isElse);
}

TEST_CASE("Every new style setting round-trips through JSON", "[gis][style]") {
    gis::Style style = ruleStyle();
    style.rules[0].symbol.svgMarker = ":/markers/airport.svg";
    style.rules[1].symbol.hatch = gis::Hatch::DiagonalCross;
    style.rules[1].symbol.strokeStyle = Qt::DashDotDotLine;
    style.graduatedField = "pop";
    style.classes = graduatedStyle().classes;
    style.scaleRange = {500, 2e6};
    const gis::Style back = gis::Style::fromJson(style.toJson());
    CHECK(back.toJson() == style.toJson());
    REQUIRE(back.rules.size() == 3);
    CHECK(back.rules[0].symbol == style.rules[0].symbol);
    CHECK(back.rules[1].symbol == style.rules[1].symbol);
    CHECK(back.rules[1].filter == style.rules[1].filter);
    CHECK(back.rules[1].scaleRange == style.rules[1].scaleRange);
    CHECK(back.rules[2].isElse);
    CHECK(back.classes.size() == 3);
    CHECK(back.classes[1].upper == 20);
    CHECK(back.scaleRange == style.scaleRange);
}

TEST_CASE("A style stored before kinds existed reads as it did", "[gis][style]") {
    // The shape of the JSON in projects saved by earlier versions.
    const QJsonObject old{
        {"symbol", QJsonObject{{"stroke", "#ff3c3c3c"}, {"fill", "#00000000"}}},
        {"categoryField", "tier"},
        {"categories", QJsonArray{QJsonObject{{"value", "central"},
                                              {"label", "中心城市"},
                                              {"symbol", QJsonObject{{"marker", "star"}}}}}}};
    const gis::Style style = gis::Style::fromJson(old);
    CHECK(style.kind() == gis::StyleKind::Categorized);
    CHECK(style.scaleRange.isUnlimited());
    const QVariantMap central{{"tier", "central"}};
    CHECK(style.symbolFor(gis::AttributeLookup(central))->markerShape == gis::MarkerShape::Star);
    CHECK(style.symbolFor(gis::AttributeLookup(central))->hatch == gis::Hatch::None);
}

TEST_CASE("Bad rule filters in JSON name the expression", "[gis][style]") {
    const QJsonObject json{{"rules", QJsonArray{QJsonObject{{"filter", "kind = = 1"}}}}};
    CHECK_THROWS_WITH(gis::Style::fromJson(json), Catch::Contains("kind = = 1"));
}

TEST_CASE("Hatches map to Qt brush patterns", "[gis][style]") {
    CHECK(gis::brushStyle(gis::Hatch::None) == Qt::SolidPattern);
    CHECK(gis::brushStyle(gis::Hatch::Horizontal) == Qt::HorPattern);
    CHECK(gis::brushStyle(gis::Hatch::Vertical) == Qt::VerPattern);
    CHECK(gis::brushStyle(gis::Hatch::Cross) == Qt::CrossPattern);
    CHECK(gis::brushStyle(gis::Hatch::Slash) == Qt::BDiagPattern);
    CHECK(gis::brushStyle(gis::Hatch::Backslash) == Qt::FDiagPattern);
    CHECK(gis::brushStyle(gis::Hatch::DiagonalCross) == Qt::DiagCrossPattern);
}
