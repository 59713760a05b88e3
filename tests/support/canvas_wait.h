// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace app {
class MapCanvas;
}

namespace tests {

/// Renders the canvas's current view and waits for that render. A render already under way (the
/// status bar may resize the canvas) is let finish first, so the image is the one asked for.
void renderAndWait(app::MapCanvas* canvas);

}  // namespace tests
