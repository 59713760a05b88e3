// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/edit_controller.h"
#include "app/attribute_table_dock.h"

#include "app/drawing_tools.h"
#include "app/feature_attribute_form.h"
#include "app/feature_edit_tool.h"
#include "app/history_dock.h"
#include "app/import_footprints_dialog.h"
#include "app/language.h"
#include "app/layers_dock.h"
#include "app/main_window.h"
#include "app/map_canvas.h"
#include "app/selection_actions.h"
#include "app/selection_edit_actions.h"
#include "core/edit_session.h"
#include "core/project_database.h"
#include "gis/coordinate_transform.h"
#include "gis/feature_locator.h"
#include "gis/feature_table_model.h"
#include "gis/gdal_environment.h"
#include "gis/handles.h"
#include "tests/support/canvas_wait.h"
#include "tests/support/test_files.h"

#include <catch2/catch.hpp>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using Shape = app::DrawTool::Shape;

namespace {

OGRGeometryUniquePtr fromWkt(const char* wkt) {
    OGRGeometry* raw = nullptr;
    REQUIRE(OGRGeometryFactory::createFromWkt(wkt, nullptr, &raw) == OGRERR_NONE);
    return OGRGeometryUniquePtr(raw);
}

/// What GDAL finds in a plan table of the file: the number of features and the fids named `name`.
struct Stored {
    GIntBig count = 0;
    std::vector<GIntBig> named;
};

Stored storedIn(const QString& path, const char* table, const QString& name) {
    gis::initializeGdal();
    gis::GdalDatasetPtr dataset(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR));
    REQUIRE(dataset);
    OGRLayer* layer = dataset->GetLayerByName(table);
    REQUIRE(layer);
    Stored stored;
    stored.count = layer->GetFeatureCount();
    layer->SetAttributeFilter(QStringLiteral("name_zh = '%1'").arg(name).toUtf8().constData());
    for (auto& feature : *layer) {
        stored.named.push_back(feature->GetFID());
    }
    return stored;
}

/// A shown main window on a copy of the default project, the attribute form answered by filling
/// in a name (a new airport to build, linked to the first plan task).
struct EditingWindow {
    tests::ScratchDir scratch;
    QString path = scratch.file("project.gpkg");
    app::Language language;
    app::MainWindow window{language};
    app::EditController* editing = window.editController();
    int formsShown = 0;
    QString taskId;
    QStringList formProblemsBeforeFilling;

