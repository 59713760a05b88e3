// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/map_canvas.h"

#include "app/map_tool.h"
#include "app/pan_tool.h"
#include "gis/coordinate_transform.h"
#include "gis/error.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace app {

namespace {
constexpr double kWheelZoomStep = 1.25;
constexpr double kKeyPanFraction = 0.25;
constexpr int kRenderDelayMs = 40;
}  // namespace

MapCanvas::MapCanvas(QWidget* parent)
    : QWidget(parent), panTool_(new PanTool(this)), tool_(panTool_) {
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(200, 150);
    // One orchestrating thread: it composes the map while the layers render on the global pool.
    renderPool_.setMaxThreadCount(1);
    renderTimer_.setSingleShot(true);
    renderTimer_.setInterval(kRenderDelayMs);
    connect(&renderTimer_, &QTimer::timeout, this, &MapCanvas::startRender);
    connect(&watcher_, &QFutureWatcher<gis::RenderResult>::finished, this, &MapCanvas::renderDone);
    setCursor(tool_->cursor());
}

void MapCanvas::setMapTool(MapTool* tool) {
    MapTool* next = tool ? tool : panTool_;
    if (next == tool_) {
        return;
    }
    tool_->deactivate();
    tool_ = next;
    tool_->activate();
    setCursor(tool_->cursor());
    update();
}

QPointF MapCanvas::mapToPixel(const QPointF& mapPoint) const {
    return {(mapPoint.x() - center_.x()) / unitsPerPixel_ + width() / 2.0,
            (center_.y() - mapPoint.y()) / unitsPerPixel_ + height() / 2.0};
}

namespace {

/// Flattens a geometry into polylines and points (in its own coordinates).
void collectHighlight(const OGRGeometry& geometry, std::vector<QPolygonF>& parts,
                      std::vector<QPointF>& points) {
    switch (wkbFlatten(geometry.getGeometryType())) {
        case wkbPoint:
            points.emplace_back(geometry.toPoint()->getX(), geometry.toPoint()->getY());
            break;
        case wkbLineString:
        case wkbLinearRing: {
            QPolygonF line;
            for (const OGRPoint& point : *geometry.toLineString()) {
                line << QPointF(point.getX(), point.getY());
            }
            parts.push_back(line);
            break;
        }
        case wkbPolygon:
            for (const OGRLinearRing* ring : *geometry.toPolygon()) {
                collectHighlight(*ring, parts, points);
            }
            break;
        default:
            if (OGR_GT_IsSubClassOf(geometry.getGeometryType(), wkbGeometryCollection)) {
                for (const OGRGeometry* part : *geometry.toGeometryCollection()) {
                    collectHighlight(*part, parts, points);
                }
            }
    }
}

}  // namespace

void MapCanvas::setHighlight(std::vector<std::shared_ptr<const OGRGeometry>> geometries,
                             const gis::Crs& crs) {
    highlightMapParts_.clear();
    highlightMapPoints_.clear();
    for (const auto& geometry : geometries) {
        if (geometry) {
            collectHighlight(*geometry, highlightMapParts_, highlightMapPoints_);
        }
    }
    // Transform once to the map CRS, so painting only maps to pixels.
    const gis::CoordinateTransform toMap(crs, crs_);
    for (QPolygonF& part : highlightMapParts_) {
        for (QPointF& point : part) {
            point = toMap.transform(point);
        }
    }
    for (QPointF& point : highlightMapPoints_) {
        point = toMap.transform(point);
    }
    update();
}

