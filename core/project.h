// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "core/layer_record.h"
#include "gis/crs.h"
#include "gis/map_layer.h"

#include <QRectF>
#include <QString>

#include <vector>

namespace core {

/// An open project as the application uses it: its title, map CRS, home view and layers, each
/// layer with a live data source. Loaded from a ProjectDatabase; layers whose data cannot be opened
/// are kept (so nothing is lost on save) but listed in loadErrors() and left without a source.
class Project {
    Q_DECLARE_TR_FUNCTIONS(Project)

public:
    /// Throws gis::Error when the file is not a usable project (see ProjectDatabase).
    static Project open(const QString& path);

    const QString& path() const { return path_; }
    QString title(const QLocale& locale = QLocale()) const;
    const gis::Crs& crs() const { return crs_; }
    /// The whole agglomeration, in the project CRS.
    const QRectF& homeExtent() const { return homeExtent_; }
    const std::vector<LayerRecord>& layerRecords() const { return records_; }
    /// Render snapshots of the layers, in drawing order (bottom first).
    std::vector<gis::MapLayer> mapLayers(const QLocale& locale = QLocale()) const;
    const QStringList& loadErrors() const { return loadErrors_; }

    void setLayerVisible(const QString& key, bool visible);

private:
    QString path_;
    QString titleZh_;
    QString titleEn_;
    gis::Crs crs_;
    QRectF homeExtent_;
    std::vector<LayerRecord> records_;
    std::vector<std::shared_ptr<const gis::FeatureSource>> sources_;
    QStringList loadErrors_;
};

}  // namespace core
