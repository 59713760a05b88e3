// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/layout_dialog.h"
#include "app/layout_item_panel.h"
#include "app/layout_view.h"
#include "core/print_project_data.h"
#include "core/print_templates.h"
#include "core/project.h"
#include "gis/layout/layout_exporter.h"
#include "gis/layout/text_item.h"
#include "tests/support/pdf_tools.h"
#include "tests/support/test_files.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTest>

TEST_CASE("A text item added in the layout editor is exported and saved with the template",
          "[app][print][layout]") {
    tests::ensureWidgetApplication();
    tests::ScratchDir scratch;
    const QString path = scratch.file("project.gpkg");
    REQUIRE(QFile::copy(tests::defaultProjectPath(), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const core::Project project = core::Project::open(path);
    app::LayoutDialog dialog(project);
    dialog.selectTemplate(QStringLiteral("能源"));
    const size_t itemCount = dialog.printLayout().items.size();

    const QString id = dialog.addItem(gis::LayoutItemKind::Text);
    CHECK(dialog.printLayout().items.size() == itemCount + 1);
    CHECK(dialog.layoutView()->selectedIds() == QStringList{id});

    // The properties panel edits the selected item's text and position.
    auto* text = dialog.itemPanel()->findChild<QLineEdit*>("itemText");
    REQUIRE(text);
    text->setText(QStringLiteral("审图号兰西2026第七号"));
    QMetaObject::invokeMethod(text, "editingFinished");
    auto* item = dynamic_cast<gis::TextItem*>(dialog.printLayout().item(id));
    REQUIRE(item);
    CHECK(item->text == QStringLiteral("审图号兰西2026第七号"));
    const QRectF placed = item->rectMm;
    dialog.undoStack()->undo();
    CHECK(dynamic_cast<gis::TextItem*>(dialog.printLayout().item(id))->text !=
          QStringLiteral("审图号兰西2026第七号"));
    dialog.undoStack()->redo();

    const core::PrintProjectData data(project);
    const QString pdf = scratch.file("edited.pdf");
    gis::LayoutExporter(dialog.printLayout(), data).exportTo(pdf, 150, {});
    CHECK(tests::pdfText(pdf)
              .remove(QRegularExpression("\\s"))
              .contains(QStringLiteral("审图号兰西2026第七号")));

    gis::PrintLayout named = dialog.printLayout();
    named.name = QStringLiteral("能源（编辑）");
    core::PrintTemplates::saveToProject(named, path);
    app::LayoutDialog reopened(project);
    reopened.selectTemplate(QStringLiteral("能源（编辑）"));
    const auto* saved = dynamic_cast<gis::TextItem*>(reopened.printLayout().item(id));
    REQUIRE(saved);
    CHECK(saved->text == QStringLiteral("审图号兰西2026第七号"));
    CHECK(saved->rectMm == placed);
    CHECK(reopened.printLayout().items.size() == itemCount + 1);
}
