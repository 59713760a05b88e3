// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace app::cli {

/// `lanxi-atlas export --project FILE --layer NAME [--where SQL]
/// OUT.(geojson|kml|shp|gpkg|csv|dxf)`: writes a layer or the features the filter selects to a new
/// file (core::FeatureExporter).
class ExportCommand {
public:
    int run(const QStringList& arguments);
};

}  // namespace app::cli