    EditingWindow() {
        REQUIRE(QFile::copy(tests::defaultProjectPath(), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        window.resize(1200, 800);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        REQUIRE(window.openProject(path));
        editing->setFormRunner([this](app::FeatureAttributeForm& form) {
            ++formsShown;
            for (const QString& problem : form.problems()) {
                formProblemsBeforeFilling << problem;
            }
            auto* tasks = qobject_cast<QListWidget*>(form.editor("tasks"));
            REQUIRE(tasks);
            REQUIRE(tasks->count() > 0);
            taskId = tasks->item(0)->data(Qt::UserRole).toString();
            tasks->item(0)->setCheckState(Qt::Checked);
            qobject_cast<QLineEdit*>(form.editor("name_zh"))->setText(QStringLiteral("测试新机场"));
            form.setValue("kind", "airport");
            form.setValue("status", "build");
            REQUIRE(form.isAcceptable());
            return std::optional<QVariantMap>(form.values());
        });
    }

    core::EditSession* areas() const { return editing->session(editing->layerFor(Shape::Polygon)); }

    /// Draws a square near Xining with the polygon tool (typed vertices) and waits for the form.
    void drawSquare() {
        QAction* polygon = window.drawingTools()->toolAction(Shape::Polygon);
        polygon->trigger();
        app::DrawTool* tool = window.drawingTools()->tool(Shape::Polygon);
        REQUIRE(window.canvas()->mapTool() == tool);
        for (const QPointF& vertex : {QPointF(101.5, 36.4), QPointF(101.6, 36.4),
                                      QPointF(101.6, 36.5), QPointF(101.5, 36.5)}) {
            tool->addVertexLonLat(vertex);
        }
        const int before = formsShown;
        REQUIRE(tool->finish());
        REQUIRE(QTest::qWaitFor([&] { return formsShown == before + 1; }, 5000));
    }

    /// Draws and saves the square; returns its id in the file.
    std::int64_t saveSquare() {
        drawSquare();
        REQUIRE(editing->save());
        const Stored stored = storedIn(path, "plan_area", "测试新机场");
        REQUIRE(stored.named.size() == 1);
        return stored.named.front();
    }

    /// Shows the square's surroundings on the canvas.
    void zoomToSquare() {
        app::MapCanvas* canvas = window.canvas();
        canvas->zoomToExtent(gis::CoordinateTransform(gis::Crs::wgs84(), canvas->mapSettings().crs)
                                 .transformBounds(QRectF(101.45, 36.35, 0.2, 0.2)));
    }
    QPointF pixelOf(const QPointF& lonLat) const {
        app::MapCanvas* canvas = window.canvas();
        return canvas->mapToPixel(
            gis::CoordinateTransform(gis::Crs::wgs84(), canvas->mapSettings().crs)
                .transform(lonLat));
    }
    QPointF lonLatOf(const QPointF& pixel) const {
        app::MapCanvas* canvas = window.canvas();
        return gis::CoordinateTransform(canvas->mapSettings().crs, gis::Crs::wgs84())
            .transform(canvas->pixelToMap(pixel));
    }
    void mouse(QEvent::Type type, const QPointF& pixel, Qt::MouseButtons buttons) {
        app::MapCanvas* canvas = window.canvas();
        QMouseEvent event(type, pixel, canvas->mapToGlobal(pixel),
                          type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton, buttons,
                          Qt::NoModifier);
        QApplication::sendEvent(canvas, &event);
    }
    void click(const QPointF& pixel) {
        mouse(QEvent::MouseButtonPress, pixel, Qt::LeftButton);
        mouse(QEvent::MouseButtonRelease, pixel, Qt::NoButton);
    }
    void drag(const QPointF& from, const QPointF& to) {
        mouse(QEvent::MouseButtonPress, from, Qt::LeftButton);
        mouse(QEvent::MouseMove, (from + to) / 2, Qt::LeftButton);
        mouse(QEvent::MouseMove, to, Qt::LeftButton);
        mouse(QEvent::MouseButtonRelease, to, Qt::NoButton);
    }
};

/// The vertices of a stored (multi)polygon's outer ring.
std::vector<QPointF> outerRing(const core::FeatureState& state) {
    const OGRGeometryUniquePtr geometry = state.geometry();
    REQUIRE(geometry);
    const OGRMultiPolygon* areas = geometry->toMultiPolygon();
    REQUIRE(areas->getNumGeometries() == 1);
    const OGRLinearRing* ring = areas->getGeometryRef(0)->getExteriorRing();
    std::vector<QPointF> points;
    for (int i = 0; i < ring->getNumPoints(); ++i) {
        points.emplace_back(ring->getX(i), ring->getY(i));
    }
    return points;
}

}  // namespace

TEST_CASE("A drawn polygon goes through the form into the GeoPackage with a history row",
          "[app][edit]") {
    tests::ensureWidgetApplication();
    EditingWindow w;
    const Stored before = storedIn(w.path, "plan_area", "测试新机场");
    w.drawSquare();
    // The form opened with the required name and kind missing, said so, then took the values.
    CHECK(w.formProblemsBeforeFilling.join(' ').contains("name_zh"));
    core::EditSession* session = w.areas();
    REQUIRE(session);
    CHECK(session->hasPendingEdits());
    CHECK(w.editing->saveAction()->isEnabled());
    // Nothing is written before saving.
    CHECK(storedIn(w.path, "plan_area", "测试新机场").count == before.count);

    QSignalSpy saved(w.editing, &app::EditController::saved);
    w.editing->saveAction()->trigger();
    CHECK(saved.count() == 1);
    CHECK_FALSE(session->hasPendingEdits());
    CHECK_FALSE(w.editing->saveAction()->isEnabled());

    const Stored after = storedIn(w.path, "plan_area", "测试新机场");
    CHECK(after.count == before.count + 1);
    REQUIRE(after.named.size() == 1);
    const auto stored = session->feature(after.named.front());
    REQUIRE(stored);
    CHECK(stored->attributes.value("kind").toString() == "airport");
    CHECK(stored->attributes.value("tasks").toString() == w.taskId);
    CHECK_THAT(stored->geometry()->toMultiPolygon()->get_Area(),
               Catch::Matchers::WithinAbs(0.01, 1e-9));

    const core::ProjectDatabase database(w.path, core::ProjectDatabase::Access::ReadOnly);
    const auto history = database.featureHistory("plan_area", after.named.front());
    REQUIRE(history.size() == 1);
    CHECK(history.front().operation == "add_feature");
    CHECK_FALSE(history.front().before);
    CHECK(history.front().after == stored);
}

TEST_CASE("Undo and redo actions round-trip a drawn feature", "[app][edit]") {
    tests::ensureWidgetApplication();
    EditingWindow w;
    w.drawSquare();
    core::EditSession* session = w.areas();
    REQUIRE(session);
    const auto added = session->feature(-1);
    REQUIRE(added);
    QAction* undo = w.editing->undoAction();
    QAction* redo = w.editing->redoAction();
    CHECK(undo->shortcut() == QKeySequence::Undo);
    CHECK(redo->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    REQUIRE(undo->isEnabled());
    CHECK_FALSE(redo->isEnabled());

    undo->trigger();
    CHECK_FALSE(session->feature(-1));
    CHECK_FALSE(session->hasPendingEdits());
    REQUIRE(redo->isEnabled());
    redo->trigger();
    CHECK(session->feature(-1) == added);
    undo->trigger();
    redo->trigger();
    CHECK(session->feature(-1) == added);
    CHECK(session->hasPendingEdits());
}

TEST_CASE("A bow-tie polygon is refused with a message and its spot marked", "[app][edit]") {
    tests::ensureWidgetApplication();
    EditingWindow w;
    const Stored before = storedIn(w.path, "plan_area", "测试新机场");
    QSignalSpy refused(w.editing, &app::EditController::refused);
    const std::shared_ptr<const OGRGeometry> bowTie(
        fromWkt("POLYGON ((101.5 36.4, 101.6 36.5, 101.6 36.4, 101.5 36.5, 101.5 36.4))"));
    CHECK_FALSE(w.editing->addCaptured(Shape::Polygon, bowTie));
    REQUIRE(refused.count() == 1);
    const QString message = refused.front().front().toString();
    CHECK(message.contains("101.55"));  // it says where the ring crosses itself
    CHECK(w.formsShown == 0);
    auto* box = w.window.findChild<QMessageBox*>("editRefusedMessage");
    REQUIRE(box);
    CHECK(box->text() == message);
    CHECK_FALSE(w.editing->hasPendingEdits());
    CHECK_FALSE(w.editing->saveAction()->isEnabled());
    CHECK(storedIn(w.path, "plan_area", "测试新机场").count == before.count);
}

TEST_CASE("The attribute form offers the closed sets and shows problems inline", "[app][edit]") {
    tests::ensureWidgetApplication();
    EditingWindow w;
    core::EditSession* session = w.editing->startEditing(w.editing->layerFor(Shape::Polygon));
    REQUIRE(session);
    app::FeatureAttributeForm form(*session, &w.window.project()->catalog(), {});
    auto* kind = qobject_cast<QComboBox*>(form.editor("kind"));
    REQUIRE(kind);
    CHECK(kind->count() == int(core::PlanVocabulary::allKinds().size()));
    CHECK(kind->findData("pumped_storage") >= 0);
    REQUIRE(qobject_cast<QComboBox*>(form.editor("status")));
    auto* nameProblem = form.findChild<QLabel*>("problem_name_zh");
    REQUIRE(nameProblem);
    CHECK_FALSE(form.isAcceptable());
    CHECK(nameProblem->text().contains("name_zh"));
    qobject_cast<QLineEdit*>(form.editor("name_zh"))->setText("新水库");
    CHECK(nameProblem->text().isEmpty());
    CHECK(form.isAcceptable());
    CHECK(form.values().value("kind").toString() == kind->currentData().toString());
    // Each task shows its departments.
    auto* tasks = qobject_cast<QListWidget*>(form.editor("tasks"));
    REQUIRE(tasks);
    const core::PlanTask& first = w.window.project()->catalog().tasks().front();
    REQUIRE_FALSE(first.departmentIds.isEmpty());
    const core::Department* department =
        w.window.project()->catalog().department(first.departmentIds.front());
    REQUIRE(department);
    CHECK(tasks->item(0)->text().contains(department->nameZh));
}

TEST_CASE("Closing with unsaved edits asks, and cancel keeps the window open", "[app][edit]") {
    tests::ensureWidgetApplication();
    EditingWindow w;
    w.drawSquare();
    QStringList asked;
    QMessageBox::StandardButton answer = QMessageBox::Cancel;
    w.editing->setAsker([&](const QString& title, const QString&, QMessageBox::StandardButtons) {
        asked << title;
        return answer;
    });
    CHECK_FALSE(w.window.close());
    CHECK(asked.size() == 1);
    CHECK(w.editing->hasPendingEdits());
    answer = QMessageBox::Discard;
    CHECK(w.window.close());
    CHECK_FALSE(w.editing->hasPendingEdits());
}

TEST_CASE("Opening a project with a recovery journal offers its edits back", "[app][edit]") {
    tests::ensureWidgetApplication();
    EditingWindow w;
    w.drawSquare();
    const auto drawn = w.areas()->feature(-1);
    REQUIRE(drawn);
    // As after a crash: the window goes away without saving or discarding.
    w.editing->setProject(nullptr);
    REQUIRE(core::EditSession::hasRecoveryJournal(w.path, "plan_area"));

    app::Language language;
    app::MainWindow reopened{language};
    QStringList asked;
    reopened.editController()->setAsker(
        [&](const QString& title, const QString&, QMessageBox::StandardButtons) {
            asked << title;
            return QMessageBox::Yes;
        });
    REQUIRE(reopened.openProject(w.path));
    CHECK(asked.size() == 1);
    app::EditController* editing = reopened.editController();
    core::EditSession* recovered = editing->session(editing->layerFor(Shape::Polygon));
    REQUIRE(recovered);
    CHECK(recovered->feature(-1) == drawn);
    CHECK(editing->undoAction()->isEnabled());
}

TEST_CASE("Dragging a vertex changes the stored geometry after saving", "[app][edit]") {
    tests::ensureWidgetApplication();
    EditingWindow w;
    const std::int64_t fid = w.saveSquare();
    w.zoomToSquare();
    w.editing->editToolAction(app::FeatureEditTool::Mode::Vertex)->trigger();
    app::FeatureEditTool* tool = w.editing->editTool();
    REQUIRE(w.window.canvas()->mapTool() == tool);
    w.click(w.pixelOf({101.55, 36.45}));  // inside the square: selects it
    REQUIRE(tool->selection() == QList<qint64>{fid});
    CHECK(w.window.historyDock()->records().size() == 1);

    const QPointF target = w.pixelOf({101.6, 36.5}) + QPointF(40, -30);
    w.drag(w.pixelOf({101.6, 36.5}), target);
    core::EditSession* session = w.areas();
    REQUIRE(session->hasPendingEdits());
    CHECK(w.editing->undoAction()->isEnabled());
    REQUIRE(w.editing->save());

    const QPointF moved = w.lonLatOf(target);
    core::EditableLayer reader(w.path, "plan_area");
    const auto stored = reader.read(fid);
    REQUIRE(stored);
    const auto ring = outerRing(*stored);
    const auto near = [](const QPointF& a, const QPointF& b) {
        return std::abs(a.x() - b.x()) < 1e-7 && std::abs(a.y() - b.y()) < 1e-7;
    };
    CHECK(std::count_if(ring.begin(), ring.end(),
                        [&](const QPointF& p) { return near(p, moved); }) == 1);
    CHECK(std::none_of(ring.begin(), ring.end(), [&](const QPointF& p) {
        return near(p, {101.6, 36.5});
    }));
    CHECK(std::count_if(ring.begin(), ring.end(), [&](const QPointF& p) {
              return near(p, {101.5, 36.4});
          }) == 2);
}

TEST_CASE("Moving, deleting and merging selected features are undoable edits", "[app][edit]") {
    tests::ensureWidgetApplication();
    EditingWindow w;
    const std::int64_t fid = w.saveSquare();
    w.zoomToSquare();
    core::EditSession* session = w.areas();
    const auto saved = session->feature(fid);
    w.editing->editToolAction(app::FeatureEditTool::Mode::Move)->trigger();
    w.drag(w.pixelOf({101.55, 36.45}), w.pixelOf({101.55, 36.45}) + QPointF(50, 0));
    REQUIRE(w.editing->editTool()->selection() == QList<qint64>{fid});
    const auto moved = session->feature(fid);
    REQUIRE(moved);
    CHECK_FALSE(moved == saved);
    CHECK_THAT(moved->geometry()->toMultiPolygon()->get_Area(),
               Catch::Matchers::WithinRel(0.01, 0.02));
    w.editing->undoAction()->trigger();
    CHECK(session->feature(fid) == saved);
    w.editing->redoAction()->trigger();
    CHECK(session->feature(fid) == moved);

    REQUIRE(w.editing->selectionEdits()->deleteSelected());
    CHECK_FALSE(session->feature(fid));
    w.editing->undoAction()->trigger();
    CHECK(session->feature(fid) == moved);
}

TEST_CASE("The history panel lists versions and reverts to one", "[app][edit]") {
    tests::ensureWidgetApplication();
    EditingWindow w;
    const std::int64_t fid = w.saveSquare();
    w.zoomToSquare();
    core::EditSession* session = w.areas();
    const auto first = session->feature(fid);
    REQUIRE(first);
    // A second saved version: the square moved east.
    w.editing->editToolAction(app::FeatureEditTool::Mode::Move)->trigger();
    w.drag(w.pixelOf({101.55, 36.45}), w.pixelOf({101.55, 36.45}) + QPointF(60, 0));
    REQUIRE(w.editing->save());
    const auto second = session->feature(fid);
    REQUIRE_FALSE(second == first);

    app::HistoryDock* history = w.window.historyDock();
    REQUIRE(history->records().size() == 2);
    CHECK(history->records()[0].operation == "add_feature");
    CHECK(history->records()[1].operation == "change_geometry");
    CHECK(history->records()[1].user == core::HistoryRecord::currentUser());
    history->chooseVersion(0);
    history->revertChosen();
    CHECK(session->feature(fid) == first);
    w.editing->undoAction()->trigger();
    CHECK(session->feature(fid) == second);
    w.editing->redoAction()->trigger();
    REQUIRE(w.editing->save());
    CHECK(core::EditableLayer(w.path, "plan_area").read(fid) == first);
    CHECK(history->records().size() == 3);
}

TEST_CASE("The import dialog reports each feature, imported or refused and why", "[app][edit]") {
    tests::ensureWidgetApplication();
    EditingWindow w;
    const QString source = w.scratch.file("footprints.geojson");
    QFile file(source);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(R"({"type": "FeatureCollection", "features": [
 {"type": "Feature", "properties": {"name_zh": "导入水库", "kind": "pumped_storage"},
  "geometry": {"type": "Polygon", "coordinates": [[[101.5, 36.4], [101.6, 36.4], [101.6, 36.5],
                                                   [101.5, 36.5], [101.5, 36.4]]]}},
 {"type": "Feature", "properties": {"name_zh": "坏图形", "kind": "pumped_storage"},
  "geometry": {"type": "Polygon", "coordinates": [[[101.5, 36.4], [101.6, 36.5], [101.6, 36.4],
                                                   [101.5, 36.5], [101.5, 36.4]]]}}]})");
    file.close();
    const GIntBig before = storedIn(w.path, "plan_area", "导入水库").count;
    QSignalSpy saved(w.editing, &app::EditController::saved);

