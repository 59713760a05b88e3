// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gis/error.h"

namespace app::cli {

/// A command-line argument that is malformed (not a file or data problem): the command exits
/// with 2 instead of 1.
class UsageError : public gis::Error {
public:
    using gis::Error::Error;
};

}  // namespace app::cli
