// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/canvas_wait.h"

#include "app/map_canvas.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>
#include <QTest>

namespace tests {

// Generous: a loaded 2-core machine can take seconds for a render that usually takes 0.1 s.
constexpr int kRenderTimeoutMs = 60000;

void renderAndWait(app::MapCanvas* canvas) {
    QTest::qWait(100);  // longer than the canvas's render delay
    QSignalSpy finished(canvas, &app::MapCanvas::renderFinished);
    while (canvas->isRendering()) {
        REQUIRE(finished.wait(kRenderTimeoutMs));
    }
    finished.clear();
    canvas->zoomBy(1.0);
    REQUIRE(finished.wait(kRenderTimeoutMs));
}

}  // namespace tests
