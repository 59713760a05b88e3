// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "core/layer_record.h"
#include "core/plan_catalog.h"
#include "core/project_changes.h"
#include "core/project_store.h"
#include "gis/crs.h"
#include "gis/map_layer.h"

#include <QRectF>
#include <QString>

#include <vector>

namespace core {

struct ThematicPreset;

/// An open project as the application uses it: its title, map CRS, home view and layers, each
/// layer with a live data source. Loaded from a ProjectDatabase; layers whose data cannot be opened
/// are kept (so nothing is lost on save) but listed in loadErrors() and left without a source.
/// Changes to the layers and the CRS are saved in the project file at once, the layer list in one
/// transaction, and applied only once saved: a change that throws gis::Error changed nothing.
/// A value owned by the GUI thread; the sources it hands out may be queried from any thread.
class Project {
    Q_DECLARE_TR_FUNCTIONS(Project)

public:
    /// `path` is a project file or a database connection (ProjectStoreFactory). Throws
    /// gis::Error when it is not a usable project.
    static Project open(const QString& path);

    /// Where the project is, as GDAL opens its own tables: the file's absolute path, or the
    /// database connection ("PG:…").
    const QString& path() const { return path_; }
    /// The file, or "database … on … as …": for titles and messages (never a password).
    const QString& displayName() const { return displayName_; }
    bool isDatabase() const { return isDatabase_; }
    /// Whether this user may save feature edits (see ProjectStore::isWritable).
    bool canEdit() const { return canEdit_; }
    /// Whether layer, style and bookmark changes are saved for everyone (see
    /// ProjectStore::canAdminister); otherwise visibility and CRS last for this session only
    /// and other changes are refused.
    bool canAdminister() const { return canAdminister_; }
    QString title(const QLocale& locale = QLocale()) const;
    const gis::Crs& crs() const { return crs_; }
    /// The whole agglomeration, in the project CRS.
    const QRectF& homeExtent() const { return homeExtent_; }
    const std::vector<LayerRecord>& layerRecords() const { return records_; }
    /// Render snapshots of the layers, in drawing order (bottom first). With a scale denominator,
    /// layers outside their scale range are marked invisible. With a `theme`, the layers it names
    /// take its style and visibility (the project is unchanged). Legend labels of plan vocabulary
    /// follow `locale`.
    std::vector<gis::MapLayer> mapLayers(const QLocale& locale = QLocale(),
                                         double scaleDenominator = 0,
                                         const ThematicPreset* theme = nullptr) const;
    const QStringList& loadErrors() const { return loadErrors_; }
    /// Why a layer has no source (empty when it has one).
    QString layerError(const QString& key) const;
    /// The data source of a layer; nullptr if it could not be opened or there is no such layer.
    std::shared_ptr<const gis::FeatureSource> source(const QString& key) const;
    /// The name GDAL opens for a layer: the project file, an absolute path (a relative one is
    /// taken from the project's folder) or a connection string such as "PG:dbname=lanxi".
    QString resolvedDataset(const LayerRecord& record) const;
    /// The plan catalog of the project (empty if the project holds none).
    const PlanCatalog& catalog() const { return *catalog_; }
    std::shared_ptr<const PlanCatalog> sharedCatalog() const { return catalog_; }

    const std::vector<Bookmark>& bookmarks() const { return bookmarks_; }
    /// Saves a bookmark in the project file at once; throws gis::Error if the file is read-only.
    void addBookmark(const Bookmark& bookmark);
    void removeBookmark(std::size_t index);

    /// Changes the map CRS; the home extent follows. Saved in lx_meta 'crs' where the file is
    /// writable; a read-only project keeps it for this session only.
    void setCrs(const gis::Crs& crs);

