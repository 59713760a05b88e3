// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/plan_filter_dock.h"
#include "core/project.h"
#include "tests/support/test_files.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>

namespace {

/// A filter dock on the default project's catalog, with its controls.
struct FilterDock {
    core::Project project = core::Project::open(tests::defaultProjectPath());
    app::PlanFilterDock dock;
    QComboBox* kind = nullptr;
    QComboBox* department = nullptr;
    QComboBox* section = nullptr;
    QCheckBox* leadOnly = nullptr;
    QLabel* matchCount = nullptr;
    QPushButton* clear = nullptr;

    FilterDock() {
        dock.setCatalog(project.sharedCatalog());
        kind = dock.findChild<QComboBox*>(QStringLiteral("kindCombo"));
        department = dock.findChild<QComboBox*>(QStringLiteral("departmentCombo"));
        section = dock.findChild<QComboBox*>(QStringLiteral("sectionCombo"));
        leadOnly = dock.findChild<QCheckBox*>(QStringLiteral("leadOnlyCheck"));
        matchCount = dock.findChild<QLabel*>(QStringLiteral("matchCountLabel"));
        clear = dock.findChild<QPushButton*>(QStringLiteral("clearButton"));
        REQUIRE(kind);
        REQUIRE(department);
        REQUIRE(section);
        REQUIRE(leadOnly);
        REQUIRE(matchCount);
        REQUIRE(clear);
    }
};

core::ItemFilter emitted(QSignalSpy& spy) {
    REQUIRE(spy.count() == 1);
    return spy.takeFirst().at(0).value<core::ItemFilter>();
}

}  // namespace

TEST_CASE("Choosing a kind filters the plan and Clear resets it", "[app][filter]") {
    tests::ensureWidgetApplication();
    FilterDock open;
    CHECK(open.dock.objectName() == QStringLiteral("planFilterDock"));
    CHECK(open.dock.filter().isEmpty());
    const QString everything = open.matchCount->text();
    QSignalSpy changed(&open.dock, &app::PlanFilterDock::filterChanged);

    const int railway = open.kind->findData(int(core::ItemKind::Railway));
    REQUIRE(railway > 0);
    CHECK(open.kind->itemText(railway).startsWith(
        core::PlanVocabulary::label(core::ItemKind::Railway) + QStringLiteral(" (")));
    open.kind->setCurrentIndex(railway);
    CHECK(emitted(changed).kind == core::ItemKind::Railway);
    CHECK(open.dock.filter().kind == core::ItemKind::Railway);
    CHECK(open.matchCount->text() != everything);

    open.clear->click();
    CHECK(emitted(changed).isEmpty());
    CHECK(open.kind->currentIndex() == 0);
    CHECK(open.matchCount->text() == everything);
}

TEST_CASE("Departments are the responsible ones, optionally only as leads", "[app][filter]") {
    tests::ensureWidgetApplication();
    FilterDock open;
    const int lanzhou = open.department->findText(QStringLiteral("兰州市政府"));
    const int xining = open.department->findText(QStringLiteral("西宁市政府"));
    REQUIRE(lanzhou > 0);
    REQUIRE(xining > 0);
    CHECK(lanzhou < xining);  // Gansu before Qinghai
    CHECK_FALSE(open.leadOnly->isEnabled());

    QSignalSpy changed(&open.dock, &app::PlanFilterDock::filterChanged);
    open.department->setCurrentIndex(open.department->findData(QStringLiteral("gs_drc")));
    const core::ItemFilter any = emitted(changed);
    CHECK(any.departmentId == QStringLiteral("gs_drc"));
    CHECK_FALSE(any.leadOnly);
    const QString anyCount = open.matchCount->text();
    REQUIRE(open.leadOnly->isEnabled());
    open.leadOnly->setChecked(true);
    CHECK(emitted(changed).leadOnly);
    CHECK(open.matchCount->text() != anyCount);
}

TEST_CASE("Sections offer chapters and sub-sections as prefixes", "[app][filter]") {
    tests::ensureWidgetApplication();
    FilterDock open;
    const int chapter = open.section->findData(QStringLiteral("四"));
    const int sub = open.section->findData(QStringLiteral("四.(一)"));
    REQUIRE(chapter > 0);
    CHECK(sub == chapter + 1);
    CHECK(open.section->itemText(sub).contains(QStringLiteral("协同推进铁路建设")));
    CHECK(open.section->findData(QStringLiteral("二")) < chapter);

    QSignalSpy changed(&open.dock, &app::PlanFilterDock::filterChanged);
    open.section->setCurrentIndex(sub);
    CHECK(emitted(changed).sectionPrefix == QStringLiteral("四.(一)"));

    // A language change relabels without losing the choice or emitting.
    QEvent languageChange(QEvent::LanguageChange);
    QCoreApplication::sendEvent(&open.dock, &languageChange);
    CHECK(changed.isEmpty());
    CHECK(open.dock.filter().sectionPrefix == QStringLiteral("四.(一)"));
    QStringList labels;
    for (const QLabel* label : open.dock.findChildren<QLabel*>()) {
        labels << label->text();
    }
    CHECK(labels.contains(QStringLiteral("Section:")));
}
