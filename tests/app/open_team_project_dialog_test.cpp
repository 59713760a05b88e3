// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/open_team_project_dialog.h"
#include "app/language.h"
#include "gis/error.h"
#include "gis/postgres_conninfo.h"
#include "tests/support/test_files.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTest>

namespace {

/// Every value and the raw file of the application's settings, to look for a password in.
QString everythingSaved() {
    QSettings settings;
    settings.sync();
    QString text;
    for (const QString& key : settings.allKeys()) {
        text += key + u'=' + settings.value(key).toString() + u'\n';
    }
    QFile file(settings.fileName());
    if (file.open(QIODevice::ReadOnly)) {
        text += QString::fromUtf8(file.readAll());
    }
    return text;
}

gis::PostgresConninfo parsed(const app::OpenTeamProjectDialog& dialog) {
    const QString connection = dialog.connection();
    REQUIRE(connection.startsWith("PG:"));
    return gis::PostgresConninfo::parse(connection);
}

}  // namespace

TEST_CASE("The team project dialog builds the connection and never saves the password",
          "[app][team]") {
    tests::ensureWidgetApplication();
    QSettings().clear();
    const QString password = QStringLiteral("p@ss 'wörd' \\ 密码");

    SECTION("from the fields, remembered for next time without the password") {
        app::OpenTeamProjectDialog dialog;
        CHECK(dialog.hostEdit()->text() == "localhost");
        CHECK(dialog.portBox()->value() == 5432);
        CHECK(dialog.passwordEdit()->echoMode() == QLineEdit::Password);
        dialog.hostEdit()->setText("db.example");
        dialog.portBox()->setValue(5433);
        dialog.databaseEdit()->setText("lanxi plan");
        dialog.userEdit()->setText("li");
        dialog.passwordEdit()->setText(password);
        const gis::PostgresConninfo conninfo = parsed(dialog);
        CHECK(conninfo.value("host") == "db.example");
        CHECK(conninfo.value("port") == "5433");
        CHECK(conninfo.value("dbname") == "lanxi plan");
        CHECK(conninfo.value("user") == "li");
        CHECK(conninfo.value("password") == password);
        CHECK(conninfo.describe() == "database lanxi plan on db.example:5433 as li");

        dialog.accept();
        CHECK(dialog.result() == QDialog::Accepted);
        const QString saved = everythingSaved();
        CHECK(saved.contains("db.example"));
        CHECK_FALSE(saved.contains("p@ss"));
        CHECK_FALSE(saved.contains(QStringLiteral("密码")));

        app::OpenTeamProjectDialog next;
        CHECK(next.hostEdit()->text() == "db.example");
        CHECK(next.portBox()->value() == 5433);
        CHECK(next.databaseEdit()->text() == "lanxi plan");
        CHECK(next.userEdit()->text() == "li");
        CHECK(next.passwordEdit()->text().isEmpty());
        CHECK(parsed(next).value("password").isEmpty());
    }

    SECTION("from an expert's connection string, which replaces the fields") {
        app::OpenTeamProjectDialog dialog;
        dialog.databaseEdit()->setText("ignored");
        dialog.connectionEdit()->setText("postgresql://wang@gis.example:6543/plan");
        dialog.passwordEdit()->setText(password);
        gis::PostgresConninfo conninfo = parsed(dialog);
        CHECK(conninfo.value("host") == "gis.example");
        CHECK(conninfo.value("port") == "6543");
        CHECK(conninfo.value("dbname") == "plan");
        CHECK(conninfo.value("user") == "wang");
        CHECK(conninfo.value("password") == password);

        // A password inside the string wins, and is not remembered either.
        dialog.connectionEdit()->setText("postgresql://wang:inline-secret@gis.example/plan");
        CHECK(parsed(dialog).value("password") == "inline-secret");
        dialog.accept();
        CHECK(dialog.result() == QDialog::Accepted);
        const QString saved = everythingSaved();
        CHECK(saved.contains("gis.example"));
        CHECK_FALSE(saved.contains("inline-secret"));
        CHECK_FALSE(saved.contains("p@ss"));
    }

    SECTION("what is not a connection keeps the dialog open and says why, without the password") {
        app::OpenTeamProjectDialog dialog;
        dialog.connectionEdit()->setText("postgresql://wang:top-secret@gis.example/plan?bogus=1");
        REQUIRE_THROWS_AS(dialog.connection(), gis::Error);
        dialog.accept();
        CHECK(dialog.result() != QDialog::Accepted);
        auto* problem = dialog.findChild<QLabel*>("teamProblem");
        REQUIRE(problem);
        CHECK_FALSE(problem->isHidden());
        CHECK_FALSE(problem->text().isEmpty());
        CHECK_FALSE(problem->text().contains("top-secret"));
        CHECK_FALSE(everythingSaved().contains("top-secret"));

        dialog.connectionEdit()->clear();
        dialog.databaseEdit()->clear();
        REQUIRE_THROWS_AS(dialog.connection(), gis::Error);  // no database named
    }
}

TEST_CASE("The team project dialog speaks Chinese and nothing is cut off", "[app][team][i18n]") {
    tests::ensureWidgetApplication();
    const QFont font = QApplication::font();
    QApplication::setFont(QFont(QStringLiteral("WenQuanYi Micro Hei"), 10));  // as the workstation
    app::Language language;
    language.apply(app::Language::Choice::Chinese);
    {
        app::OpenTeamProjectDialog dialog;
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        CHECK(dialog.windowTitle() == QStringLiteral("打开团队项目"));
        QStringList texts;
        for (const QLabel* label : dialog.findChildren<QLabel*>()) {
            if (label->isHidden()) {
                continue;
            }
            texts << label->text();
            INFO(label->text().toStdString());
            if (!label->wordWrap()) {
                CHECK(label->width() >= label->sizeHint().width());
            }
        }
        CHECK(texts.contains(QStringLiteral("数据库(&D)：")));
        CHECK(texts.contains(QStringLiteral("密码(&W)：")));
        for (const QPushButton* button : dialog.findChildren<QPushButton*>()) {
            CHECK(button->width() >= button->sizeHint().width());
        }
        // LANXI_SCREENSHOT_DIR=folder keeps a picture of it to look at.
        const QString folder = qEnvironmentVariable("LANXI_SCREENSHOT_DIR");
        if (!folder.isEmpty()) {
            CHECK(dialog.grab().save(folder + "/open-team-project-dialog-zh_CN.png"));
        }
    }
    language.apply(app::Language::Choice::System);
    QApplication::setFont(font);
}