    /// Adds a layer on top of the others and returns its key: `record.key`, or one made from the
    /// table name, made unique. An untouched style (gis::Style()) becomes the default one for the
    /// layer's geometry kind, in a colour no other layer uses yet. `source` is the layer's data
    /// when already opened (possibly on a worker thread); otherwise it is opened here. Throws
    /// gis::Error, adding nothing, when the data cannot be opened or the file not written.
    QString addLayer(LayerRecord record, std::shared_ptr<const gis::FeatureSource> source = {});
    /// The edits below ignore keys that are not in the project.
    void removeLayer(const QString& key);
    /// Moves a layer to `newIndex` in drawing order (0 is the bottom); the index is clamped.
    void moveLayer(const QString& key, int newIndex);
    /// `opacity` is clamped to [0, 1].
    void setLayerOpacity(const QString& key, double opacity);
    /// See LayerRecord::minScale; 0 means no limit. Throws gis::Error when both are set and
    /// `minScale` is not the larger denominator.
    void setLayerScaleRange(const QString& key, double minScale, double maxScale);
    /// Saved where the file is writable; a read-only project keeps it for this session only.
    void setLayerVisible(const QString& key, bool visible);
    /// Replaces a layer's style, saved at once. Throws gis::Error, changing nothing, when the
    /// file cannot be written.
    void setLayerStyle(const QString& key, const gis::Style& style);
    /// Gives the layers named by the preset `id` (see thematicPresets()) its styles and
    /// visibility, saved in one transaction. Throws gis::Error, changing nothing, for an unknown id
    /// or a file that cannot be written.
    void applyThematicPreset(const QString& id);
    /// Sets the CRS that replaces the layer's own ("EPSG:4326"; empty: none) and reopens its data.
    /// Throws gis::Error, changing nothing, when the layer still cannot be opened.
    void setLayerCrsOverride(const QString& key, const QString& crs);
    /// The style a new layer of `kind` gets: the `colourIndex`-th colour of a qualitative palette.
    static gis::Style defaultStyle(gis::GeometryKind kind, int colourIndex);

    /// Opens a layer's data again, so that its feature count and extent follow what another
    /// session saved; errors go to loadErrors(). Ignores keys that are not in the project.
    void reopenSource(const QString& key);
    /// Restricts the plan layers (plan_* tables) to the items matching `sqlWhere` (empty: all), on
    /// top of each layer's own filter. Reopens their sources; errors go to loadErrors().
    void setPlanFilter(const QString& sqlWhere);
    const QString& planFilter() const { return planFilter_; }
    /// Signals each change of this project (and of its copies) to the views.
    ProjectChanges* changes() const { return changes_.get(); }
    /// The filter a layer's source uses now: its own and the plan filter, combined.
    QString effectiveFilter(const LayerRecord& record) const;
    /// Whether a layer shows plan items (a plan_* table of the project file).
    static bool isPlanLayer(const LayerRecord& record);

private:
    QString path_;
    QString displayName_;
    bool isDatabase_ = false;
    bool canEdit_ = false;
    bool canAdminister_ = false;
    QString titleZh_;
    QString titleEn_;
    gis::Crs crs_;
    QRectF homeLonLat_;
    QRectF homeExtent_;
    std::vector<LayerRecord> records_;
    // Aligned with records_: each layer's source, or why it has none.
    std::vector<std::shared_ptr<const gis::FeatureSource>> sources_;
    std::vector<QString> sourceErrors_;
    QStringList catalogErrors_;
    QStringList loadErrors_;
    QString planFilter_;
    std::vector<Bookmark> bookmarks_;
    std::shared_ptr<const PlanCatalog> catalog_;
    std::shared_ptr<ProjectChanges> changes_ = std::make_shared<ProjectChanges>();

    std::unique_ptr<ProjectStore> openStoreForChange() const;
    void openSources();
    std::shared_ptr<const gis::FeatureSource> openSource(const LayerRecord& record) const;
    void updateLoadErrors();
    int indexOf(const QString& key) const;
    /// Writes `records` as the layer list, then makes them current (sources moved alongside).
    void saveLayers(std::vector<LayerRecord> records,
                    std::vector<std::shared_ptr<const gis::FeatureSource>> sources,
                    std::vector<QString> errors);
    int unusedColourIndex() const;
};

}  // namespace core
