// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/feature_filter.h"
#include "gis/error.h"

#include <catch2/catch.hpp>

namespace {

bool matches(const QString& expression, const QVariantMap& attributes) {
    return gis::FeatureFilter::parse(expression).matches(gis::AttributeLookup(attributes));
}

const QVariantMap kAirport{{"kind", "airport"}, {"pop", 120}, {"area", 3.5}, {"名称", "中川机场"}};

}  // namespace

TEST_CASE("Filters compare numbers as numbers and text as text", "[gis][filter]") {
    CHECK(matches("pop > 100", kAirport));
    CHECK_FALSE(matches("pop > 120", kAirport));
    CHECK(matches("pop >= 120 AND pop <= 120.0", kAirport));
    CHECK(matches("pop = '120'", kAirport));  // a numeric field against a numeric string
    CHECK(matches("area < 4", kAirport));
    CHECK(matches("kind = 'airport'", kAirport));
    CHECK(matches("kind <> 'Airport'", kAirport));  // text is case-sensitive
    CHECK(matches("kind != 'port'", kAirport));
    CHECK(matches("kind > 'a'", kAirport));
    CHECK(matches("-5 < pop", kAirport));
    CHECK(matches("\"名称\" = '中川机场'", kAirport));
    CHECK(matches("名称 LIKE '中川%'", kAirport));
    CHECK(matches("KIND = 'airport'", kAirport));  // field names match ignoring case as a fallback
}

TEST_CASE("AND binds tighter than OR, NOT tighter than AND", "[gis][filter]") {
    CHECK(matches("kind = 'x' AND pop > 0 OR pop = 120", kAirport));
    CHECK_FALSE(matches("kind = 'x' AND (pop > 0 OR pop = 120)", kAirport));
    CHECK(matches("NOT kind = 'x' AND pop = 120", kAirport));
    CHECK_FALSE(matches("NOT (kind = 'airport' AND pop = 120)", kAirport));
    CHECK(matches("not KIND = 'x' and pop = 120", kAirport));  // keywords in any case
}

TEST_CASE("IN, LIKE, BETWEEN and IS NULL work and negate", "[gis][filter]") {
    CHECK(matches("kind IN ('railway', 'airport')", kAirport));
    CHECK_FALSE(matches("kind NOT IN ('railway', 'airport')", kAirport));
    CHECK(matches("pop IN (1, 120, 3)", kAirport));
    CHECK(matches("kind LIKE 'air%'", kAirport));
    CHECK(matches("kind LIKE '_irpor_'", kAirport));
    CHECK_FALSE(matches("kind LIKE 'air'", kAirport));
    CHECK(matches("kind NOT LIKE '%rail%'", kAirport));
    CHECK(matches("pop BETWEEN 100 AND 120", kAirport));
    CHECK_FALSE(matches("pop NOT BETWEEN 100 AND 120", kAirport));
    CHECK(matches("missing IS NULL", kAirport));
    CHECK(matches("kind IS NOT NULL", kAirport));
    const QVariantMap percent{{"code", "50%_off"}};
    CHECK(matches("code LIKE '50\\%\\_off'", percent));
    CHECK_FALSE(matches("code LIKE '50\\%x%'", percent));
}

TEST_CASE("NULL follows SQL: comparisons with it are unknown, never true", "[gis][filter]") {
    const QVariantMap empty{{"pop", QVariant()}};
    CHECK_FALSE(matches("pop > 5", empty));
    CHECK_FALSE(matches("NOT pop > 5", empty));
    CHECK_FALSE(matches("pop IN (1, 2)", empty));
    CHECK_FALSE(matches("pop NOT IN (1, 2)", empty));
    CHECK(matches("pop > 5 OR pop IS NULL", empty));
    CHECK_FALSE(matches("pop = NULL", empty));
    CHECK(gis::FeatureFilter().matches(gis::AttributeLookup(empty)));  // empty matches all
    CHECK(gis::FeatureFilter::parse("   ").isEmpty());
}

TEST_CASE("A filter's canonical text parses back to the same filter", "[gis][filter]") {
    const char* expressions[] = {
        "kind = 'airport' OR (pop >= 10 AND pop < 20.5)",
        "NOT (a = 1 OR b = 2) AND c IS NOT NULL",
        "\"order\" IN ('it''s', -3, 1e+20) AND name NOT LIKE 'x\\%%'",
        "x NOT BETWEEN 1 AND 2 OR \"field with space\" <> 0.1",
        "((a = 1))",
    };
    for (const char* expression : expressions) {
        INFO(expression);
        const gis::FeatureFilter filter = gis::FeatureFilter::parse(expression);
        const gis::FeatureFilter again = gis::FeatureFilter::parse(filter.expression());
        CHECK(again == filter);
        CHECK(again.expression() == filter.expression());
    }
    CHECK(gis::FeatureFilter::parse("kind=\"x\"AND(pop>1)").expression() == "kind = x AND pop > 1");
    CHECK(gis::FeatureFilter::parse("\"order\" = 'it''s'").expression() == "order = 'it''s'");
    CHECK(gis::FeatureFilter::parse("\"Not\" = \"a b\"").expression() == "\"Not\" = \"a b\"");
    CHECK(gis::FeatureFilter::parse("a = 0.1").expression() == "a = 0.1");
}

TEST_CASE("A filter lists the fields it reads", "[gis][filter]") {
    const gis::FeatureFilter filter = gis::FeatureFilter::parse(
        "kind = 'a' AND (pop > 1 OR kind IS NULL) AND area BETWEEN 1 AND x");
    CHECK(filter.fields() == QStringList{"kind", "pop", "area", "x"});
}

TEST_CASE("Bad filters name the expression and the place", "[gis][filter]") {
    CHECK_THROWS_WITH(gis::FeatureFilter::parse("kind = "),
                      Catch::Contains("kind = ") && Catch::Contains("character 8"));
    CHECK_THROWS_WITH(gis::FeatureFilter::parse("kind = 'airport"),
                      Catch::Contains("unclosed string"));
    CHECK_THROWS_WITH(gis::FeatureFilter::parse("kind"), Catch::Contains("expected a comparison"));
    CHECK_THROWS_WITH(gis::FeatureFilter::parse("(a = 1"), Catch::Contains("\")\""));
    CHECK_THROWS_WITH(gis::FeatureFilter::parse("a = 1; DROP TABLE x"), Catch::Contains(";"));
    CHECK_THROWS_AS(gis::FeatureFilter::parse("a IN ()"), gis::Error);
    CHECK_THROWS_AS(gis::FeatureFilter::parse("a = 1 b = 2"), gis::Error);
    CHECK_THROWS_AS(gis::FeatureFilter::parse("AND = 1"), gis::Error);
    CHECK_THROWS_AS(gis::FeatureFilter(gis::FilterNode{gis::FilterOp::Equal, {}, {}}), gis::Error);
}
