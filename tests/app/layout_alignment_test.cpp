// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/layout_alignment.h"

#include "gis/layout/shape_item.h"
#include "gis/layout/text_item.h"

#include <catch2/catch.hpp>

namespace {

gis::PrintLayout twoItems() {
    gis::PrintLayout layout;
    auto text = std::make_unique<gis::TextItem>();
    text->id = "a";
    text->rectMm = QRectF(30, 10, 50, 10);
    layout.add(std::move(text));
    auto shape = std::make_unique<gis::ShapeItem>();
    shape->id = "b";
    shape->rectMm = QRectF(12, 40, 20, 30);
    layout.add(std::move(shape));
    return layout;
}

}  // namespace

TEST_CASE("Aligning layout items lines them up on the selection or the page",
          "[app][print][layout]") {
    gis::PrintLayout layout = twoItems();
    app::alignLayoutItems(layout, {"a", "b"}, app::LayoutAlignment::Left);
    CHECK(layout.item("a")->rectMm == QRectF(12, 10, 50, 10));
    CHECK(layout.item("b")->rectMm == QRectF(12, 40, 20, 30));

    layout = twoItems();
    app::alignLayoutItems(layout, {"a", "b"}, app::LayoutAlignment::Bottom);
    CHECK(layout.item("a")->rectMm.bottom() == 70);
    CHECK(layout.item("b")->rectMm.bottom() == 70);

    layout = twoItems();
    app::alignLayoutItems(layout, {"a", "b"}, app::LayoutAlignment::Right);
    CHECK(layout.item("b")->rectMm.right() == 80);

    // One item: on the page (A4 landscape by default is 297 mm wide).
    layout = twoItems();
    const double pageWidth = layout.page.sizeMm().width();
    app::alignLayoutItems(layout, {"b"}, app::LayoutAlignment::HorizontalCentre);
    CHECK(layout.item("b")->rectMm.center().x() == Approx(pageWidth / 2));
    CHECK(layout.item("a")->rectMm == QRectF(30, 10, 50, 10));
}
