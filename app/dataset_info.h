// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "gis/feature_source.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <vector>

namespace app {

/// One layer of a dataset as the Add Layer dialog lists it.
struct DatasetLayer {
    enum class CrsState { Known, Missing, Unknown };

    QString name;
    QString geometryType;  // as GDAL names it: "Point", "Multi Polygon", "None" …
    gis::GeometryKind kind = gis::GeometryKind::Unknown;
    bool hasGeometry = false;
    qint64 featureCount = -1;
    CrsState crsState = CrsState::Missing;
    QString crs;  // "EPSG:4326", or the name of a CRS PROJ does not know
    QStringList fields;
};

/// What a GDAL vector dataset (a file or a connection string such as "PG:dbname=…") holds: its
/// driver and layers, and for a CSV file all its columns, so that the geometry columns can be
/// chosen. inspect() may run on any thread (it opens its own GDAL handle); the result is a plain
/// value. Failures are reported in `error`, naming the dataset.
struct DatasetInfo {
    Q_DECLARE_TR_FUNCTIONS(DatasetInfo)

public:
    QString dataset;
    QStringList openOptions;
    QString driver;  // GDAL short name: "GPKG", "ESRI Shapefile", "CSV" …
    std::vector<DatasetLayer> layers;
    QStringList csvColumns;
    QString error;
    bool cancelled = false;

    bool isCsv() const { return driver == QLatin1String("CSV"); }

    /// Reads the dataset with these GDAL open options; stops early once `cancel` is set.
    static DatasetInfo inspect(const QString& dataset, const QStringList& openOptions,
                               const std::atomic<bool>& cancel);
    /// As inspect(), but for a CSV file without options, first guesses the geometry columns
    /// (guessCsvOptions) and reads it with them.
    static DatasetInfo inspectGuessingCsv(const QString& dataset, const std::atomic<bool>& cancel);

    /// GDAL open options (CSV driver) for geometry in WKT in `column`.
    static QStringList csvWktOptions(const QString& column);
    /// GDAL open options (CSV driver) for point geometry from columns `x` and `y`.
    static QStringList csvXyOptions(const QString& x, const QString& y);
    /// Options for well-known column names (WKT, geom …; lon/lat, x/y, 经度/纬度 …), or none.
    static QStringList guessCsvOptions(const QStringList& columns);
    /// The column named in `openOptions` by `key` (e.g. "X_POSSIBLE_NAMES"), or empty.
    static QString optionValue(const QStringList& openOptions, const QString& key);

    /// A file-dialog filter of the vector formats this GDAL build reads, all of them first.
    static QString fileDialogFilter();
    /// Whether this GDAL build has the driver (e.g. "PostgreSQL" for PostGIS).
    static bool hasDriver(const char* name);
};

}  // namespace app
