// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/identify_dock.h"
#include "app/language.h"
#include "core/project.h"
#include "tests/support/test_files.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QTextBrowser>

#include <algorithm>

namespace {
QString shownText(const app::IdentifyDock& dock) {
    auto* browser = dock.findChild<QTextBrowser*>("identifyBrowser");
    REQUIRE(browser);
    return browser->toPlainText();
}
}  // namespace

TEST_CASE("Identify shows what the plan says about an item", "[app][identify]") {
    tests::ensureWidgetApplication();
    const core::Project project = core::Project::open(tests::defaultProjectPath());
    const core::PlanCatalog& catalog = project.catalog();
    const core::PlanItem* lanzhou = catalog.item("city_lanzhou");
    REQUIRE(lanzhou);
    const core::Department* government = catalog.department("lanzhou_gov");
    REQUIRE(government);
    CHECK(government->nameZh == QStringLiteral("兰州市政府"));

    app::IdentifyDock dock;
    CHECK(dock.objectName() == "identifyDock");
    dock.showItem(*lanzhou, catalog);
    const QString text = shownText(dock);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("兰州")));
    CHECK(text.contains(QStringLiteral("Lanzhou")));
    CHECK(text.contains(QStringLiteral("兰州市")));  // the alias
    CHECK(text.contains(QStringLiteral("二.(一).1")));
    CHECK(text.contains(QStringLiteral("大力提升兰州综合实力")));
    CHECK(text.contains(government->nameZh));
    CHECK(text.contains(QStringLiteral("组团式城市发展格局")));
    // The position is marked as not surveyed, with the note on where it came from.
    CHECK(text.contains(QStringLiteral("not surveyed")));
    CHECK(text.contains(QStringLiteral("±1 km")));
    CHECK(dock.html().contains(QStringLiteral("&#9888;")));

    dock.clear();
    CHECK_FALSE(shownText(dock).contains(QStringLiteral("兰州")));
}

TEST_CASE("Identify marks schematic geometry as a caveat", "[app][identify]") {
    tests::ensureWidgetApplication();
    const core::Project project = core::Project::open(tests::defaultProjectPath());
    const core::PlanCatalog& catalog = project.catalog();
    const auto schematic = std::find_if(
        catalog.items().begin(), catalog.items().end(),
        [](const auto& item) { return item.accuracy == core::PositionAccuracy::Schematic; });
    REQUIRE(schematic != catalog.items().end());
    app::IdentifyDock dock;
    dock.showItem(*schematic, catalog);
    const QString text = shownText(dock);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Schematic only")));
    CHECK(text.contains(QStringLiteral("Not surveyed")));
}

TEST_CASE("Identify lists a feature's attributes, escaped", "[app][identify]") {
    tests::ensureWidgetApplication();
    app::IdentifyDock dock;
    dock.showAttributes(QStringLiteral("Rivers <main>"),
                        {{QStringLiteral("name"), QStringLiteral("黄河")},
                         {QStringLiteral("note"), QStringLiteral("<b>")}});
    const QString text = shownText(dock);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Rivers <main>")));
    CHECK(text.contains(QStringLiteral("黄河")));
    CHECK(text.contains(QStringLiteral("<b>")));
    CHECK(dock.html().contains(QStringLiteral("&lt;b&gt;")));
    CHECK_FALSE(dock.html().contains(QStringLiteral("<b>")));
}

TEST_CASE("Identify's hint follows the interface language", "[app][identify][i18n]") {
    tests::ensureWidgetApplication();
    app::Language language;
    language.apply(app::Language::Choice::English);
    app::IdentifyDock dock;
    CHECK(shownText(dock).startsWith("Click a feature"));
    language.apply(app::Language::Choice::Chinese);
    QCoreApplication::processEvents();
    CHECK(shownText(dock) == QStringLiteral("点击地图上的要素，查看规划中的相关内容。"));
    language.apply(app::Language::Choice::System);
}
