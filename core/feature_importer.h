// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVariantMap>

#include <cstdint>
#include <vector>

namespace core {

class EditSession;

/// How to read an import source.
struct ImportOptions {
    /// Only this layer of the source (all layers when empty).
    QString sourceLayer;
    /// The CRS of a source that declares none (CSV, DXF); by default the target layer's.
    QString sourceCrs;
    /// Values for target fields the source does not have (kind, status …).
    QVariantMap defaults;
    /// Write the valid features even when others are refused.
    bool skipInvalid = false;
};

/// What happened to one source feature.
struct ImportedFeature {
    int number = 0;         // 1-based, in reading order
    QString source;         // "layer #fid" in the source
    bool imported = false;  // valid; written only when the report says so
    QString reason;         // why it was refused
    std::int64_t fid = -1;  // its id in the target after saving
};

struct ImportReport {
    std::vector<ImportedFeature> features;
    /// True when the features were saved (all valid, or skipInvalid).
    bool written = false;
    int importedCount() const;
    int refusedCount() const;
};

/// Imports footprints from any GDAL vector source (GeoJSON, KML, Shapefile, DXF, GeoPackage, CSV
/// with a WKT column or x/y columns) into the layer of an EditSession: each feature is reprojected
/// to the layer's CRS, closed lines become polygons for a polygon layer, attributes are matched to
/// fields by name (case-insensitive) and then go through the session's validation. The whole
/// import is one undo step and one save (one transaction with its history): when a feature is
/// refused nothing is written unless skipInvalid. The session must have no pending edits.
class FeatureImporter {
    Q_DECLARE_TR_FUNCTIONS(FeatureImporter)

public:
    explicit FeatureImporter(EditSession& session);

    /// Throws gis::Error when the source cannot be read at all.
    ImportReport run(const QString& sourcePath, const ImportOptions& options = {});

private:
    EditSession& session_;
};

}  // namespace core