    w.editing->importAction()->trigger();
    auto* dialog = w.window.findChild<app::ImportFootprintsDialog*>("importFootprintsDialog");
    REQUIRE(dialog);
    dialog->setSource(source);
    dialog->setTargetTable("plan_area");
    dialog->runImport();  // all or nothing: one is refused, so nothing is written
    REQUIRE(dialog->reportRows().size() == 2);
    CHECK(dialog->reportRows()[1].contains("101.55"));
    CHECK(storedIn(w.path, "plan_area", "导入水库").count == before);
    CHECK(saved.count() == 0);

    dialog->setSkipInvalid(true);
    dialog->runImport();
    REQUIRE(dialog->reportRows().size() == 2);
    CHECK(storedIn(w.path, "plan_area", "导入水库").named.size() == 1);
    CHECK(saved.count() == 1);
    CHECK(dialog->summary().contains('1'));
}

TEST_CASE("A drawn line splits the selected feature and merging joins the pieces", "[app][edit]") {
    tests::ensureWidgetApplication();
    EditingWindow w;
    const std::int64_t fid = w.saveSquare();
    core::EditSession* session = w.areas();
    const auto saved = session->feature(fid);
    app::FeatureEditTool* tool = w.editing->editTool();
    tool->setSelection({fid});
    REQUIRE(tool->selection() == QList<qint64>{fid});

    w.editing->selectionEdits()->splitAction()->setChecked(true);
    const std::shared_ptr<const OGRGeometry> blade(
        fromWkt("LINESTRING (101.55 36.3, 101.55 36.6)"));
    CHECK_FALSE(w.editing->addCaptured(Shape::Line, blade));  // a cut, not a new line
    CHECK_FALSE(w.editing->selectionEdits()->splitAction()->isChecked());
    REQUIRE(tool->selection().size() == 2);
    double pieces = 0;
    for (const qint64 piece : tool->selection()) {
        const double area = session->feature(piece)->geometry()->toMultiPolygon()->get_Area();
        CHECK_THAT(area, Catch::Matchers::WithinAbs(0.005, 1e-9));
        pieces += area;
    }
    CHECK_THAT(pieces, Catch::Matchers::WithinAbs(0.01, 1e-9));
    CHECK(w.editing->selectionEdits()->mergeAction()->isEnabled());

    REQUIRE(w.editing->selectionEdits()->mergeSelected());
    CHECK(tool->selection() == QList<qint64>{fid});
    CHECK_THAT(session->feature(fid)->geometry()->toMultiPolygon()->get_Area(),
               Catch::Matchers::WithinAbs(0.01, 1e-9));
    w.editing->undoAction()->trigger();  // the merge
    w.editing->undoAction()->trigger();  // the split
    CHECK(session->feature(fid) == saved);
    CHECK_FALSE(session->hasPendingEdits());
}

