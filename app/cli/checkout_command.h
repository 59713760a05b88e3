// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace app::cli {

/// `lanxi-atlas checkout --from postgresql://… --out FILE.gpkg`: copies a team project into a new
/// project file for work offline (core::ProjectTransfer::checkout).
class CheckoutCommand {
public:
    int run(const QStringList& arguments);
};

}  // namespace app::cli