namespace {

/// Adds a geometry's polygons to `area` and its lines and points to the lists, in the map CRS.
void collectOverlap(const OGRGeometry& geometry, const gis::CoordinateTransform& toMap,
                    QPainterPath& area, std::vector<QPolygonF>& lines,
                    std::vector<QPointF>& points) {
    const auto polyline = [&toMap](const OGRSimpleCurve& curve) {
        QPolygonF line;
        for (const OGRPoint& point : curve) {
            line << toMap.transform({point.getX(), point.getY()});
        }
        return line;
    };
    switch (wkbFlatten(geometry.getGeometryType())) {
        case wkbPoint:
            points.push_back(
                toMap.transform({geometry.toPoint()->getX(), geometry.toPoint()->getY()}));
            break;
        case wkbLineString:
            lines.push_back(polyline(*geometry.toLineString()));
            break;
        case wkbPolygon:
            for (const OGRLinearRing* ring : *geometry.toPolygon()) {
                area.addPolygon(polyline(*ring));
                area.closeSubpath();
            }
            break;
        default:
            if (OGR_GT_IsSubClassOf(geometry.getGeometryType(), wkbGeometryCollection)) {
                for (const OGRGeometry* part : *geometry.toGeometryCollection()) {
                    collectOverlap(*part, toMap, area, lines, points);
                }
            }
    }
}

}  // namespace

void MapCanvas::setOverlapHighlight(
    const std::vector<std::shared_ptr<const OGRGeometry>>& geometries, const gis::Crs& crs) {
    overlapMapArea_ = QPainterPath();
    overlapMapArea_.setFillRule(Qt::OddEvenFill);
    overlapMapLines_.clear();
    overlapMapPoints_.clear();
    try {
        const gis::CoordinateTransform toMap(crs, crs_);
        for (const auto& geometry : geometries) {
            if (geometry) {
                collectOverlap(*geometry, toMap, overlapMapArea_, overlapMapLines_,
                               overlapMapPoints_);
            }
        }
    } catch (const gis::Error&) {
        // No map CRS yet: nothing can be placed on the map.
    }
    update();
}

void MapCanvas::clearOverlapHighlight() {
    if (!hasOverlapHighlight()) {
        return;
    }
    overlapMapArea_ = QPainterPath();
    overlapMapLines_.clear();
    overlapMapPoints_.clear();
    update();
}

void MapCanvas::paintOverlapHighlight(QPainter& painter) {
    if (!hasOverlapHighlight()) {
        return;
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QColor warning(230, 20, 20);
    // Map → pixel as one transform, so the path is built once per change, not per paint.
    const QTransform toPixel(1 / unitsPerPixel_, 0, 0, -1 / unitsPerPixel_,
                             width() / 2.0 - center_.x() / unitsPerPixel_,
                             height() / 2.0 + center_.y() / unitsPerPixel_);
    QPen pen(warning, 2);
    pen.setCosmetic(true);
    painter.setPen(pen);
    painter.setBrush(QColor(warning.red(), warning.green(), warning.blue(), 90));
    painter.drawPath(toPixel.map(overlapMapArea_));
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(warning, 5, Qt::SolidLine, Qt::RoundCap));
    for (const QPolygonF& line : overlapMapLines_) {
        painter.drawPolyline(toPixel.map(line));
    }
    painter.setPen(QPen(warning, 3));
    for (const QPointF& point : overlapMapPoints_) {
        painter.drawEllipse(toPixel.map(point), 8, 8);
    }
    painter.restore();
}

void MapCanvas::clearHighlight() {
    highlightMapParts_.clear();
    highlightMapPoints_.clear();
    update();
}

void MapCanvas::paintHighlight(QPainter& painter) {
    if (highlightMapParts_.empty() && highlightMapPoints_.empty()) {
        return;
    }
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QColor highlight(0, 200, 255);
    painter.setPen(QPen(highlight, 3));
    painter.setBrush(Qt::NoBrush);
    for (const QPolygonF& part : highlightMapParts_) {
        QPolygonF pixels;
        pixels.reserve(part.size());
        for (const QPointF& point : part) {
            pixels << mapToPixel(point);
        }
        painter.drawPolyline(pixels);
    }
    for (const QPointF& point : highlightMapPoints_) {
        painter.drawEllipse(mapToPixel(point), 9, 9);
    }
}

