// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "core/csv_table.h"
#include "core/plan_catalog_types.h"

#include <QString>

namespace core {

/// Builds the bundled default project from the plain-text sources under data/: the open base map
/// (data/basemap/lanxi-base.gpkg), the plan's items (data/plan/items.csv) and its catalog
/// (tasks, departments, indicators), plus the standard bookmarks. Writes to a
/// temporary file and renames it into place, so a failed build never leaves a half-written
/// project. Throws gis::Error naming the file and line of bad input.
class DefaultProjectBuilder {
    Q_DECLARE_TR_FUNCTIONS(DefaultProjectBuilder)

public:
    explicit DefaultProjectBuilder(QString dataDirectory);

    void build(const QString& outputPath);

private:
    void writeFeatureTables(const QString& path) const;
    void writeApplicationTables(const QString& path) const;

    QString dataDirectory_;
    CsvTable items_;
    CatalogTables catalog_;
};

}  // namespace core
