// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/error.h"

namespace gis {

Error::Error(const QString& message)
    : std::runtime_error(message.toStdString()), message_(message) {}

}  // namespace gis
