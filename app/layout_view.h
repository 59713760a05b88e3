// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/layout_page_transform.h"
#include "gis/layout/print_layout.h"

#include <QHash>
#include <QImage>
#include <QWidget>

namespace app {

/// The WYSIWYG page of the layout editor: shows the rendered page (an image the owner renders
/// when the layout changes) scaled to fit, outlines the selected items with resize handles, and
/// lets the mouse select (Shift adds), move and resize items. A drag only moves an outline; on
/// release it emits one `geometryEdited` for the owner to turn into an undo command. It never
/// changes the layout itself. GUI thread; the layout passed to showLayout must outlive the view.
class LayoutView : public QWidget {
    Q_OBJECT

public:
    explicit LayoutView(QWidget* parent = nullptr);

    void showLayout(const gis::PrintLayout& layout, const QImage& page);
    QStringList selectedIds() const { return selected_; }
    void setSelectedIds(const QStringList& ids);
    LayoutPageTransform transform() const;
    /// The handle's centre in widget pixels: `fx`, `fy` are 0, 0.5 or 1 across the item.
    QPointF handlePosition(const QString& id, double fx, double fy) const;

    QSize sizeHint() const override { return QSize(860, 600); }

Q_SIGNALS:
    void selectionChanged(const QStringList& ids);
    /// The new rectangles (millimetres) of the items a drag moved or resized.
    void geometryEdited(const QString& what, const QHash<QString, QRectF>& rectsMm);
    void removeRequested(const QStringList& ids);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    enum class Drag { None, Move, Resize };

    const gis::LayoutItem* itemAt(const QPointF& px) const;
    /// Index into kHandles of the handle of the single selected item under `px`, or -1.
    int handleAt(const QPointF& px) const;
    QRectF draggedRect(const QRectF& rectMm) const;
    QRectF currentRect(const QString& id) const;

    const gis::PrintLayout* layout_ = nullptr;
    QImage page_;
    QStringList selected_;
    Drag drag_ = Drag::None;
    int handle_ = -1;
    QPointF pressPx_;
    QPointF deltaMm_;
};

}  // namespace app