TEST_CASE("Edit Attributes renames a saved feature in one undoable step", "[app][edit]") {
    tests::ensureWidgetApplication();
    EditingWindow w;
    const std::int64_t fid = w.saveSquare();
    w.zoomToSquare();
    core::EditSession* session = w.areas();
    const auto saved = session->feature(fid);
    QString shownName;
    w.editing->setFormRunner([&](app::FeatureAttributeForm& form) {
        ++w.formsShown;
        shownName = qobject_cast<QLineEdit*>(form.editor("name_zh"))->text();
        qobject_cast<QLineEdit*>(form.editor("name_zh"))->setText(QStringLiteral("改名机场"));
        REQUIRE(form.isAcceptable());
        return std::optional<QVariantMap>(form.values());
    });
    QAction* editAttributes = w.editing->selectionActions()->editAttributesAction();
    w.editing->editTool()->setSelection({});
    CHECK_FALSE(editAttributes->isEnabled());

    // A double-click with the select tool opens the form on the feature's current values.
    w.editing->editToolAction(app::FeatureEditTool::Mode::Select)->trigger();
    const QPointF inside = w.pixelOf({101.55, 36.45});
    w.click(inside);
    REQUIRE(w.editing->editTool()->selection() == QList<qint64>{fid});
    CHECK(editAttributes->isEnabled());
    QMouseEvent doubleClick(QEvent::MouseButtonDblClick, inside,
                            w.window.canvas()->mapToGlobal(inside), Qt::LeftButton, Qt::LeftButton,
                            Qt::NoModifier);
    QApplication::sendEvent(w.window.canvas(), &doubleClick);
    REQUIRE(QTest::qWaitFor([&] { return w.formsShown == 2; }, 5000));
    CHECK(shownName == QStringLiteral("测试新机场"));
    const auto renamed = session->feature(fid);
    REQUIRE(renamed);
    CHECK(renamed->attributes.value("name_zh").toString() == QStringLiteral("改名机场"));
    CHECK(renamed->attributes.value("kind") == saved->attributes.value("kind"));
    CHECK(renamed->wkb == saved->wkb);
    CHECK(session->undoStack().count() == 1);

    w.editing->undoAction()->trigger();
    CHECK(session->feature(fid) == saved);
    w.editing->redoAction()->trigger();
    CHECK(session->feature(fid) == renamed);

    // The action does the same, now showing the new name.
    editAttributes->trigger();
    CHECK(w.formsShown == 3);
    CHECK(shownName == QStringLiteral("改名机场"));
    CHECK(session->undoStack().count() == 1);  // nothing changed: no step

    REQUIRE(w.editing->save());
    CHECK(storedIn(w.path, "plan_area", "改名机场").named == std::vector<GIntBig>{fid});
    CHECK(storedIn(w.path, "plan_area", "测试新机场").named.empty());
}

