// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/attribute_table_dock.h"
#include "app/drawing_tools.h"
#include "app/edit_controller.h"
#include "app/language.h"
#include "app/layers_dock.h"
#include "app/main_window.h"
#include "app/map_canvas.h"
#include "app/open_team_project_dialog.h"
#include "app/selection_edit_actions.h"
#include "app/window_title.h"
#include "core/edit_session.h"
#include "core/project_transfer.h"
#include "core/team_roles.h"
#include "gis/feature_table_model.h"
#include "gis/postgres_database.h"
#include "tests/support/postgres_cluster.h"
#include "tests/support/test_files.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

#include <algorithm>

using core::TeamRole;

namespace {

const QString kViewerPassword = QStringLiteral("view-secret-1");

/// The default project published to a new database of the test cluster, with a viewer and an
/// analyst login.
struct TeamProject {
    tests::PostgresCluster& cluster = tests::PostgresCluster::shared();
    QString database = cluster.createDatabase(QStringLiteral("team_window"));
    // Roles belong to the whole cluster: the names carry the database's.
    QString viewer = QStringLiteral("viewer_") + database;
    QString analyst = QStringLiteral("analyst_") + database;

    TeamProject() {
        core::ProjectTransfer::publish(tests::defaultProjectPath(), cluster.gdalName(database));
        gis::PostgresDatabase owner(cluster.conninfo(database));
        core::TeamRoles::addUser(owner, viewer, TeamRole::Viewer, kViewerPassword);
        core::TeamRoles::addUser(owner, analyst, TeamRole::Analyst, QStringLiteral("analyst pw"));
    }

    /// The connection as File → Open Team Project… builds it from its fields.
    QString connectionFromDialog(const QString& user, const QString& password) const {
        app::OpenTeamProjectDialog dialog;
        dialog.hostEdit()->setText(cluster.socketDirectory());
        dialog.portBox()->setValue(cluster.port());
        dialog.databaseEdit()->setText(database);
        dialog.userEdit()->setText(user);
        dialog.passwordEdit()->setText(password);
        dialog.connectionEdit()->clear();
        return dialog.connection();
    }
};

/// A shown main window.
struct Window {
    app::Language language;
    app::MainWindow window{language};

    Window() {
        window.resize(1200, 800);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
    }
    bool open(const QString& location) {
        QSignalSpy finished(window.canvas(), &app::MapCanvas::renderFinished);
        if (!window.openProject(location)) {
            return false;
        }
        REQUIRE(finished.wait(20000));
        return true;
    }
    QList<QAction*> editActions() const {
        return {window.drawingTools()->toolAction(app::DrawTool::Shape::Point),
                window.drawingTools()->toolAction(app::DrawTool::Shape::Line),
                window.drawingTools()->toolAction(app::DrawTool::Shape::Polygon),
                window.editController()->editToolAction(app::FeatureEditTool::Mode::Select),
                window.editController()->editToolAction(app::FeatureEditTool::Mode::Move),
                window.editController()->editToolAction(app::FeatureEditTool::Mode::Vertex),
                window.editController()->selectionEdits()->splitAction(),
                window.editController()->importAction()};
    }
    QMessageBox* errorBox() const {
        return window.findChild<QMessageBox*>(QStringLiteral("errorMessage"));
    }
};

}  // namespace

TEST_CASE("A team project opens in the window with the user's rights", "[app][team]") {
    tests::ensureWidgetApplication();
    QSettings().clear();
    TeamProject team;
    Window w;

    SECTION("a viewer sees where and who in the title, and may not draw") {
        const QString connection = team.connectionFromDialog(team.viewer, kViewerPassword);
        REQUIRE(connection.contains(kViewerPassword));  // in memory, for libpq
        REQUIRE(w.open(connection));
        const core::Project& project = *w.window.project();
        CHECK(project.isDatabase());
        CHECK_FALSE(project.canEdit());

        const QString title = w.window.windowTitle();
        CHECK(title.contains(project.displayName()));
        CHECK(title.contains(team.database));
        CHECK(title.contains(team.viewer));
        CHECK(title.contains(app::WindowTitle::roleName(TeamRole::Viewer)));
        CHECK_FALSE(title.contains(kViewerPassword));
        CHECK_FALSE(project.displayName().contains(kViewerPassword));

        // Refused before anything is drawn: disabled, saying why.
        for (QAction* action : w.editActions()) {
            INFO(action->text().toStdString());
            CHECK_FALSE(action->isEnabled());
            CHECK(action->toolTip() == w.window.editPermission().reason());
        }
        CHECK(w.window.editPermission().reason().contains(project.displayName()));
        CHECK_FALSE(w.window.editController()->targetBox()->isEnabled());
        QAction* polygon = w.window.drawingTools()->toolAction(app::DrawTool::Shape::Polygon);
        polygon->trigger();
        CHECK(w.window.canvas()->mapTool() !=
              w.window.drawingTools()->tool(app::DrawTool::Shape::Polygon));

        // A layer change only administrators may save says so, and changes nothing.
        const std::size_t layers = project.layerRecords().size();
        const QString key = project.layerRecords().back().key;
        Q_EMIT w.window.layersDock()->removeRequested(key);
        REQUIRE(QTest::qWaitFor([&w] { return w.errorBox() != nullptr; }, 5000));
        CHECK(w.errorBox()->text().contains(project.displayName()));
        CHECK(w.window.project()->layerRecords().size() == layers);
        w.errorBox()->close();

        // Nothing about the password reached the settings.
        QSettings settings;
        settings.sync();
        for (const QString& settingKey : settings.allKeys()) {
            CHECK_FALSE(settings.value(settingKey).toString().contains(kViewerPassword));
        }

        SECTION("then an analyst's project gives the tools back") {
            REQUIRE(w.open(team.cluster.gdalName(team.database, team.analyst)));
            CHECK(w.window.windowTitle().contains(app::WindowTitle::roleName(TeamRole::Analyst)));
            for (QAction* action : w.editActions()) {
                INFO(action->text().toStdString());
                CHECK(action->isEnabled());
                CHECK(action->toolTip() != w.window.editPermission().reason());
            }
            CHECK(w.window.editPermission().allowed());
        }
    }

    SECTION("an analyst may draw at once") {
        REQUIRE(w.open(team.cluster.uri(team.database, team.analyst)));
        CHECK(w.window.project()->canEdit());
        CHECK_FALSE(w.window.project()->canAdminister());
        CHECK(w.window.windowTitle().contains(app::WindowTitle::roleName(TeamRole::Analyst)));
        for (QAction* action : w.editActions()) {
            INFO(action->text().toStdString());
            CHECK(action->isEnabled());
        }
        CHECK(w.window.editController()->targetBox()->isEnabled());
        QAction* polygon = w.window.drawingTools()->toolAction(app::DrawTool::Shape::Polygon);
        polygon->trigger();
        CHECK(w.window.canvas()->mapTool() ==
              w.window.drawingTools()->tool(app::DrawTool::Shape::Polygon));
    }

    SECTION("a wrong database keeps the project open and shows no password") {
        REQUIRE(w.open(tests::defaultProjectPath()));
        const QString before = w.window.project()->path();
        const QString missing = team.cluster.gdalName(QStringLiteral("no_such_db"), team.viewer) +
                                QStringLiteral(" password='") + kViewerPassword + u'\'';
        CHECK_FALSE(w.window.openProject(missing));
        CHECK(w.window.project()->path() == before);
        REQUIRE(QTest::qWaitFor([&w] { return w.errorBox() != nullptr; }, 5000));
        CHECK(w.errorBox()->text().contains("no_such_db"));
        CHECK_FALSE(w.errorBox()->text().contains(kViewerPassword));
        CHECK_FALSE(w.window.windowTitle().contains(kViewerPassword));
    }
}

