// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/layer_controller.h"

#include "app/crs_selector.h"
#include "app/layer_crs_dialog.h"
#include "app/layers_dock.h"
#include "app/map_canvas.h"
#include "core/project.h"
#include "gis/coordinate_transform.h"
#include "gis/error.h"
#include "gis/map_scale.h"

#include <cmath>

namespace app {

LayerController::LayerController(MapCanvas* canvas, LayersDock* dock,
                                 std::function<QLocale()> locale, QWidget* window)
    : QObject(window), canvas_(canvas), dock_(dock), locale_(std::move(locale)), window_(window) {
    connect(canvas_, &MapCanvas::viewChanged, this, &LayerController::viewChanged);
    // The project then says what changed (core::ProjectChanges); the window redraws.
    connect(dock_, &LayersDock::visibilityChanged, this, [this](const QString& key, bool visible) {
        if (!project_) {
            return;
        }
        try {
            project_->setLayerVisible(key, visible);
        } catch (const gis::Error& error) {
            Q_EMIT failed(tr("Cannot change the layers"), error.message());
        }
    });
    connect(dock_, &LayersDock::removeRequested, this, [this](const QString& key) {
        change([&key](core::Project& project) { project.removeLayer(key); });
    });
    connect(dock_, &LayersDock::moveRequested, this, [this](const QString& key, int index) {
        change([&](core::Project& project) { project.moveLayer(key, index); });
    });
    connect(dock_, &LayersDock::opacityChosen, this, [this](const QString& key, double opacity) {
        change([&](core::Project& project) { project.setLayerOpacity(key, opacity); });
    });
    connect(dock_, &LayersDock::scaleRangeChosen, this,
            [this](const QString& key, double minScale, double maxScale) {
                change([&](core::Project& project) {
                    project.setLayerScaleRange(key, minScale, maxScale);
                });
            });
    connect(dock_, &LayersDock::zoomRequested, this, &LayerController::zoomToLayer);
    connect(dock_, &LayersDock::crsChangeRequested, this, &LayerController::askLayerCrs);
}

void LayerController::setProject(core::Project* project) {
    project_ = project;
}

void LayerController::refresh(bool includingDock) {
    if (!project_) {
        return;
    }
    const double scale = gis::scaleDenominator(canvas_->mapSettings());
    inScale_.clear();
    QStringList errors;
    for (const core::LayerRecord& record : project_->layerRecords()) {
        inScale_.push_back(record.isVisibleAtScale(scale));
        errors << project_->layerError(record.key);
    }
    if (includingDock) {
        dock_->setLayers(project_->mapLayers(locale_()), project_->layerRecords(), scale, errors);
    }
    canvas_->setLayers(project_->mapLayers(locale_(), scale));
}

void LayerController::viewChanged() {
    if (!project_) {
        return;
    }
    // Redraw only when a layer crosses the edge of its scale range.
    const double scale = gis::scaleDenominator(canvas_->mapSettings());
    std::vector<bool> inScale;
    for (const core::LayerRecord& record : project_->layerRecords()) {
        inScale.push_back(record.isVisibleAtScale(scale));
    }
    if (inScale != inScale_) {
        refresh();
    }
}

void LayerController::change(const std::function<void(core::Project&)>& change) {
    if (!project_) {
        return;
    }
    try {
        change(*project_);
    } catch (const gis::Error& error) {
        Q_EMIT failed(tr("Cannot change the layers"), error.message());
    }
}

void LayerController::addLayer(const core::LayerRecord& record,
                               std::shared_ptr<const gis::FeatureSource> source) {
    change([&](core::Project& project) { project.addLayer(record, source); });
}

void LayerController::zoomToLayer(const QString& key) {
    const auto source = project_ ? project_->source(key) : nullptr;
    if (!source) {
        return;
    }
    const gis::CoordinateTransform toMap(source->crs(), project_->crs());
    const QRectF extent = source->extent();
    QRectF target =
        extent.width() > 0 || extent.height() > 0 ? toMap.transformBounds(extent) : QRectF();
    if (target.isNull()) {
        // A single point: centre it in a view 400 pixels across at the current scale.
        const QPointF centre = toMap.transform(extent.center());
        const double half = canvas_->mapUnits(200);
        target = QRectF(centre - QPointF(half, half), centre + QPointF(half, half));
    }
    const double margin = std::max(target.width(), target.height()) * 0.05;
    canvas_->zoomToExtent(target.adjusted(-margin, -margin, margin, margin));
}

void LayerController::askLayerCrs(const QString& key) {
    if (!project_) {
        return;
    }
    for (const core::LayerRecord& record : project_->layerRecords()) {
        if (record.key != key) {
            continue;
        }
        const auto source = project_->source(key);
        const QString current = !record.crsOverride.isEmpty() ? record.crsOverride
                                : source                      ? source->crs().authId()
                                                              : QString();
        auto* dialog = new LayerCrsDialog(
            project_->resolvedDataset(record), record.table,
            source ? LayerCrsDialog::Reason::Change : LayerCrsDialog::Reason::Missing, current,
            window_);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        if (!current.isEmpty()) {
            try {
                dialog->selector()->setCrs(gis::Crs::fromUserInput(current));
            } catch (const gis::Error&) {
                // Not a CRS PROJ knows: the picker keeps its default.
            }
        }
        connect(dialog, &QDialog::accepted, this, [this, dialog, key] {
            const QString crs = dialog->crs().authId();
            change([&](core::Project& project) { project.setLayerCrsOverride(key, crs); });
        });
        dialog->open();
        return;
    }
}

void LayerController::changeMapCrs(const gis::Crs& crs) {
    if (!project_ || crs == project_->crs()) {
        return;
    }
    // The view's centre, and the length of a 100-pixel line through it, in the new CRS.
    const QRectF view = canvas_->visibleExtent();
    const double step = 50 * view.width() / std::max(1, canvas_->width());
    QPointF centre;
    double unitsPerPixel = 0;
    try {
        const gis::CoordinateTransform transform(project_->crs(), crs);
        centre = transform.transform(view.center());
        const QPointF west = transform.transform(view.center() - QPointF(step, 0));
        const QPointF east = transform.transform(view.center() + QPointF(step, 0));
        unitsPerPixel = std::hypot(east.x() - west.x(), east.y() - west.y()) / 100;
        project_->setCrs(crs);
    } catch (const gis::Error& error) {
        Q_EMIT failed(tr("Cannot change the map CRS"), error.message());
        Q_EMIT mapCrsChanged(project_->crs());
        return;
    }
    canvas_->clearHighlight();
    canvas_->setCrs(crs);
    canvas_->setFullExtent(project_->homeExtent());
    if (!std::isfinite(unitsPerPixel) || unitsPerPixel <= 0 || !std::isfinite(centre.x()) ||
        !std::isfinite(centre.y())) {
        canvas_->zoomToFullExtent();  // the old view does not exist in the new CRS
    } else {
        const QSizeF size(canvas_->width() * unitsPerPixel, canvas_->height() * unitsPerPixel);
        canvas_->zoomToExtent(QRectF(centre - QPointF(size.width() / 2, size.height() / 2), size));
    }
    Q_EMIT mapCrsChanged(crs);
}

}  // namespace app
