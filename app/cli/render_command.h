// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include <QStringList>

namespace app::cli {

/// `lanxi-atlas render --out FILE.png [--size WxH] [--extent minx,miny,maxx,maxy] [--crs EPSG:N]
/// [--dpi N] [--project FILE]`: renders a project's map to an image with the same painter the
/// workstation uses. The extent is in the --crs (default: the project's), x = easting/longitude.
class RenderCommand {
    Q_DECLARE_TR_FUNCTIONS(RenderCommand)

public:
    int run(const QStringList& arguments);
};

}  // namespace app::cli
