// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/postgres_error.h"

namespace gis {

PostgresError::PostgresError(const QString& message, const QString& sqlState)
    : Error(message), sqlState_(sqlState) {}

bool PostgresError::isPermissionDenied() const {
    return sqlState_ == QLatin1String("42501");
}

bool PostgresError::isRetryable() const {
    return sqlState_ == QLatin1String("40001") || sqlState_ == QLatin1String("40P01") ||
           sqlState_ == QLatin1String("55P03");
}

}  // namespace gis
