// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace app::cli {

/// Where the bundled default project is: $LANXI_DEFAULT_PROJECT if set, else next to the
/// executable (../data/default-project.gpkg), else where the build generated it.
QString defaultProjectPath();

}  // namespace app::cli
