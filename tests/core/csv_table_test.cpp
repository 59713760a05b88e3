// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/csv_table.h"
#include "gis/error.h"

#include <catch2/catch.hpp>

TEST_CASE("CSV fields may hold commas, quotes and line breaks", "[core][csv]") {
    const core::CsvTable table = core::CsvTable::parse(
        "id,name,wkt\r\n"
        "a,\"兰州, 甘肃\",\"POINT (103.8 36.0)\"\n"
        "b,\"say \"\"hi\"\"\nthere\",x|y| \n",
        "test.csv");
    REQUIRE(table.rowCount() == 2);
    CHECK(table.value(0, "name") == QStringLiteral("兰州, 甘肃"));
    CHECK(table.value(1, "name") == "say \"hi\"\nthere");
    CHECK(table.list(1, "wkt") == QStringList{"x", "y"});
    CHECK(table.lineOf(1) == 3);
}

TEST_CASE("Malformed CSV names the file and line", "[core][csv]") {
    CHECK_THROWS_WITH(core::CsvTable::parse("a,b\n1,2\n3\n", "items.csv"),
                      Catch::Contains("items.csv, line 3"));
    CHECK_THROWS_WITH(core::CsvTable::parse("a,b\n\"open,2\n", "items.csv"),
                      Catch::Contains("not closed"));
    const core::CsvTable table = core::CsvTable::parse("a\n1\n", "t.csv");
    CHECK_THROWS_WITH(table.value(0, "b"), Catch::Contains("no column \"b\""));
}
