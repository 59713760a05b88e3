// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/feature_importer.h"

#include <QDialog>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTreeWidget;

namespace app {

/// File → Import footprints…: a source file (GeoJSON, KML, Shapefile, DXF, GeoPackage, CSV), the
/// plan layer to import into, the kind and status for features that carry none and whether to
/// write the valid features when others are refused. Import runs `importer` (the EditController's)
/// and lists the per-feature report: imported, or refused and why. GUI thread only.
class ImportFootprintsDialog : public QDialog {
    Q_OBJECT
public:
    /// Runs an import into a plan table; nothing when it could not start (the reason is shown).
    using Importer = std::function<std::optional<core::ImportReport>(
        const QString& table, const QString& source, const core::ImportOptions& options,
        QString* error)>;

    ImportFootprintsDialog(Importer importer, QWidget* parent = nullptr);

    void setSource(const QString& path);
    /// "plan_point", "plan_line" or "plan_area".
    void setTargetTable(const QString& table);
    void setSkipInvalid(bool skip);
    /// Imports with the entered settings and shows the report.
    void runImport();

    /// The rows as shown ("2\tsource #2\trefused\treason"), for tests and copying.
    QStringList reportRows() const;
    QString summary() const;

private:
    void chooseSource();

    Importer importer_;
    QLineEdit* source_;
    QComboBox* table_;
    QComboBox* kind_;
    QComboBox* status_;
    QCheckBox* skipInvalid_;
    QLabel* summary_;
    QTreeWidget* report_;
};

}  // namespace app
