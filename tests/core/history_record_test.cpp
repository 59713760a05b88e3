// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/history_record.h"

#include <catch2/catch.hpp>

namespace {

core::HistoryRecord sampleRecord() {
    core::HistoryRecord record;
    record.user = "o'brien";
    record.timeUtc = "2026-03-01T08:00:00.000Z";
    record.layer = "plan_area";
    record.fid = 7;
    record.operation = "change_geometry";
    record.before = core::FeatureState{QByteArray::fromHex("01ff"), {{"name_zh", "兰州"}}};
    record.after = std::nullopt;
    return record;
}

}  // namespace

TEST_CASE("History rows are written as SQLite or PostgreSQL literals",
          "[core][history][conflict]") {
    const core::HistoryRecord record = sampleRecord();
    const QString sqlite = record.insertSql();
    CHECK(sqlite.contains("'o''brien'"));
    CHECK(sqlite.contains("X'01ff'"));
    CHECK(sqlite.contains("'{\"name_zh\":\"兰州\"}'"));
    const QString postgres = record.insertSql(gis::SqlConnection::Dialect::Postgres);
    CHECK(postgres.contains("'o''brien'"));
    CHECK(postgres.contains("'\\x01ff'::bytea"));
    CHECK_FALSE(postgres.contains("X'"));
    CHECK(postgres.endsWith(", NULL, '{\"name_zh\":\"兰州\"}', NULL)"));
}
