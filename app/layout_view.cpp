// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/layout_view.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

#include <array>
#include <cmath>

namespace app {

namespace {

/// Handle positions across an item: corners and edge midpoints.
constexpr std::array<std::pair<double, double>, 8> kHandles{
    {{0, 0}, {0.5, 0}, {1, 0}, {1, 0.5}, {1, 1}, {0.5, 1}, {0, 1}, {0, 0.5}}};
constexpr double kHandleSizePx = 8;
constexpr double kMarginPx = 12;
constexpr double kMinSizeMm = 1;

}  // namespace

LayoutView::LayoutView(QWidget* parent) : QWidget(parent) {
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setMinimumSize(400, 300);
}

void LayoutView::showLayout(const gis::PrintLayout& layout, const QImage& page) {
    layout_ = &layout;
    page_ = page;
    QStringList kept;
    for (const QString& id : selected_) {
        if (layout.item(id)) {
            kept << id;
        }
    }
    if (kept != selected_) {
        selected_ = kept;
        Q_EMIT selectionChanged(selected_);
    }
    update();
}

void LayoutView::setSelectedIds(const QStringList& ids) {
    if (ids == selected_) {
        return;
    }
    selected_ = ids;
    update();
    Q_EMIT selectionChanged(selected_);
}

LayoutPageTransform LayoutView::transform() const {
    LayoutPageTransform t;
    if (!layout_) {
        return t;
    }
    const QSizeF mm = layout_->page.sizeMm();
    const double available = std::max(1.0, width() - 2 * kMarginPx);
    const double availableY = std::max(1.0, height() - 2 * kMarginPx);
    t.pixelsPerMm = std::min(available / mm.width(), availableY / mm.height());
    t.originPx = QPointF((width() - mm.width() * t.pixelsPerMm) / 2,
                         (height() - mm.height() * t.pixelsPerMm) / 2);
    return t;
}

QPointF LayoutView::handlePosition(const QString& id, double fx, double fy) const {
    const QRectF r = transform().toPixels(currentRect(id));
    return QPointF(r.left() + fx * r.width(), r.top() + fy * r.height());
}

QRectF LayoutView::currentRect(const QString& id) const {
    const gis::LayoutItem* item = layout_ ? layout_->item(id) : nullptr;
    return item ? item->rectMm : QRectF();
}

QRectF LayoutView::draggedRect(const QRectF& rectMm) const {
    if (drag_ == Drag::Move) {
        return rectMm.translated(deltaMm_);
    }
    if (drag_ != Drag::Resize || handle_ < 0) {
        return rectMm;
    }
    const auto [fx, fy] = kHandles[size_t(handle_)];
    double left = rectMm.left(), top = rectMm.top();
    double right = rectMm.right(), bottom = rectMm.bottom();
    if (fx == 0) {
        left = std::min(left + deltaMm_.x(), right - kMinSizeMm);
    } else if (fx == 1) {
        right = std::max(right + deltaMm_.x(), left + kMinSizeMm);
    }
    if (fy == 0) {
        top = std::min(top + deltaMm_.y(), bottom - kMinSizeMm);
    } else if (fy == 1) {
        bottom = std::max(bottom + deltaMm_.y(), top + kMinSizeMm);
    }
    return QRectF(QPointF(left, top), QPointF(right, bottom));
}

void LayoutView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), QColor(150, 150, 150));
    if (!layout_) {
        return;
    }
    const LayoutPageTransform t = transform();
    const QRectF pageRect = t.toPixels(QRectF(QPointF(0, 0), layout_->page.sizeMm()));
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.fillRect(pageRect.translated(3, 3), QColor(90, 90, 90));
    painter.fillRect(pageRect, Qt::white);
    painter.drawImage(pageRect, page_);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor selection(0, 110, 230);
    for (const QString& id : selected_) {
        const QRectF original = t.toPixels(currentRect(id));
        if (drag_ != Drag::None) {
            painter.setPen(QPen(selection, 1, Qt::DashLine));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(t.toPixels(draggedRect(currentRect(id))));
            continue;
        }
        painter.setPen(QPen(selection, 1.5));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(original);
        if (selected_.size() == 1) {
            painter.setPen(QPen(selection, 1));
            painter.setBrush(Qt::white);
            for (const auto& [fx, fy] : kHandles) {
                const QPointF c = handlePosition(id, fx, fy);
                painter.drawRect(QRectF(c.x() - kHandleSizePx / 2, c.y() - kHandleSizePx / 2,
                                        kHandleSizePx, kHandleSizePx));
            }
        }
    }
}

const gis::LayoutItem* LayoutView::itemAt(const QPointF& px) const {
    if (!layout_) {
        return nullptr;
    }
    const QPointF mm = transform().toMm(px);
    // Topmost first; prefer a small item lying on a large one (a legend on a map).
    for (auto it = layout_->items.rbegin(); it != layout_->items.rend(); ++it) {
        if ((*it)->rectMm.contains(mm)) {
            return it->get();
        }
    }
    return nullptr;
}

int LayoutView::handleAt(const QPointF& px) const {
    if (selected_.size() != 1) {
        return -1;
    }
    for (size_t i = 0; i < kHandles.size(); ++i) {
        const QPointF c = handlePosition(selected_.front(), kHandles[i].first, kHandles[i].second);
        if (std::abs(c.x() - px.x()) <= kHandleSizePx &&
            std::abs(c.y() - px.y()) <= kHandleSizePx) {
            return int(i);
        }
    }
    return -1;
}

void LayoutView::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton || !layout_) {
        return;
    }
    setFocus();
    pressPx_ = event->position();
    deltaMm_ = QPointF();
    handle_ = handleAt(pressPx_);
    if (handle_ >= 0) {
        drag_ = Drag::Resize;
        return;
    }
    const gis::LayoutItem* item = itemAt(pressPx_);
    if (!item) {
        setSelectedIds({});
        drag_ = Drag::None;
        return;
    }
    QStringList ids = selected_;
    if (event->modifiers() & Qt::ShiftModifier) {
        if (ids.contains(item->id)) {
            ids.removeAll(item->id);
        } else {
            ids << item->id;
        }
    } else if (!ids.contains(item->id)) {
        ids = QStringList{item->id};
    }
    setSelectedIds(ids);
    drag_ = ids.contains(item->id) ? Drag::Move : Drag::None;
}

void LayoutView::mouseMoveEvent(QMouseEvent* event) {
    if (drag_ == Drag::None) {
        return;
    }
    deltaMm_ = (event->position() - pressPx_) / transform().pixelsPerMm;
    update();
}

void LayoutView::mouseReleaseEvent(QMouseEvent* event) {
    if (drag_ == Drag::None || event->button() != Qt::LeftButton) {
        return;
    }
    deltaMm_ = (event->position() - pressPx_) / transform().pixelsPerMm;
    QHash<QString, QRectF> rects;
    if (deltaMm_.manhattanLength() > 0) {
        for (const QString& id : selected_) {
            rects.insert(id, draggedRect(currentRect(id)));
        }
    }
    const Drag finished = drag_;
    drag_ = Drag::None;
    deltaMm_ = QPointF();
    update();
    if (!rects.isEmpty()) {
        Q_EMIT geometryEdited(finished == Drag::Move ? tr("Move Items") : tr("Resize Item"), rects);
    }
}

void LayoutView::keyPressEvent(QKeyEvent* event) {
    if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) &&
        !selected_.isEmpty()) {
        Q_EMIT removeRequested(selected_);
        return;
    }
    QWidget::keyPressEvent(event);
}

}  // namespace app
