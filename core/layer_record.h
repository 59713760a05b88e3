// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gis/style.h"

#include <QLocale>
#include <QString>
#include <QStringList>

namespace core {

/// One row of the project's layer list (table lx_layer): which feature table it shows (in the
/// project file unless `dataset` names another GDAL source), with which filter and style, in
/// which order. Names are kept in Chinese and English; the interface shows the one that fits.
/// `dataset` is empty (the project file), a path (absolute, or relative to the project file) or a
/// GDAL connection string such as "PG:dbname=lanxi".
struct LayerRecord {
    QString key;
    QString nameZh;
    QString nameEn;
    QString dataset;
    QString table;
    QString filter;
    gis::Style style;
    bool visible = true;
    double opacity = 1.0;
    /// GDAL open options ("KEY=VALUE"), e.g. the geometry columns of a CSV file.
    QStringList openOptions;
    /// A CRS ("EPSG:4326", a PROJ string or WKT) that replaces the dataset's own, for data without
    /// one or with one PROJ does not know; empty: the dataset's own CRS.
    QString crsOverride;
    /// The layer shows only between these scales, as in QGIS: hidden when zoomed out beyond
    /// 1:minScale or zoomed in beyond 1:maxScale. 0 means no limit.
    double minScale = 0;
    double maxScale = 0;

    /// The name to show to a user of `locale`: Chinese for Chinese locales, English otherwise.
    QString displayName(const QLocale& locale = QLocale()) const;
    /// Whether the scale range allows the layer at 1:`scaleDenominator` (0: scale unknown, yes).
    bool isVisibleAtScale(double scaleDenominator) const;
};

}  // namespace core
