// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/layout_dialog.h"

#include "core/print_templates.h"
#include "core/project.h"
#include "gis/layout/text_item.h"
#include "tests/support/test_files.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QLineEdit>
#include <QTest>

namespace {

/// Strongly coloured pixels: map symbols, not the white page, grey text or the pale base map.
int countColoured(const QImage& image) {
    int coloured = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            coloured += image.pixelColor(x, y).hsvSaturation() > 120;
        }
    }
    return coloured;
}

}  // namespace

TEST_CASE("The layout dialog edits a template with undo and saves it in the project",
          "[app][print]") {
    tests::ensureWidgetApplication();
    tests::ScratchDir scratch;
    const QString path = scratch.file("project.gpkg");
    REQUIRE(QFile::copy(tests::defaultProjectPath(), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const core::Project project = core::Project::open(path);
    app::LayoutDialog dialog(project);
    dialog.selectTemplate(QStringLiteral("能源"));
    REQUIRE(dialog.printLayout().name == QStringLiteral("能源"));
    const QString original = static_cast<gis::TextItem*>(dialog.printLayout().item("title"))->text;

    // The page is drawn: the map's coloured symbols are on it.
    const QImage page = dialog.renderPage(40);
    CHECK(page.width() == 661);  // 420 mm at 40 dpi
    CHECK(countColoured(page) > 200);

    QLineEdit* title = dialog.titleEdit();
    title->setText(QStringLiteral("兰西城市群能源专题"));
    QMetaObject::invokeMethod(title, "editingFinished");
    CHECK(static_cast<gis::TextItem*>(dialog.printLayout().item("title"))->text ==
          QStringLiteral("兰西城市群能源专题"));
    dialog.undoStack()->undo();
    CHECK(static_cast<gis::TextItem*>(dialog.printLayout().item("title"))->text == original);
    CHECK(title->text() == original);
    dialog.undoStack()->redo();
    CHECK(title->text() == QStringLiteral("兰西城市群能源专题"));

    gis::PrintLayout portrait = dialog.printLayout();
    portrait.page.orientation = gis::PageOrientation::Portrait;
    dialog.changeLayout("portrait", portrait);
    CHECK(dialog.renderPage(40).height() == 661);
    dialog.undoStack()->undo();
    CHECK(dialog.renderPage(40).width() == 661);

    gis::PrintLayout named = dialog.printLayout();
    named.name = QStringLiteral("能源（会议版）");
    core::PrintTemplates::saveToProject(named, path);
    app::LayoutDialog reopened(project);
    reopened.selectTemplate(QStringLiteral("能源（会议版）"));
    CHECK(static_cast<gis::TextItem*>(reopened.printLayout().item("title"))->text ==
          QStringLiteral("兰西城市群能源专题"));
}
