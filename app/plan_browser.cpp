// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/plan_browser.h"

#include "app/attribute_table_dock.h"
#include "app/identify_dock.h"
#include "app/map_canvas.h"
#include "core/project.h"
#include "gis/coordinate_transform.h"

#include <ogr_geometry.h>

namespace app {

namespace {

// A point or a short line gets at least this much context around it, in degrees.
constexpr double kMinimumZoomDegrees = 0.25;

}  // namespace

PlanBrowser::PlanBrowser(MapCanvas* canvas, IdentifyDock* identifyDock,
                         AttributeTableDock* tableDock, std::function<QLocale()> locale,
                         QObject* parent)
    : QObject(parent),
      canvas_(canvas),
      identifyDock_(identifyDock),
      tableDock_(tableDock),
      locale_(std::move(locale)) {}

void PlanBrowser::setProject(core::Project* project) {
    project_ = project;
    lastIdentified_.reset();
    canvas_->clearHighlight();
    identifyDock_->clear();
}

const core::LayerRecord* PlanBrowser::record(const QString& layerKey) const {
    if (!project_) {
        return nullptr;
    }
    for (const core::LayerRecord& record : project_->layerRecords()) {
        if (record.key == layerKey) {
            return &record;
        }
    }
    return nullptr;
}

bool PlanBrowser::identifyAt(const QPointF& mapPoint, double tolerance) {
    if (!project_) {
        return false;
    }
    // The layers as the map shows them: a feature deleted but not yet saved is not identified.
    lastIdentified_ =
        gis::FeatureLocator::topmost(canvas_->withExcludedFeatures(project_->mapLayers(locale_())),
                                     project_->crs(), mapPoint, tolerance);
    if (!lastIdentified_) {
        canvas_->clearHighlight();
        identifyDock_->clear();
        return false;
    }
    const core::LayerRecord* layer = record(lastIdentified_->layerId);
    const core::PlanItem* item =
        layer && core::Project::isPlanLayer(*layer)
            ? project_->catalog().itemAt(layer->table, lastIdentified_->fid)
            : nullptr;
    if (item) {
        identifyDock_->showItem(*item, project_->catalog());
    } else {
        identifyDock_->showAttributes(
            layer ? layer->displayName(locale_()) : lastIdentified_->layerId,
            lastIdentified_->attributes);
    }
    const auto source = project_->mapLayers(locale_());
    for (const gis::MapLayer& mapLayer : source) {
        if (mapLayer.id == lastIdentified_->layerId && mapLayer.source) {
            canvas_->setHighlight({lastIdentified_->geometry}, mapLayer.source->crs());
        }
    }
    tableDock_->selectFeatures(lastIdentified_->layerId, {lastIdentified_->fid});
    return true;
}

void PlanBrowser::showItem(const QString& itemId) {
    if (!project_) {
        return;
    }
    const core::PlanItem* item = project_->catalog().item(itemId);
    if (!item) {
        return;
    }
    OGRGeometry* raw = nullptr;
    OGRGeometryFactory::createFromWkt(item->wkt.toUtf8().constData(), nullptr, &raw);
    canvas_->setHighlight({std::shared_ptr<const OGRGeometry>(raw)}, gis::Crs::wgs84());
    identifyDock_->showItem(*item, project_->catalog());
    zoomToLonLat(item->extentLonLat);
}

void PlanBrowser::applyFilter(const core::ItemFilter& filter) {
    if (!project_) {
        return;
    }
    project_->setPlanFilter(filter.toSql());
    canvas_->clearHighlight();
}

void PlanBrowser::highlightFeatures(const QString& layerKey, const QList<qint64>& fids) {
    if (!project_) {
        return;
    }
    for (const gis::MapLayer& layer : project_->mapLayers(locale_())) {
        if (layer.id != layerKey || !layer.source) {
            continue;
        }
        std::vector<std::shared_ptr<const OGRGeometry>> geometries;
        for (gis::Feature& feature : layer.source->fetch({fids.begin(), fids.end()}, {})) {
            geometries.emplace_back(feature.geometry.release());
        }
        canvas_->setHighlight(std::move(geometries), layer.source->crs());
    }
}

void PlanBrowser::zoomToFeatures(const QString& layerKey, const QList<qint64>& fids) {
    if (!project_) {
        return;
    }
    for (const gis::MapLayer& layer : project_->mapLayers(locale_())) {
        if (layer.id != layerKey || !layer.source) {
            continue;
        }
        QRectF bounds;
        for (const gis::Feature& feature : layer.source->fetch({fids.begin(), fids.end()}, {})) {
            if (feature.geometry) {
                OGREnvelope envelope;
                feature.geometry->getEnvelope(&envelope);
                bounds |= QRectF(QPointF(envelope.MinX, envelope.MinY),
                                 QPointF(envelope.MaxX, envelope.MaxY))
                              .normalized()
                              .adjusted(0, 0, 1e-9, 1e-9);
            }
        }
        if (bounds.isValid()) {
            zoomToLonLat(gis::CoordinateTransform(layer.source->crs(), gis::Crs::wgs84())
                             .transformBounds(bounds));
        }
    }
}

void PlanBrowser::zoomToLonLat(const QRectF& extent) {
    QRectF target = extent.normalized();
    const QPointF center = target.center();
    const double width = std::max(target.width() * 1.3, kMinimumZoomDegrees);
    const double height = std::max(target.height() * 1.3, kMinimumZoomDegrees);
    target = QRectF(center.x() - width / 2, center.y() - height / 2, width, height);
    canvas_->zoomToExtent(
        gis::CoordinateTransform(gis::Crs::wgs84(), project_->crs()).transformBounds(target));
}

}  // namespace app