MapCanvas::~MapCanvas() {
    if (cancelFlag_) {
        cancelFlag_->store(true);
    }
    watcher_.waitForFinished();
}

void MapCanvas::setCrs(const gis::Crs& crs) {
    crs_ = crs;
    viewHasChanged();
}

void MapCanvas::setLayers(std::vector<gis::MapLayer> layers) {
    layers_ = std::move(layers);
    viewHasChanged();
}

std::vector<gis::MapLayer> MapCanvas::withExcludedFeatures(
    std::vector<gis::MapLayer> layers) const {
    for (gis::MapLayer& layer : layers) {
        const auto excluded = excluded_.find(layer.id);
        layer.excludedFeatures = excluded == excluded_.end() ? nullptr : excluded->second;
    }
    return layers;
}

void MapCanvas::setExcludedFeatures(
    std::map<QString, std::shared_ptr<const gis::FeatureIdSet>> excludedByLayer) {
    const auto sameSets = [](const auto& a, const auto& b) { return *a.second == *b.second; };
    if (excludedByLayer.size() == excluded_.size() &&
        std::equal(
            excludedByLayer.begin(), excludedByLayer.end(), excluded_.begin(),
            [&](const auto& a, const auto& b) { return a.first == b.first && sameSets(a, b); })) {
        return;  // a redraw would show the same
    }
    excluded_ = std::move(excludedByLayer);
    viewHasChanged();
    Q_EMIT excludedFeaturesChanged();
}

void MapCanvas::setFullExtent(const QRectF& extent) {
    fullExtent_ = extent;
}

void MapCanvas::zoomToExtent(const QRectF& extent) {
    if (extent.isEmpty() || width() <= 0 || height() <= 0) {
        return;
    }
    center_ = extent.center();
    unitsPerPixel_ = std::max(extent.width() / width(), extent.height() / height());
    viewHasChanged();
}

void MapCanvas::zoomToFullExtent() {
    zoomToExtent(fullExtent_);
}

QPointF MapCanvas::pixelToMap(const QPointF& pixel) const {
    return {center_.x() + (pixel.x() - width() / 2.0) * unitsPerPixel_,
            center_.y() - (pixel.y() - height() / 2.0) * unitsPerPixel_};
}

void MapCanvas::zoomBy(double factor, const QPointF& pixel) {
    if (factor <= 0) {
        return;
    }
    const QPointF anchor = pixelToMap(pixel);
    unitsPerPixel_ /= factor;
    // Keep `anchor` under `pixel`: solve pixelToMap(pixel) == anchor for the new centre.
    center_ = {anchor.x() - (pixel.x() - width() / 2.0) * unitsPerPixel_,
               anchor.y() + (pixel.y() - height() / 2.0) * unitsPerPixel_};
    viewHasChanged();
}

void MapCanvas::zoomBy(double factor) {
    zoomBy(factor, QPointF(width() / 2.0, height() / 2.0));
}

void MapCanvas::panByPixels(const QPointF& delta) {
    center_ -= QPointF(delta.x() * unitsPerPixel_, -delta.y() * unitsPerPixel_);
    viewHasChanged();
}

gis::MapSettings MapCanvas::mapSettings() const {
    gis::MapSettings settings;
    settings.crs = crs_;
    settings.outputSize = size() * devicePixelRatioF();
    const double w = width() * unitsPerPixel_;
    const double h = height() * unitsPerPixel_;
    settings.extent = QRectF(center_.x() - w / 2, center_.y() - h / 2, w, h);
    settings.dpi = logicalDpiX() * devicePixelRatioF();
    return settings;
}

void MapCanvas::viewHasChanged() {
    update();
    Q_EMIT viewChanged();
    renderTimer_.start();
}