TEST_CASE("Export Features writes the selection, else the whole layer", "[app][edit]") {
    tests::ensureWidgetApplication();
    EditingWindow w;
    const std::int64_t fid = w.saveSquare();
    app::SelectionActions* actions = w.editing->selectionActions();
    w.editing->editTool()->setSelection({fid});

    const QString selectionFile = w.scratch.file("selection.geojson");
    actions->setPathAsker([&] { return selectionFile; });
    actions->exportAction()->trigger();
    {
        gis::GdalDatasetPtr exported(
            GDALDataset::Open(selectionFile.toUtf8().constData(), GDAL_OF_VECTOR));
        REQUIRE(exported);
        OGRLayer* layer = exported->GetLayer(0);
        REQUIRE(layer->GetFeatureCount() == 1);
        OGRFeatureUniquePtr feature(layer->GetNextFeature());
        CHECK(QString::fromUtf8(feature->GetFieldAsString("name_zh")) ==
              QStringLiteral("测试新机场"));
    }

    w.editing->editTool()->setSelection({});
    const QString layerFile = w.scratch.file("areas.gpkg");
    CHECK(actions->exportFeatures(layerFile) == storedIn(w.path, "plan_area", "").count);
    CHECK(storedIn(layerFile, "plan_area", "测试新机场").named.size() == 1);

    // An existing file is refused with a message naming it.
    QSignalSpy failed(w.editing, &app::EditController::failed);
    CHECK(actions->exportFeatures(selectionFile) == -1);
    REQUIRE(failed.count() == 1);
    CHECK(failed.front().at(1).toString().contains("selection.geojson"));
}

