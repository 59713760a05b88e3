// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include <QString>

namespace core {

/// Builds the bundled default project from the plain-text sources under data/: the open base map
/// (data/basemap/lanxi-base.gpkg) and the plan's items (data/plan/items.csv). Writes to a
/// temporary file and renames it into place, so a failed build never leaves a half-written
/// project. Throws gis::Error naming the file and line of bad input.
class DefaultProjectBuilder {
    Q_DECLARE_TR_FUNCTIONS(DefaultProjectBuilder)

public:
    explicit DefaultProjectBuilder(QString dataDirectory);

    void build(const QString& outputPath) const;

private:
    void writeFeatureTables(const QString& path) const;
    void writeApplicationTables(const QString& path) const;

    QString dataDirectory_;
};

}  // namespace core
