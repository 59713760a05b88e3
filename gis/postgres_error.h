// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gis/error.h"

#include <QString>

namespace gis {

/// A failure reported by a PostgreSQL server, with its SQLSTATE so callers can tell a refused
/// permission (42501) from a serialization failure (40001), a deadlock (40P01) or a lock
/// timeout (55P03). The message names the database and the statement, as every gis::Error does.
class PostgresError : public Error {
public:
    PostgresError(const QString& message, const QString& sqlState);

    /// The five-character SQLSTATE; empty when the connection itself failed.
    const QString& sqlState() const { return sqlState_; }
    bool isPermissionDenied() const;
    /// Serialization failure, deadlock or lock not available: running the transaction again
    /// may succeed.
    bool isRetryable() const;

private:
    QString sqlState_;
};

}  // namespace gis
