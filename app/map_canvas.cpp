// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/map_canvas.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace app {

namespace {
constexpr double kWheelZoomStep = 1.25;
constexpr double kKeyPanFraction = 0.25;
constexpr int kRenderDelayMs = 40;
}  // namespace

MapCanvas::MapCanvas(QWidget* parent) : QWidget(parent) {
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
    const gis::MapRenderer renderer(settings, layers_);
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
        return;
    }
    // Draw the last finished image where its extent falls in the current view.
    const QRectF extent = imageSettings_.visibleExtent();
    const QPointF topLeft((extent.left() - center_.x()) / unitsPerPixel_ + width() / 2.0,
                          (center_.y() - extent.bottom()) / unitsPerPixel_ + height() / 2.0);
    const QSizeF size(extent.width() / unitsPerPixel_, extent.height() / unitsPerPixel_);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    painter.drawImage(QRectF(topLeft, size), image_);
}

void MapCanvas::resizeEvent(QResizeEvent*) {
    if (unitsPerPixel_ == 1.0 && !fullExtent_.isEmpty()) {
        zoomToFullExtent();
        return;
    }
    viewHasChanged();
}

void MapCanvas::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton) {
        dragging_ = true;
        dragStart_ = event->position().toPoint();
        setCursor(Qt::ClosedHandCursor);
    }
}

void MapCanvas::mouseMoveEvent(QMouseEvent* event) {
    Q_EMIT cursorMoved(pixelToMap(event->position()));
    if (dragging_) {
        const QPoint position = event->position().toPoint();
        panByPixels(position - dragStart_);
        dragStart_ = position;
    }
}

void MapCanvas::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton && dragging_) {
        dragging_ = false;
        unsetCursor();
    }
}

void MapCanvas::wheelEvent(QWheelEvent* event) {
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0) {
        zoomBy(std::pow(kWheelZoomStep, steps), event->position());
    }
    event->accept();
}

void MapCanvas::keyPressEvent(QKeyEvent* event) {
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
