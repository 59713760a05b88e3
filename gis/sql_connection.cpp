// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/sql_connection.h"

namespace gis {

SqlConnection::~SqlConnection() = default;

std::optional<QVariant> SqlConnection::scalar(const QString& sql,
                                              const std::vector<QVariant>& values) const {
    const auto rows = query(sql, values);
    if (rows.empty() || rows.front().empty()) {
        return std::nullopt;
    }
    return rows.front().front();
}

SqlConnection::Transaction::Transaction(SqlConnection& connection) : connection_(connection) {
    connection_.begin();
}

SqlConnection::Transaction::~Transaction() {
    if (!committed_) {
        connection_.rollback();
    }
}

void SqlConnection::Transaction::commit() {
    connection_.commit();
    committed_ = true;
}

}  // namespace gis
