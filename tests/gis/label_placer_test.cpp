// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/label_placer.h"
#include "tests/support/test_files.h"

#include <catch2/catch.hpp>

namespace {
gis::LabelCandidate candidate(const QString& text, QPointF anchor, int priority) {
    gis::LabelStyle style;
    style.enabled = true;
    return {text, anchor, 4.0, priority, style};
}
}  // namespace

TEST_CASE("Labels do not overlap and the higher priority wins", "[gis][labels]") {
    tests::ensureApplication();
    const gis::LabelPlacer placer(QRectF(0, 0, 400, 300), 96);
    const auto placed =
        placer.place({candidate("白银", {200, 150}, 10), candidate("兰州", {201, 150}, 100),
                      candidate("西宁", {60, 60}, 50)});
    REQUIRE(placed.size() == 3);
    CHECK(placed[0].text == "兰州");
    for (std::size_t i = 0; i < placed.size(); ++i) {
        for (std::size_t j = i + 1; j < placed.size(); ++j) {
            CHECK_FALSE(placed[i].box.intersects(placed[j].box));
        }
    }
}

TEST_CASE("A label never runs past the map edge", "[gis][labels]") {
    tests::ensureApplication();
    const gis::LabelPlacer placer(QRectF(0, 0, 400, 300), 96);
    // At the right edge the label must go to the left of its point.
    const auto placed = placer.place({candidate("兰州新区", {398, 150}, 1)});
    REQUIRE(placed.size() == 1);
    CHECK(QRectF(0, 0, 400, 300).contains(placed[0].box));
    CHECK(placed[0].box.right() < 398);
}

TEST_CASE("Labels keep clear of point symbols", "[gis][labels]") {
    tests::ensureApplication();
    const gis::LabelPlacer placer(QRectF(0, 0, 400, 300), 96);
    // A symbol just right of the anchor takes the preferred right-hand position.
    const QRectF symbol(206, 140, 60, 20);
    const auto placed = placer.place({candidate("兰州", {200, 150}, 10)}, {symbol});
    REQUIRE(placed.size() == 1);
    CHECK_FALSE(placed[0].box.intersects(symbol));
    const auto free = placer.place({candidate("兰州", {200, 150}, 10)});
    REQUIRE(free.size() == 1);
    CHECK(free[0].box.intersects(symbol));  // without the obstacle it would have gone there
}
