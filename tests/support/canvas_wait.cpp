// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/canvas_wait.h"

#include "app/map_canvas.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>
#include <QTest>

namespace tests {

void renderAndWait(app::MapCanvas* canvas) {
    QTest::qWait(100);  // longer than the canvas's render delay
    QSignalSpy finished(canvas, &app::MapCanvas::renderFinished);
    while (canvas->isRendering()) {
        REQUIRE(finished.wait(10000));
    }
    finished.clear();
    canvas->zoomBy(1.0);
    REQUIRE(finished.wait(10000));
}

}  // namespace tests
