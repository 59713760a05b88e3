// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gis/style.h"

#include <QLocale>
#include <QString>

namespace core {

/// One row of the project's layer list (table lx_layer): which feature table it shows (in the
/// project file unless `dataset` names another GDAL source), with which filter and style, in
/// which order. Names are kept in Chinese and English; the interface shows the one that fits.
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

    /// The name to show to a user of `locale`: Chinese for Chinese locales, English otherwise.
    QString displayName(const QLocale& locale = QLocale()) const;
};

}  // namespace core
