// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/language.h"
#include "app/layers_dock.h"
#include "app/main_window.h"
#include "tests/support/test_files.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QMenuBar>
#include <QTreeWidget>

namespace {
QStringList menuTitles(const app::MainWindow& window) {
    QStringList titles;
    for (QAction* action : window.menuBar()->actions()) {
        titles << action->text();
    }
    return titles;
}
}  // namespace

TEST_CASE("The interface switches between Chinese and English at once", "[app][i18n]") {
    tests::ensureWidgetApplication();
    app::Language language;
    app::MainWindow window(language);
    REQUIRE(window.openProject(tests::defaultProjectPath()));

    language.apply(app::Language::Choice::Chinese);
    QCoreApplication::processEvents();
    CHECK(menuTitles(window).contains(QStringLiteral("文件(&F)")));
    CHECK(window.layersDock()->windowTitle() == QStringLiteral("图层"));
    auto* tree = window.layersDock()->findChild<QTreeWidget*>();
    CHECK(tree->topLevelItem(0)->text(0).startsWith(QStringLiteral("城市节点（")));

    language.apply(app::Language::Choice::English);
    QCoreApplication::processEvents();
    CHECK(menuTitles(window).contains("&File"));
    CHECK(window.layersDock()->windowTitle() == "Layers");
    CHECK(tree->topLevelItem(0)->text(0).startsWith("City nodes ("));
    language.apply(app::Language::Choice::System);
}
