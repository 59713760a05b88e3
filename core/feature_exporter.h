// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace core {

/// Exports a layer, or the features an SQL WHERE clause selects, to a new file whose format
/// follows its extension: .geojson, .kml, .shp, .gpkg, .csv (geometry as WKT) or .dxf. Uses
/// GDALVectorTranslate; KML is written in WGS 84, the others keep the layer's CRS. Any thread.
class FeatureExporter {
    Q_DECLARE_TR_FUNCTIONS(FeatureExporter)

public:
    /// The formats by extension, for --help and file dialogs.
    static QStringList extensions();

    /// Writes `outPath` and returns the number of features written. Throws gis::Error naming the
    /// file when the layer cannot be read, the format is unknown, the output exists or the where
    /// clause is wrong; a failed export leaves no output file.
    static int run(const QString& datasetPath, const QString& layerName, const QString& where,
                   const QString& outPath);
};

}  // namespace core
