// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/layout_view.h"

#include "app/layout_dialog.h"
#include "core/project.h"
#include "tests/support/test_files.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QFile>
#include <QMouseEvent>
#include <QTest>

namespace {

void sendMouse(QWidget* widget, QEvent::Type type, const QPointF& at, Qt::MouseButtons buttons) {
    QMouseEvent event(type, at, widget->mapToGlobal(at), Qt::LeftButton, buttons, Qt::NoModifier);
    QApplication::sendEvent(widget, &event);
}

/// A press at `from`, two moves and a release at `to`, as a mouse drag delivers them.
void drag(QWidget* widget, const QPointF& from, const QPointF& to) {
    sendMouse(widget, QEvent::MouseButtonPress, from, Qt::LeftButton);
    sendMouse(widget, QEvent::MouseMove, (from + to) / 2, Qt::LeftButton);
    sendMouse(widget, QEvent::MouseMove, to, Qt::LeftButton);
    sendMouse(widget, QEvent::MouseButtonRelease, to, Qt::NoButton);
}

QRectF rectOf(const app::LayoutDialog& dialog, const QString& id) {
    const gis::LayoutItem* item = dialog.printLayout().item(id);
    REQUIRE(item);
    return item->rectMm;
}

}  // namespace

TEST_CASE("Dragging a layout item moves it by the dragged millimetres and undo restores it",
          "[app][print][layout]") {
    tests::ensureWidgetApplication();
    tests::ScratchDir scratch;
    const QString path = scratch.file("project.gpkg");
    REQUIRE(QFile::copy(tests::defaultProjectPath(), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const core::Project project = core::Project::open(path);
    app::LayoutDialog dialog(project);
    dialog.resize(1400, 800);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    dialog.selectTemplate(QStringLiteral("能源"));
    app::LayoutView* view = dialog.layoutView();
    const app::LayoutPageTransform transform = view->transform();
    REQUIRE(transform.pixelsPerMm > 1);

    const QRectF before = rectOf(dialog, "title");
    const QPointF centre = transform.toPixels(before.center());
    drag(view, centre, centre + QPointF(40, 20));
    CHECK(view->selectedIds() == QStringList{"title"});
    const QRectF moved = rectOf(dialog, "title");
    CHECK(moved.x() == Approx(before.x() + 40 / transform.pixelsPerMm));
    CHECK(moved.y() == Approx(before.y() + 20 / transform.pixelsPerMm));
    CHECK(moved.size() == before.size());
    CHECK(dialog.undoStack()->count() == 1);
    dialog.undoStack()->undo();
    CHECK(rectOf(dialog, "title") == before);

    // The bottom-right handle resizes; the top-left corner stays.
    dialog.undoStack()->redo();
    const QPointF corner = view->handlePosition("title", 1, 1);
    drag(view, corner, corner + QPointF(30, 15));
    const QRectF resized = rectOf(dialog, "title");
    CHECK(resized.topLeft() == moved.topLeft());
    CHECK(resized.width() == Approx(moved.width() + 30 / transform.pixelsPerMm));
    CHECK(resized.height() == Approx(moved.height() + 15 / transform.pixelsPerMm));
    dialog.undoStack()->undo();
    CHECK(rectOf(dialog, "title") == moved);

    // Delete removes the selection, undo brings it back.
    view->setSelectedIds({"title"});
    QTest::keyClick(view, Qt::Key_Delete);
    CHECK(dialog.printLayout().item("title") == nullptr);
    dialog.undoStack()->undo();
    CHECK(dialog.printLayout().item("title") != nullptr);
}
