// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/feature_state.h"
#include "gis/sql_connection.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace core {

/// One saved change of one feature as lx_history stores it: who (the OS user), when (UTC, ISO
/// 8601), which layer and feature, the operation (add_feature, change_geometry, split_feature …,
/// several joined by commas when one save holds several) and the feature's state before and after
/// (none = it did not exist). `dataset` is empty for the project file's own tables.
struct HistoryRecord {
    std::int64_t id = 0;
    QString user;
    QString timeUtc;
    QString dataset;
    QString layer;
    std::int64_t fid = -1;
    QString operation;
    std::optional<FeatureState> before;
    std::optional<FeatureState> after;

    /// The INSERT statement for this record with its values as SQL literals, so that GDAL can run
    /// it on its own connection inside the save's transaction. PostgreSQL literals assume
    /// standard_conforming_strings (on by default since 9.1): text quotes doubled, bytea '\x…'.
    QString insertSql(
        gis::SqlConnection::Dialect dialect = gis::SqlConnection::Dialect::Sqlite) const;
    /// The OS user running the application.
    static QString currentUser();
};

}  // namespace core
