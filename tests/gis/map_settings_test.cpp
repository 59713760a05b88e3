// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/map_settings.h"

#include <catch2/catch.hpp>

using Catch::Matchers::WithinAbs;

TEST_CASE("MapSettings keeps pixels square and the extent centred", "[gis][render]") {
    gis::MapSettings settings;
    settings.crs = gis::Crs::wgs84();
    settings.extent = QRectF(QPointF(100, 35), QPointF(104, 37));  // 4 x 2 degrees
    settings.outputSize = QSize(400, 400);
    CHECK_THAT(settings.mapUnitsPerPixel(), WithinAbs(0.01, 1e-12));
    const QRectF visible = settings.visibleExtent();
    CHECK_THAT(visible.height(), WithinAbs(4.0, 1e-9));
    CHECK(visible.center() == QPointF(102, 36));
    // The top-left pixel is the north-west corner; y grows downwards.
    const QPointF topLeft = settings.mapToPixel().map(QPointF(100, 38));
    CHECK_THAT(topLeft.x(), WithinAbs(0, 1e-9));
    CHECK_THAT(topLeft.y(), WithinAbs(0, 1e-9));
    const QPointF back = settings.pixelToMap(QPointF(200, 200));
    CHECK_THAT(back.x(), WithinAbs(102, 1e-9));
    CHECK_THAT(back.y(), WithinAbs(36, 1e-9));
}