TEST_CASE("Several picked vertices move together and are deleted in one step", "[app][edit]") {
    tests::ensureWidgetApplication();
    EditingWindow w;
    const std::int64_t fid = w.saveSquare();
    w.zoomToSquare();
    w.editing->editToolAction(app::FeatureEditTool::Mode::Vertex)->trigger();
    app::FeatureEditTool* tool = w.editing->editTool();
    core::EditSession* session = w.areas();
    const auto near = [](const QPointF& a, const QPointF& b) {
        return std::abs(a.x() - b.x()) < 1e-7 && std::abs(a.y() - b.y()) < 1e-7;
    };
    const auto has = [&](const std::vector<QPointF>& ring, const QPointF& p) {
        return std::count_if(ring.begin(), ring.end(),
                             [&](const QPointF& q) { return near(q, p); });
    };
    const auto shifted = [&](QEvent::Type type, const QPointF& pixel) {
        QMouseEvent event(type, pixel, w.window.canvas()->mapToGlobal(pixel),
                          type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton,
                          type == QEvent::MouseButtonRelease ? Qt::NoButton : Qt::LeftButton,
                          Qt::ShiftModifier);
        QApplication::sendEvent(w.window.canvas(), &event);
    };
    w.click(w.pixelOf({101.55, 36.45}));
    REQUIRE(tool->selection() == QList<qint64>{fid});

    // Shift+drag a rectangle around the top edge: its two vertices are picked.
    const QPointF bandFrom = w.pixelOf({101.45, 36.52});
    const QPointF bandTo = w.pixelOf({101.65, 36.48});
    shifted(QEvent::MouseButtonPress, bandFrom);
    shifted(QEvent::MouseMove, bandTo);
    shifted(QEvent::MouseButtonRelease, bandTo);
    REQUIRE(tool->pickedVertices().size() == 2);

    // Dragging one of them moves both by the same offset: one undo step.
    const int steps = session->undoStack().count();
    const QPointF grip = w.pixelOf({101.5, 36.5});
    w.drag(grip, grip + QPointF(0, -40));
    CHECK(session->undoStack().count() == steps + 1);
    const QPointF moved = w.lonLatOf(grip + QPointF(0, -40));
    const double dy = moved.y() - 36.5;
    REQUIRE(dy > 0.001);
    auto ring = outerRing(*session->feature(fid));
    CHECK(ring.size() == 5);
    CHECK(has(ring, {101.5, 36.4}) == 2);  // the bottom stays, closing point included
    CHECK(has(ring, {101.6, 36.4}) == 1);
    // Both top vertices moved 40 pixels up on the map (in map CRS, the tool's frame).
    for (const QPointF& top : {QPointF(101.5, 36.5), QPointF(101.6, 36.5)}) {
        const QPointF expected = w.pixelOf(top) + QPointF(0, -40);
        CHECK(std::count_if(ring.begin(), ring.end(), [&](const QPointF& p) {
                  return QLineF(w.pixelOf(p), expected).length() < 0.01;
              }) == 1);
    }
    w.editing->undoAction()->trigger();
    CHECK(has(outerRing(*session->feature(fid)), {101.6, 36.5}) == 1);

    // Two vertices inserted on the bottom and right edges, Shift+clicked, then deleted at once.
    tool->refresh();
    for (const QPointF& mid : {QPointF(101.55, 36.4), QPointF(101.6, 36.45)}) {
        QMouseEvent doubleClick(QEvent::MouseButtonDblClick, w.pixelOf(mid),
                                w.window.canvas()->mapToGlobal(w.pixelOf(mid)), Qt::LeftButton,
                                Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(w.window.canvas(), &doubleClick);
    }
    REQUIRE(outerRing(*session->feature(fid)).size() == 7);
    w.click(w.pixelOf({101.55, 36.4}));
    shifted(QEvent::MouseButtonPress, w.pixelOf({101.6, 36.45}));
    shifted(QEvent::MouseButtonRelease, w.pixelOf({101.6, 36.45}));
    REQUIRE(tool->pickedVertices().size() == 2);
    const int before = session->undoStack().count();
    QTest::keyClick(w.window.canvas(), Qt::Key_Delete);
    CHECK(session->undoStack().count() == before + 1);
    ring = outerRing(*session->feature(fid));
    CHECK(ring.size() == 5);
    CHECK(has(ring, {101.55, 36.4}) == 0);
    CHECK(has(ring, {101.6, 36.45}) == 0);
    w.editing->undoAction()->trigger();
    CHECK(outerRing(*session->feature(fid)).size() == 7);

    w.editing->redoAction()->trigger();
    REQUIRE(w.editing->save());
    core::EditableLayer reader(w.path, "plan_area");
    CHECK(outerRing(*reader.read(fid)).size() == 5);
}

TEST_CASE("A line drawn with Reshape With Line reshapes the selected line feature", "[app][edit]") {
    tests::ensureWidgetApplication();
    EditingWindow w;
    const QString key = w.editing->layerFor(Shape::Line);
    REQUIRE_FALSE(key.isEmpty());
    w.editing->setTargetLayer(key);
    core::EditSession* lines = w.editing->startEditing(key);
    REQUIRE(lines);
    const std::int64_t added =
        lines->addFeature(*fromWkt("LINESTRING (101.4 36.4, 101.6 36.4, 101.8 36.4)"),
                          {{"item_id", "test_reshape_line"},
                           {"name_zh", QStringLiteral("测试铁路")},
                           {"kind", "railway"},
                           {"status", "build"},
                           {"accuracy", "schematic"}});
    const auto newIds = lines->save().newIds;
    REQUIRE(newIds.count(added) == 1);
    const std::int64_t fid = newIds.at(added);
    const auto saved = lines->feature(fid);
    REQUIRE(saved);

    QAction* reshape = w.editing->selectionEdits()->reshapeAction();
    app::FeatureEditTool* tool = w.editing->editTool();
    tool->setSelection({});
    CHECK_FALSE(reshape->isEnabled());
    tool->setSelection({fid});
    REQUIRE(reshape->isEnabled());
    reshape->setChecked(true);

    // A detour north of the middle, drawn with the line tool across the railway twice.
    w.window.drawingTools()->toolAction(Shape::Line)->trigger();
    app::DrawTool* draw = w.window.drawingTools()->tool(Shape::Line);
    for (const QPointF& vertex :
         {QPointF(101.5, 36.3), QPointF(101.5, 36.5), QPointF(101.7, 36.5), QPointF(101.7, 36.3)}) {
        draw->addVertexLonLat(vertex);
    }
    REQUIRE(draw->finish());
    REQUIRE(QTest::qWaitFor([&] { return !(lines->feature(fid) == saved); }, 5000));
    CHECK_FALSE(reshape->isChecked());
    CHECK(w.formsShown == 0);  // a reshape, not a new feature
    const auto detour = lines->feature(fid);
    REQUIRE(detour);
    const OGRGeometryUniquePtr geometry = detour->geometry();
    const OGRLineString* path = geometry->toMultiLineString()->getGeometryRef(0);
    std::vector<QPointF> points;
    for (int i = 0; i < path->getNumPoints(); ++i) {
        points.emplace_back(path->getX(i), path->getY(i));
    }
    const std::vector<QPointF> expected{{101.4, 36.4}, {101.5, 36.4}, {101.5, 36.5},
                                        {101.7, 36.5}, {101.7, 36.4}, {101.8, 36.4}};
    REQUIRE(points.size() == expected.size());
    for (std::size_t i = 0; i < points.size(); ++i) {
        CHECK(std::abs(points[i].x() - expected[i].x()) < 1e-9);
        CHECK(std::abs(points[i].y() - expected[i].y()) < 1e-9);
    }
    w.editing->undoAction()->trigger();
    CHECK(lines->feature(fid) == saved);
}

TEST_CASE("A deleted or moved feature leaves the map at once and comes back on undo",
          "[app][edit]") {
    tests::ensureWidgetApplication();
    EditingWindow w;
    w.zoomToSquare();
    // The layer of the drawn square (hidden in the default project) ticked in the layers panel.
    Q_EMIT w.window.layersDock()->visibilityChanged("plan_areas", true);
    app::MapCanvas* canvas = w.window.canvas();
    const QPoint spot = w.pixelOf({101.55, 36.45}).toPoint();
    const auto pixelAtSpot = [&] {
        tests::renderAndWait(canvas);
        const QImage& image = canvas->renderedImage();
        REQUIRE(image.rect().contains(spot * image.devicePixelRatio()));
        return image.pixel(spot * image.devicePixelRatio());
    };
    const QRgb background = pixelAtSpot();
    const std::int64_t fid = w.saveSquare();
    const QRgb drawn = pixelAtSpot();
    REQUIRE(drawn != background);

    // Deleted, unsaved: gone from the rendered layers (no pending shape is drawn in them).
    core::EditSession* session = w.areas();
    // Identify looks at the layers as the canvas shows them (PlanBrowser::identifyAt).
    const auto identifiedAtSpot = [&] {
        const gis::CoordinateTransform toMap(gis::Crs::wgs84(), canvas->mapSettings().crs);
        for (const gis::MapLayer& layer :
             canvas->withExcludedFeatures(w.window.project()->mapLayers())) {
            if (layer.id != "plan_areas") {
                continue;
            }
            for (const gis::LocatedFeature& found : gis::FeatureLocator::locate(
                     layer, canvas->mapSettings().crs, toMap.transform({101.55, 36.45}),
                     canvas->mapUnits(3))) {
                if (found.fid == fid) {
                    return true;
                }
            }
        }
        return false;
    };
    // And the attribute table of the layer lists it as long as the map shows it.
    w.window.attributeTableDock()->selectFeatures("plan_areas", {});
    const auto listedInTable = [&] {
        auto* model = qobject_cast<gis::FeatureTableModel*>(
            w.window.attributeTableDock()->findChild<QTableView*>()->model());
        REQUIRE(model);
        REQUIRE(model->table() == "plan_area");
        model->waitUntilReady();
        return model->rowOfFid(fid) >= 0;
    };
    CHECK(identifiedAtSpot());
    CHECK(listedInTable());
    w.editing->editTool()->setSelection({fid});
    REQUIRE(w.editing->selectionEdits()->deleteSelected());
    CHECK(pixelAtSpot() == background);
    // Nor do identify and the table find it.
    CHECK_FALSE(identifiedAtSpot());
    CHECK_FALSE(listedInTable());
    w.editing->undoAction()->trigger();
    CHECK(pixelAtSpot() == drawn);
    CHECK(identifiedAtSpot());
    CHECK(listedInTable());

    // Moved away, unsaved: the stored shape is not drawn under the new one.
    session->changeGeometry(
        fid, *fromWkt("POLYGON ((102.5 36.4, 102.6 36.4, 102.6 36.5, 102.5 36.5, 102.5 36.4))"));
    CHECK(pixelAtSpot() == background);
    w.editing->undoAction()->trigger();
    CHECK(pixelAtSpot() == drawn);
    CHECK_FALSE(session->hasPendingEdits());
}

TEST_CASE("Ctrl+Z takes back the last edit made, whichever layer it was on", "[app][edit]") {
    tests::ensureWidgetApplication();
    EditingWindow w;
    w.drawSquare();  // plan_area
    {                // a point, on another layer
        w.window.drawingTools()->toolAction(Shape::Point)->trigger();
        app::DrawTool* tool = w.window.drawingTools()->tool(Shape::Point);
        tool->addVertexLonLat(QPointF(101.7, 36.6));
        const int before = w.formsShown;
        tool->finish();
        REQUIRE(QTest::qWaitFor([&] { return w.formsShown == before + 1; }, 5000));
    }
    core::EditSession* areas = w.areas();
    core::EditSession* points = w.editing->session(w.editing->layerFor(Shape::Point));
    REQUIRE(areas);
    REQUIRE(points);
    REQUIRE(areas != points);
    REQUIRE(areas->feature(-1));
    REQUIRE(points->feature(-1));

    w.editing->undoAction()->trigger();  // the point, drawn last
    CHECK_FALSE(points->feature(-1));
    CHECK(areas->feature(-1));
    w.editing->undoAction()->trigger();  // then the square
    CHECK_FALSE(areas->feature(-1));
    CHECK_FALSE(w.editing->undoAction()->isEnabled());
    w.editing->redoAction()->trigger();  // the square comes back first
    CHECK(areas->feature(-1));
    CHECK_FALSE(points->feature(-1));
}
