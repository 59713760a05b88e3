// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/search_box.h"
#include "core/project.h"
#include "tests/support/test_files.h"

#include <catch2/catch.hpp>

#include <QAbstractItemView>
#include <QCompleter>
#include <QSignalSpy>
#include <QTest>

namespace {

/// Types text key by key. QTest::keyClicks sends Latin-1 only, so Chinese characters go as key
/// events that carry the character, as an input method's commit would.
void type(QWidget* widget, const QString& text) {
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClicks(widget, QString(c));
        } else {
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }
}

struct Fixture {
    Fixture() {
        tests::ensureWidgetApplication();
        project = std::make_unique<core::Project>(core::Project::open(tests::defaultProjectPath()));
        box = std::make_unique<app::SearchBox>();
        box->setCatalog(project->sharedCatalog());
        box->resize(400, 30);
        box->show();
        REQUIRE(QTest::qWaitForWindowExposed(box.get()));
        box->setFocus();
    }
    /// Types `text` into an empty box and presses Enter; the ids emitted.
    QStringList search(const QString& text) {
        box->clear();
        QSignalSpy chosen(box.get(), &app::SearchBox::itemChosen);
        type(box.get(), text);
        QTest::keyClick(box.get(), Qt::Key_Return);
        QStringList ids;
        for (const QList<QVariant>& arguments : chosen) {
            ids << arguments.at(0).toString();
        }
        return ids;
    }
    std::unique_ptr<core::Project> project;
    std::unique_ptr<app::SearchBox> box;
};

}  // namespace

TEST_CASE("The search box finds items by Chinese name, English name and alias", "[app][search]") {
    Fixture fixture;
    CHECK(fixture.box->objectName() == "searchBox");
    CHECK_FALSE(fixture.box->placeholderText().isEmpty());

    CHECK(fixture.search(QStringLiteral("兰州")) == QStringList{"city_lanzhou"});
    CHECK(fixture.box->text() == QStringLiteral("兰州"));
    CHECK(fixture.search(QStringLiteral("Xining")) == QStringList{"city_xining"});
    CHECK(fixture.search(QStringLiteral("xining")) == QStringList{"city_xining"});
    CHECK(fixture.search(QStringLiteral("大西宁")) == QStringList{"city_xining"});
    CHECK(fixture.search(QStringLiteral("兰州市")) == QStringList{"city_lanzhou"});
}

TEST_CASE("The search box lists matches as the user types", "[app][search]") {
    Fixture fixture;
    type(fixture.box.get(), QStringLiteral("兰州"));
    QAbstractItemView* popup = fixture.box->completer()->popup();
    CHECK(popup->isVisible());
    QAbstractItemModel* model = popup->model();
    REQUIRE(model->rowCount() > 1);
    CHECK(model->rowCount() <= 20);
    CHECK(model->index(0, 0).data().toString().startsWith(QStringLiteral("兰州 — Lanzhou (")));
    for (int row = 0; row < model->rowCount(); ++row) {
        CHECK(model->index(row, 0).data().toString().contains(QStringLiteral("兰州")));
    }

    // Moving down to the second row and pressing Enter chooses that row, not the best match.
    const QString second = model->index(1, 0).data(Qt::UserRole + 1).toString();
    QSignalSpy chosen(fixture.box.get(), &app::SearchBox::itemChosen);
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    REQUIRE(chosen.count() == 1);
    CHECK(chosen.at(0).at(0).toString() == second);
    CHECK(second != "city_lanzhou");
    CHECK_FALSE(popup->isVisible());
}

TEST_CASE("Enter without a match says so and chooses nothing", "[app][search]") {
    Fixture fixture;
    CHECK(fixture.search(QStringLiteral("Atlantis")).isEmpty());
    CHECK(fixture.box->showsNoMatch());
    CHECK_FALSE(fixture.box->toolTip().isEmpty());
    CHECK_FALSE(fixture.box->completer()->popup()->isVisible());
    // Typing again clears the mark.
    QTest::keyClick(fixture.box.get(), Qt::Key_Backspace);
    CHECK_FALSE(fixture.box->showsNoMatch());
}

TEST_CASE("Clicking a listed match chooses it", "[app][search]") {
    Fixture fixture;
    type(fixture.box.get(), QStringLiteral("Xin"));
    QAbstractItemView* popup = fixture.box->completer()->popup();
    REQUIRE(popup->isVisible());
    const QModelIndex first = popup->model()->index(0, 0);
    const QString id = first.data(Qt::UserRole + 1).toString();
    QSignalSpy chosen(fixture.box.get(), &app::SearchBox::itemChosen);
    QTest::mouseClick(popup->viewport(), Qt::LeftButton, {}, popup->visualRect(first).center());
    REQUIRE(chosen.count() == 1);
    CHECK(chosen.at(0).at(0).toString() == id);
    CHECK(fixture.box->text() == first.data(Qt::UserRole + 2).toString());
}
