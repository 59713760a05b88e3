// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/style.h"
#include "gis/error.h"

#include <catch2/catch.hpp>

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

TEST_CASE("A malformed style names the bad value", "[gis][style]") {
    QJsonObject json{{"symbol", QJsonObject{{"stroke", "not-a-colour"}}}};
    CHECK_THROWS_WITH(gis::Style::fromJson(json), Catch::Contains("not-a-colour"));
}
