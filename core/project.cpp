// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project.h"

#include "core/plan_legend_labels.h"
#include "core/project_store_factory.h"
#include "core/thematic_preset.h"
#include "gis/coordinate_transform.h"
#include "gis/error.h"
#include "gis/ogr/ogr_feature_source.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <array>

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

/// A qualitative palette (after ColorBrewer Set1/Dark2) that keeps clear of the plan's reds.
constexpr std::array<QRgb, 10> kPalette{0x377eb8, 0xff7f00, 0x4daf4a, 0x984ea3, 0xe7298a,
                                        0xa65628, 0x17becf, 0xbcbd22, 0x1b9e77, 0x666666};

/// "PG:dbname=…", "WFS:http…": a driver prefix of two or more letters (one is a Windows drive).
bool isConnectionString(const QString& dataset) {
    static const QRegularExpression prefix(QStringLiteral("^[A-Za-z][A-Za-z0-9_]+:"));
    return prefix.match(dataset).hasMatch();
}

/// Sources like a CSV with a WKT column do not declare a geometry type: look at the first
/// features instead.
gis::GeometryKind sampledGeometryKind(const gis::FeatureSource& source) {
    if (source.geometryKind() != gis::GeometryKind::Unknown) {
        return source.geometryKind();
    }
    const std::unique_ptr<gis::FeatureIterator> features = source.query({});
    gis::Feature feature;
    for (int i = 0; i < 100 && features->next(feature); ++i) {
        if (!feature.geometry) {
            continue;
        }
        const gis::GeometryKind kind = gis::geometryKindOf(feature.geometry->getGeometryType());
        if (kind != gis::GeometryKind::Unknown) {
            return kind;
        }
    }
    return gis::GeometryKind::Unknown;
}

bool isUntouched(const gis::Style& style) {
    const gis::Style untouched;
    return style.defaultSymbol == untouched.defaultSymbol && style.categoryField.isEmpty() &&
           style.categories.empty() && !style.label.enabled;
}

/// Letters and digits of any script are kept, so Chinese table names stay readable.
QString keyFrom(const QString& text) {
    QString key;
    for (const QChar c : text.trimmed().toLower()) {
        key += c.isLetterOrNumber() ? c : u'_';
    }
    return key.isEmpty() ? QStringLiteral("layer") : key;
}

}  // namespace

Project Project::open(const QString& path) {
    // Writable files are opened for writing so that an older schema is upgraded on the way in.
    const std::unique_ptr<ProjectStore> store = ProjectStoreFactory::openBestAccess(
        ProjectStoreFactory::isDatabase(path) ? path : QFileInfo(path).absoluteFilePath());
    const ProjectStore& database = *store;
    Project project;
    project.path_ = database.datasetName();
    project.displayName_ = database.displayName();
    project.isDatabase_ = ProjectStoreFactory::isDatabase(path);
    project.canEdit_ = database.isWritable();
    project.canAdminister_ = database.canAdminister();
    project.titleZh_ = database.meta(QStringLiteral("title_zh")).value_or(QString());
    project.titleEn_ = database.meta(QStringLiteral("title_en")).value_or(QString());
    project.crs_ = gis::Crs::fromUserInput(
        database.meta(QStringLiteral("crs")).value_or(QStringLiteral("EPSG:4326")));
    project.homeLonLat_ = parseExtent(database.meta(QStringLiteral("home_extent_lonlat"))
                                          .value_or(QStringLiteral("98.5,33.5,106.5,38.8")),
                                      path);
    project.homeExtent_ = gis::CoordinateTransform(gis::Crs::wgs84(), project.crs_)
                              .transformBounds(project.homeLonLat_);
    project.records_ = database.layers();
    project.bookmarks_ = database.bookmarks();
    try {
        project.catalog_ =
            std::make_shared<const PlanCatalog>(PlanCatalog::load(project.path_, database));
    } catch (const gis::Error& error) {
        project.catalogErrors_ << Project::tr("Plan catalog: %1").arg(error.message());
        project.catalog_ = std::make_shared<const PlanCatalog>();
    }
    project.openSources();
    return project;
}

