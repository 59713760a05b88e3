// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/pan_tool.h"

#include "app/map_canvas.h"

#include <QMouseEvent>

namespace app {

void PanTool::mousePress(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton) {
        dragging_ = true;
        last_ = event->position().toPoint();
        canvas()->setCursor(cursor());
    }
}

void PanTool::mouseMove(QMouseEvent* event) {
    if (dragging_) {
        const QPoint position = event->position().toPoint();
        canvas()->panByPixels(position - last_);
        last_ = position;
    }
}

void PanTool::mouseRelease(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton && dragging_) {
        dragging_ = false;
        canvas()->setCursor(cursor());
    }
}

}  // namespace app
