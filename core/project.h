// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "core/layer_record.h"
#include "core/plan_catalog.h"
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
    /// The plan catalog of the project (empty if the project holds none).
    const PlanCatalog& catalog() const { return *catalog_; }
    std::shared_ptr<const PlanCatalog> sharedCatalog() const { return catalog_; }

    const std::vector<Bookmark>& bookmarks() const { return bookmarks_; }
    /// Saves a bookmark in the project file at once; throws gis::Error if the file is read-only.
    void addBookmark(const Bookmark& bookmark);
    void removeBookmark(std::size_t index);

    void setLayerVisible(const QString& key, bool visible);
    /// Restricts the plan layers (plan_* tables) to the items matching `sqlWhere` (empty: all), on
    /// top of each layer's own filter. Reopens their sources; errors go to loadErrors().
    void setPlanFilter(const QString& sqlWhere);
    const QString& planFilter() const { return planFilter_; }
    /// The filter a layer's source uses now: its own and the plan filter, combined.
    QString effectiveFilter(const LayerRecord& record) const;
    /// Whether a layer shows plan items (a plan_* table of the project file).
    static bool isPlanLayer(const LayerRecord& record);

private:
    QString path_;
    QString titleZh_;
    QString titleEn_;
    gis::Crs crs_;
    QRectF homeExtent_;
    std::vector<LayerRecord> records_;
    std::vector<std::shared_ptr<const gis::FeatureSource>> sources_;
    QStringList loadErrors_;
    QString planFilter_;
    std::vector<Bookmark> bookmarks_;
    std::shared_ptr<const PlanCatalog> catalog_;

    void openSources();
};

}  // namespace core