TEST_CASE("The attribute table shows a team project's features", "[app][team][table]") {
    tests::ensureWidgetApplication();
    QSettings().clear();
    TeamProject team;
    Window w;
    REQUIRE(w.open(team.connectionFromDialog(team.viewer, kViewerPassword)));
    const core::Project& project = *w.window.project();
    const auto& records = project.layerRecords();
    const auto areas = std::find_if(records.begin(), records.end(), [](const auto& record) {
        return record.dataset.isEmpty() && record.table == QLatin1String("plan_area");
    });
    REQUIRE(areas != records.end());
    gis::PostgresDatabase server(team.cluster.conninfo(team.database));
    const QString where = project.effectiveFilter(*areas);
    const int expected =
        server
            .scalar(QStringLiteral("SELECT count(*) FROM plan_area") +
                    (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where))
            ->toInt();
    REQUIRE(expected > 0);

    app::AttributeTableDock* dock = w.window.attributeTableDock();
    auto* view = dock->findChild<QTableView*>(QStringLiteral("attributeTableView"));
    REQUIRE(view);
    const qint64 fid = server
                           .scalar(QStringLiteral("SELECT min(fid) FROM plan_area") +
                                   (where.isEmpty() ? QString() : " WHERE " + where))
                           ->toLongLong();
    dock->selectFeatures(areas->key, {fid});
    const auto shown = [view] { return qobject_cast<gis::FeatureTableModel*>(view->model()); };
    REQUIRE(QTest::qWaitFor(
        [&] { return shown() && !shown()->isBusy() && shown()->rowCount() == expected; }, 10000));
    CHECK(shown()->dataset() == project.path());
    CHECK(dock->selectedFids() == QList<qint64>{fid});
    CHECK_FALSE(view->model()->index(0, 0).data().toString().isEmpty());

    // Typing the first feature's Chinese name finds it.
    const QString name =
        server.scalar(QStringLiteral("SELECT name_zh FROM plan_area WHERE fid = ?1"), {fid})
            ->toString();
    REQUIRE_FALSE(name.isEmpty());
    auto* filter = dock->findChild<QLineEdit*>(QStringLiteral("attributeFilterEdit"));
    REQUIRE(filter);
    filter->setText(name);
    REQUIRE(QTest::qWaitFor([&] { return !shown()->isBusy() && shown()->rowCount() < expected; },
                            10000));
    CHECK(shown()->rowOfFid(fid) >= 0);

    // A name another session saves to the server shows in the table (live refresh).
    filter->clear();
    REQUIRE(QTest::qWaitFor([&] { return !shown()->isBusy() && shown()->rowCount() == expected; },
                            10000));
    const int nameColumn = [&] {
        for (int column = 0; column < shown()->columnCount(); ++column) {
            if (shown()->headerData(column, Qt::Horizontal).toString() == "name_zh") {
                return column;
            }
        }
        return -1;
    }();
    REQUIRE(nameColumn >= 0);
    core::EditSession other(team.cluster.gdalName(team.database), QStringLiteral("plan_area"),
                            team.cluster.gdalName(team.database));
    other.changeAttributes(fid, {{"name_zh", QStringLiteral("服务器上改名")}});
    other.save();
    REQUIRE(QTest::qWaitFor(
        [&] {
            const int row = shown()->rowOfFid(fid);
            return !shown()->isBusy() && row >= 0 &&
                   shown()->index(row, nameColumn).data().toString() == "服务器上改名";
        },
        5000));
}