void MapCanvas::startRender() {
    const gis::MapSettings settings = mapSettings();
    if (!settings.isValid()) {
        return;
    }
    if (watcher_.isRunning()) {
        // Cancel the render in flight; renderDone() starts the newest view when it returns.
        cancelFlag_->store(true);
        renderQueued_ = true;
        return;
    }
    renderQueued_ = false;
    pendingSettings_ = settings;
    cancelFlag_ = std::make_shared<std::atomic<bool>>(false);
    const auto cancel = cancelFlag_;
    const gis::MapRenderer renderer(settings, withExcludedFeatures(layers_));
    watcher_.setFuture(QtConcurrent::run(
        &renderPool_, [renderer, cancel] { return renderer.renderImage(*cancel); }));
}

void MapCanvas::renderDone() {
    const gis::RenderResult result = watcher_.result();
    if (!result.cancelled) {
        image_ = result.image;
        image_.setDevicePixelRatio(devicePixelRatioF());
        imageSettings_ = pendingSettings_;
        update();
        Q_EMIT renderFinished(result.errors);
    }
    if (renderQueued_ || result.cancelled) {
        startRender();
    }
}

void MapCanvas::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), gis::MapSettings().background);
    if (image_.isNull() || !(imageSettings_.crs == crs_)) {
        paintOverlapHighlight(painter);
        paintHighlight(painter);
        tool_->paint(painter);
        return;
    }
    // Draw the last finished image where its extent falls in the current view.
    const QRectF extent = imageSettings_.visibleExtent();
    const QPointF topLeft((extent.left() - center_.x()) / unitsPerPixel_ + width() / 2.0,
                          (center_.y() - extent.bottom()) / unitsPerPixel_ + height() / 2.0);
    const QSizeF size(extent.width() / unitsPerPixel_, extent.height() / unitsPerPixel_);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    painter.drawImage(QRectF(topLeft, size), image_);
    paintOverlapHighlight(painter);
    paintHighlight(painter);
    tool_->paint(painter);
}

void MapCanvas::resizeEvent(QResizeEvent*) {
    if (unitsPerPixel_ == 1.0 && !fullExtent_.isEmpty()) {
        zoomToFullExtent();
        return;
    }
    viewHasChanged();
}

void MapCanvas::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::MiddleButton) {
        middleDragging_ = true;
        middleDragStart_ = event->position().toPoint();
        return;
    }
    tool_->mousePress(event);
}

void MapCanvas::mouseMoveEvent(QMouseEvent* event) {
    Q_EMIT cursorMoved(pixelToMap(event->position()));
    if (middleDragging_) {
        const QPoint position = event->position().toPoint();
        panByPixels(position - middleDragStart_);
        middleDragStart_ = position;
        return;
    }
    tool_->mouseMove(event);
}

void MapCanvas::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() == Qt::MiddleButton) {
        middleDragging_ = false;
        return;
    }
    tool_->mouseRelease(event);
}

void MapCanvas::mouseDoubleClickEvent(QMouseEvent* event) {
    tool_->mouseDoubleClick(event);
}

void MapCanvas::wheelEvent(QWheelEvent* event) {
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0) {
        zoomBy(std::pow(kWheelZoomStep, steps), event->position());
    }
    event->accept();
}

void MapCanvas::keyPressEvent(QKeyEvent* event) {
    if (tool_->keyPress(event)) {
        return;
    }
    const double dx = width() * kKeyPanFraction;
    const double dy = height() * kKeyPanFraction;
    switch (event->key()) {
        case Qt::Key_Plus:
        case Qt::Key_Equal:
            zoomBy(2.0);
            break;
        case Qt::Key_Minus:
            zoomBy(0.5);
            break;
        case Qt::Key_Left:
            panByPixels({dx, 0});
            break;
        case Qt::Key_Right:
            panByPixels({-dx, 0});
            break;
        case Qt::Key_Up:
            panByPixels({0, dy});
            break;
        case Qt::Key_Down:
            panByPixels({0, -dy});
            break;
        case Qt::Key_Home:
            zoomToFullExtent();
            break;
        default:
            QWidget::keyPressEvent(event);
    }
}

}  // namespace app
