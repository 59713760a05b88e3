// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project.h"

#include "core/project_database.h"
#include "gis/coordinate_transform.h"
#include "gis/error.h"
#include "gis/ogr/ogr_feature_source.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace core {

namespace {

/// Reads "minx,miny,maxx,maxy".
QRectF parseExtent(const QString& text, const QString& origin) {
    const QStringList parts = text.split(u',');
    bool ok = parts.size() == 4;
    double values[4] = {};
    for (int i = 0; ok && i < 4; ++i) {
        values[i] = parts[i].trimmed().toDouble(&ok);
    }
    if (!ok || values[2] <= values[0] || values[3] <= values[1]) {
        throw gis::Error(Project::tr("%1: invalid extent \"%2\"").arg(origin, text));
    }
    return QRectF(QPointF(values[0], values[1]), QPointF(values[2], values[3]));
}

}  // namespace

Project Project::open(const QString& path) {
    // Writable files are opened for writing so that an older schema is upgraded on the way in.
    const bool writable = QFileInfo(path).isWritable();
    ProjectDatabase database(
        path, writable ? ProjectDatabase::Access::ReadWrite : ProjectDatabase::Access::ReadOnly);
    Project project;
    project.path_ = QFileInfo(path).absoluteFilePath();
    project.titleZh_ = database.meta(QStringLiteral("title_zh")).value_or(QString());
    project.titleEn_ = database.meta(QStringLiteral("title_en")).value_or(QString());
    project.crs_ = gis::Crs::fromUserInput(
        database.meta(QStringLiteral("crs")).value_or(QStringLiteral("EPSG:4326")));
    const QRectF homeLonLat = parseExtent(database.meta(QStringLiteral("home_extent_lonlat"))
                                              .value_or(QStringLiteral("98.5,33.5,106.5,38.8")),
                                          path);
    project.homeExtent_ =
        gis::CoordinateTransform(gis::Crs::wgs84(), project.crs_).transformBounds(homeLonLat);
    project.records_ = database.layers();
    project.bookmarks_ = database.bookmarks();
    project.openSources();
    try {
        project.catalog_ =
            std::make_shared<const PlanCatalog>(PlanCatalog::load(project.path_, database));
    } catch (const gis::Error& error) {
        project.loadErrors_ << Project::tr("Plan catalog: %1").arg(error.message());
        project.catalog_ = std::make_shared<const PlanCatalog>();
    }
    return project;
}

void Project::openSources() {
    sources_.clear();
    loadErrors_.clear();
    for (const LayerRecord& record : records_) {
        std::shared_ptr<const gis::FeatureSource> source;
        try {
            const QString dataset = record.dataset.isEmpty() ? path_
                                    : QFileInfo(record.dataset).isRelative()
                                        ? QFileInfo(path_).dir().filePath(record.dataset)
                                        : record.dataset;
            source = std::make_shared<gis::OgrFeatureSource>(
                gis::OgrLayerAddress{dataset, record.table, effectiveFilter(record)});
        } catch (const gis::Error& error) {
            loadErrors_ << Project::tr("Layer %1: %2").arg(record.displayName(), error.message());
        }
        sources_.push_back(std::move(source));
    }
}

bool Project::isPlanLayer(const LayerRecord& record) {
    return record.dataset.isEmpty() && record.table.startsWith(QLatin1String("plan_"));
}

QString Project::effectiveFilter(const LayerRecord& record) const {
    if (planFilter_.isEmpty() || !isPlanLayer(record)) {
        return record.filter;
    }
    if (record.filter.isEmpty()) {
        return planFilter_;
    }
    return QStringLiteral("(%1) AND (%2)").arg(record.filter, planFilter_);
}

void Project::setPlanFilter(const QString& sqlWhere) {
    planFilter_ = sqlWhere;
    openSources();
}

void Project::addBookmark(const Bookmark& bookmark) {
    std::vector<Bookmark> bookmarks = bookmarks_;
    bookmarks.push_back(bookmark);
    ProjectDatabase(path_, ProjectDatabase::Access::ReadWrite).replaceBookmarks(bookmarks);
    bookmarks_ = std::move(bookmarks);
}

void Project::removeBookmark(std::size_t index) {
    if (index >= bookmarks_.size()) {
        return;
    }
    std::vector<Bookmark> bookmarks = bookmarks_;
    bookmarks.erase(bookmarks.begin() + static_cast<std::ptrdiff_t>(index));
    ProjectDatabase(path_, ProjectDatabase::Access::ReadWrite).replaceBookmarks(bookmarks);
    bookmarks_ = std::move(bookmarks);
}

QString Project::title(const QLocale& locale) const {
    return locale.language() == QLocale::Chinese || titleEn_.isEmpty() ? titleZh_ : titleEn_;
}

std::vector<gis::MapLayer> Project::mapLayers(const QLocale& locale) const {
    std::vector<gis::MapLayer> layers;
    for (std::size_t i = 0; i < records_.size(); ++i) {
        const LayerRecord& record = records_[i];
        layers.push_back({record.key, record.displayName(locale), sources_[i], record.style,
                          record.visible && sources_[i] != nullptr, record.opacity});
    }
    return layers;
}

void Project::setLayerVisible(const QString& key, bool visible) {
    for (LayerRecord& record : records_) {
        if (record.key == key) {
            record.visible = visible;
        }
    }
}

}  // namespace core