QString Project::resolvedDataset(const LayerRecord& record) const {
    if (record.dataset.isEmpty()) {
        return path_;
    }
    if (isConnectionString(record.dataset) || !QFileInfo(record.dataset).isRelative() ||
        isDatabase_) {
        return record.dataset;
    }
    return QDir::cleanPath(QFileInfo(path_).dir().filePath(record.dataset));
}

std::shared_ptr<const gis::FeatureSource> Project::openSource(const LayerRecord& record) const {
    return std::make_shared<gis::OgrFeatureSource>(
        gis::OgrLayerAddress{resolvedDataset(record), record.table, effectiveFilter(record),
                             record.openOptions, record.crsOverride});
}

void Project::openSources() {
    sources_.clear();
    sourceErrors_.clear();
    for (const LayerRecord& record : records_) {
        std::shared_ptr<const gis::FeatureSource> source;
        QString error;
        try {
            source = openSource(record);
        } catch (const gis::Error& failure) {
            error = failure.message();
        }
        sources_.push_back(std::move(source));
        sourceErrors_.push_back(error);
    }
    updateLoadErrors();
}

void Project::updateLoadErrors() {
    loadErrors_.clear();
    for (std::size_t i = 0; i < records_.size(); ++i) {
        if (!sourceErrors_[i].isEmpty()) {
            loadErrors_
                << Project::tr("Layer %1: %2").arg(records_[i].displayName(), sourceErrors_[i]);
        }
    }
    loadErrors_ << catalogErrors_;
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

void Project::reopenSource(const QString& key) {
    const int index = indexOf(key);
    if (index < 0) {
        return;
    }
    const auto i = static_cast<std::size_t>(index);
    try {
        sources_[i] = openSource(records_[i]);
        sourceErrors_[i].clear();
    } catch (const gis::Error& failure) {
        sources_[i].reset();
        sourceErrors_[i] = failure.message();
    }
    updateLoadErrors();
}

void Project::setPlanFilter(const QString& sqlWhere) {
    planFilter_ = sqlWhere;
    openSources();
    Q_EMIT changes_->layersChanged();
}

void Project::addBookmark(const Bookmark& bookmark) {
    std::vector<Bookmark> bookmarks = bookmarks_;
    bookmarks.push_back(bookmark);
    openStoreForChange()->replaceBookmarks(bookmarks);
    bookmarks_ = std::move(bookmarks);
    Q_EMIT changes_->bookmarksChanged();
}

void Project::removeBookmark(std::size_t index) {
    if (index >= bookmarks_.size()) {
        return;
    }
    std::vector<Bookmark> bookmarks = bookmarks_;
    bookmarks.erase(bookmarks.begin() + static_cast<std::ptrdiff_t>(index));
    openStoreForChange()->replaceBookmarks(bookmarks);
    bookmarks_ = std::move(bookmarks);
    Q_EMIT changes_->bookmarksChanged();
}

QString Project::title(const QLocale& locale) const {
    return locale.language() == QLocale::Chinese || titleEn_.isEmpty() ? titleZh_ : titleEn_;
}

std::vector<gis::MapLayer> Project::mapLayers(const QLocale& locale, double scaleDenominator,
                                              const ThematicPreset* theme) const {
    std::vector<gis::MapLayer> layers;
    for (std::size_t i = 0; i < records_.size(); ++i) {
        const LayerRecord& record = records_[i];
        const ThematicLayer* themed = theme ? theme->layer(record.key) : nullptr;
        const gis::Style& style = themed ? themed->style : record.style;
        const bool visible = themed ? themed->visible : record.visible;
        layers.push_back(
            {record.key, record.displayName(locale), sources_[i],
             PlanLegendLabels::localized(style, locale),
             visible && sources_[i] != nullptr && record.isVisibleAtScale(scaleDenominator),
             record.opacity});
    }
    return layers;
}

int Project::indexOf(const QString& key) const {
    for (std::size_t i = 0; i < records_.size(); ++i) {
        if (records_[i].key == key) {
            return int(i);
        }
    }
    return -1;
}

QString Project::layerError(const QString& key) const {
    const int index = indexOf(key);
    return index < 0 ? QString() : sourceErrors_[index];
}

std::shared_ptr<const gis::FeatureSource> Project::source(const QString& key) const {
    const int index = indexOf(key);
    return index < 0 ? nullptr : sources_[index];
}

void Project::saveLayers(std::vector<LayerRecord> records,
                         std::vector<std::shared_ptr<const gis::FeatureSource>> sources,
                         std::vector<QString> errors) {
    openStoreForChange()->replaceLayers(records);
    records_ = std::move(records);
    sources_ = std::move(sources);
    sourceErrors_ = std::move(errors);
    updateLoadErrors();
}

std::unique_ptr<ProjectStore> Project::openStoreForChange() const {
    if (!canAdminister_) {
        throw gis::Error(
            isDatabase_
                ? Project::tr("Cannot change the project: %1 lets only its administrators change "
                              "layers, styles and bookmarks")
                      .arg(displayName_)
                : Project::tr("Cannot change the project: the project file %1 is read-only")
                      .arg(displayName_));
    }
    return ProjectStoreFactory::open(path_, true);
}

void Project::setCrs(const gis::Crs& crs) {
    const QRectF homeExtent =
        gis::CoordinateTransform(gis::Crs::wgs84(), crs).transformBounds(homeLonLat_);
    if (canAdminister_) {
        openStoreForChange()->setMeta(QStringLiteral("crs"), crs.authId());
    }
    crs_ = crs;
    homeExtent_ = homeExtent;
    Q_EMIT changes_->crsChanged();
}

int Project::unusedColourIndex() const {
    for (std::size_t i = 0; i < kPalette.size(); ++i) {
        const bool used = std::any_of(records_.begin(), records_.end(), [i](const auto& record) {
            const gis::Symbol& symbol = record.style.defaultSymbol;
            return symbol.strokeColor.rgb() == QColor(kPalette[i]).rgb() ||
                   symbol.fillColor.rgb() == QColor(kPalette[i]).rgb();
        });
        if (!used) {
            return int(i);
        }
    }
    return int(records_.size() % kPalette.size());
}

gis::Style Project::defaultStyle(gis::GeometryKind kind, int colourIndex) {
    const QColor colour(kPalette[std::size_t(colourIndex) % kPalette.size()]);
    QColor translucent = colour;
    translucent.setAlpha(110);
    // Rounded to 8 bits a channel, as the style's JSON keeps them, so that a saved style compares
    // equal to the one given.
    const auto darker = [&colour](int factor) {
        return QColor::fromRgb(colour.darker(factor).rgb());
    };
    gis::Style style;
    gis::Symbol& symbol = style.defaultSymbol;
    symbol.markerShape = gis::MarkerShape::Circle;
    symbol.markerSizeMm = 2.6;
    switch (kind) {
        case gis::GeometryKind::Point:
            symbol.fillColor = colour;
            symbol.strokeColor = darker(150);
            symbol.strokeWidthMm = 0.2;
            break;
        case gis::GeometryKind::Line:
            symbol.fillColor = Qt::transparent;
            symbol.strokeColor = colour;
            symbol.strokeWidthMm = 0.6;
            break;
        case gis::GeometryKind::Polygon:
        case gis::GeometryKind::Unknown:
            symbol.fillColor = translucent;
            symbol.strokeColor = darker(130);
            symbol.strokeWidthMm = 0.3;
            break;
    }
    return style;
}

QString Project::addLayer(LayerRecord record, std::shared_ptr<const gis::FeatureSource> source) {
    const QString name =
        record.table.isEmpty() ? QFileInfo(record.dataset).completeBaseName() : record.table;
    if (record.nameZh.isEmpty() && record.nameEn.isEmpty()) {
        record.nameZh = record.nameEn = name;
    }
    const QString base = keyFrom(record.key.isEmpty() ? name : record.key);
    record.key = base;
    for (int n = 2; indexOf(record.key) >= 0; ++n) {
        record.key = QStringLiteral("%1_%2").arg(base).arg(n);
    }
    if (!source) {
        source = openSource(record);
    }
    if (isUntouched(record.style)) {
        record.style = defaultStyle(sampledGeometryKind(*source), unusedColourIndex());
    }
    std::vector<LayerRecord> records = records_;
    auto sources = sources_;
    auto errors = sourceErrors_;
    records.push_back(record);
    sources.push_back(std::move(source));
    errors.emplace_back();
    saveLayers(std::move(records), std::move(sources), std::move(errors));
    Q_EMIT changes_->layersChanged();
    return record.key;
}

void Project::removeLayer(const QString& key) {
    const int index = indexOf(key);
    if (index < 0) {
        return;
    }
    std::vector<LayerRecord> records = records_;
    auto sources = sources_;
    auto errors = sourceErrors_;
    records.erase(records.begin() + index);
    sources.erase(sources.begin() + index);
    errors.erase(errors.begin() + index);
    saveLayers(std::move(records), std::move(sources), std::move(errors));
    Q_EMIT changes_->layersChanged();
}

void Project::moveLayer(const QString& key, int newIndex) {
    const int from = indexOf(key);
    if (from < 0) {
        return;
    }
    const int to = std::clamp(newIndex, 0, int(records_.size()) - 1);
    if (to == from) {
        return;
    }
    std::vector<LayerRecord> records = records_;
    auto sources = sources_;
    auto errors = sourceErrors_;
    const auto move = [from, to](auto& items) {
        auto item = std::move(items[from]);
        items.erase(items.begin() + from);
        items.insert(items.begin() + to, std::move(item));
    };
    move(records);
    move(sources);
    move(errors);
    saveLayers(std::move(records), std::move(sources), std::move(errors));
    Q_EMIT changes_->layersChanged();
}

void Project::setLayerOpacity(const QString& key, double opacity) {
    const int index = indexOf(key);
    if (index < 0) {
        return;
    }
    std::vector<LayerRecord> records = records_;
    records[index].opacity = std::clamp(opacity, 0.0, 1.0);
    saveLayers(std::move(records), sources_, sourceErrors_);
    Q_EMIT changes_->layersChanged();
}

void Project::setLayerScaleRange(const QString& key, double minScale, double maxScale) {
    const int index = indexOf(key);
    if (index < 0) {
        return;
    }
    if (minScale < 0 || maxScale < 0 || (minScale > 0 && maxScale > 0 && minScale <= maxScale)) {
        throw gis::Error(Project::tr("Layer %1: the scale range 1:%2 (zoomed out) to 1:%3 "
                                     "(zoomed in) is empty")
                             .arg(records_[index].displayName())
                             .arg(minScale)
                             .arg(maxScale));
    }
    std::vector<LayerRecord> records = records_;
    records[index].minScale = minScale;
    records[index].maxScale = maxScale;
    saveLayers(std::move(records), sources_, sourceErrors_);
    Q_EMIT changes_->layersChanged();
}

void Project::setLayerVisible(const QString& key, bool visible) {
    const int index = indexOf(key);
    if (index < 0) {
        return;
    }
    if (!canAdminister_) {
        records_[index].visible = visible;
        Q_EMIT changes_->visibilityChanged(key);
        return;
    }
    std::vector<LayerRecord> records = records_;
    records[index].visible = visible;
    saveLayers(std::move(records), sources_, sourceErrors_);
    Q_EMIT changes_->visibilityChanged(key);
}

void Project::setLayerStyle(const QString& key, const gis::Style& style) {
    const int index = indexOf(key);
    if (index < 0) {
        return;
    }
    std::vector<LayerRecord> records = records_;
    records[index].style = style;
    saveLayers(std::move(records), sources_, sourceErrors_);
    Q_EMIT changes_->stylesChanged();
}

void Project::applyThematicPreset(const QString& id) {
    const ThematicPreset* preset = findThematicPreset(id);
    if (!preset) {
        throw gis::Error(Project::tr("There is no thematic map \"%1\"").arg(id));
    }
    std::vector<LayerRecord> records = records_;
    for (LayerRecord& record : records) {
        if (const ThematicLayer* themed = preset->layer(record.key)) {
            record.style = themed->style;
            record.visible = themed->visible;
        }
    }
    saveLayers(std::move(records), sources_, sourceErrors_);
    Q_EMIT changes_->stylesChanged();
}

void Project::setLayerCrsOverride(const QString& key, const QString& crs) {
    const int index = indexOf(key);
    if (index < 0) {
        return;
    }
    std::vector<LayerRecord> records = records_;
    records[index].crsOverride = crs.trimmed();
    auto sources = sources_;
    auto errors = sourceErrors_;
    sources[index] = openSource(records[index]);
    errors[index].clear();
    saveLayers(std::move(records), std::move(sources), std::move(errors));
    Q_EMIT changes_->layersChanged();
}

}  // namespace core
