// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace app::cli {

/// `lanxi-atlas build-project --data DIR --out FILE`: builds the default project GeoPackage from
/// the plain-text sources under data/.
class BuildProjectCommand {
public:
    int run(const QStringList& arguments);
};

}  // namespace app::cli
