// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/identify_tool.h"

#include "app/map_canvas.h"

#include <QMouseEvent>

namespace app {

namespace {
constexpr double kClickSlopPixels = 4.0;
constexpr double kTolerancePixels = 6.0;
}  // namespace

void IdentifyTool::mousePress(QMouseEvent* event) {
    pressPosition_ = event->position();
    moved_ = false;
    PanTool::mousePress(event);
}

void IdentifyTool::mouseMove(QMouseEvent* event) {
    if ((event->buttons() & Qt::LeftButton) &&
        (event->position() - pressPosition_).manhattanLength() > kClickSlopPixels) {
        moved_ = true;
    }
    if (moved_) {
        PanTool::mouseMove(event);
    }
}

void IdentifyTool::mouseRelease(QMouseEvent* event) {
    PanTool::mouseRelease(event);
    if (event->button() == Qt::LeftButton && !moved_) {
        Q_EMIT clicked(canvas()->pixelToMap(event->position()),
                       canvas()->mapUnits(kTolerancePixels));
    }
    canvas()->setCursor(cursor());
}

}  // namespace app
