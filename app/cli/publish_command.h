// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace app::cli {

/// `lanxi-atlas publish --project FILE.gpkg --to postgresql://…`: copies a project file into an
/// empty PostgreSQL/PostGIS database for a team (core::ProjectTransfer::publish).
class PublishCommand {
public:
    int run(const QStringList& arguments);
};

}  // namespace app::cli
