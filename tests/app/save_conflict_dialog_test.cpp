// SPDX-License-Identifier: GPL-3.0-or-later
// Settling a refused save in the workstation: my change of a feature in the app's session, a
// different change of it saved meanwhile by another analyst, Save: the SaveConflictDialog lists
// it, Show on Map draws both versions, and the choice decides what the file holds (read back with
// plain SQLite). Then the dialog and the map in Chinese, kept as pictures to look at.
#include "app/save_conflict_dialog.h"

#include "app/conflict_versions_overlay.h"
#include "app/drawing_tools.h"
#include "app/edit_controller.h"
#include "app/language.h"
#include "app/main_window.h"
#include "app/map_canvas.h"
#include "core/edit_session.h"
#include "gis/coordinate_transform.h"
#include "gis/crs.h"
#include "gis/sqlite_database.h"
#include "tests/support/canvas_wait.h"
#include "tests/support/test_files.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

#include <algorithm>
#include <cmath>

namespace {

gis::SqliteDatabase reader(const QString& path) {
    return gis::SqliteDatabase(path, gis::SqliteDatabase::Mode::ReadOnly);
}

QString storedName(const QString& path, std::int64_t fid) {
    return reader(path)
        .scalar(QStringLiteral("SELECT name_zh FROM plan_area WHERE fid = ?1"), {qlonglong(fid)})
        ->toString();
}

/// Moves every vertex by (dx, dy).
struct Shift : OGRDefaultGeometryVisitor {
    double dx;
    double dy;
    Shift(double x, double y) : dx(x), dy(y) {}
    using OGRDefaultGeometryVisitor::visit;
    void visit(OGRPoint* point) override {
        point->setX(point->getX() + dx);
        point->setY(point->getY() + dy);
    }
};

/// The lines of a geometry's boundary, in its own coordinates.
void collectLines(const OGRGeometry& geometry, std::vector<QPolygonF>& lines) {
    switch (wkbFlatten(geometry.getGeometryType())) {
        case wkbLineString:
        case wkbLinearRing: {
            QPolygonF line;
            for (const OGRPoint& point : *geometry.toLineString()) {
                line << QPointF(point.getX(), point.getY());
            }
            lines.push_back(line);
            break;
        }
        case wkbPolygon:
            for (const OGRLinearRing* ring : *geometry.toPolygon()) {
                collectLines(*ring, lines);
            }
            break;
        default:
            if (OGR_GT_IsSubClassOf(geometry.getGeometryType(), wkbGeometryCollection)) {
                for (const OGRGeometry* part : *geometry.toGeometryCollection()) {
                    collectLines(*part, lines);
                }
            }
    }
}

bool near(const QColor& a, const QColor& b) {
    return std::abs(a.red() - b.red()) <= 50 && std::abs(a.green() - b.green()) <= 50 &&
           std::abs(a.blue() - b.blue()) <= 50;
}

/// The share of points every 2 px along the outline of `geometry` (layer coordinates) that the
/// canvas shows in `color`; points off the canvas are not counted.
double shareInColor(app::MapCanvas& canvas, const OGRGeometry& geometry, const gis::Crs& layerCrs,
                    const QColor& color) {
    const QImage shown = canvas.grab().toImage();
    const gis::CoordinateTransform toMap(layerCrs, canvas.mapSettings().crs);
    std::vector<QPolygonF> lines;
    collectLines(geometry, lines);
    int samples = 0;
    int inColor = 0;
    for (const QPolygonF& line : lines) {
        for (int i = 1; i < line.size(); ++i) {
            const QPointF from = canvas.mapToPixel(toMap.transform(line[i - 1]));
            const QPointF to = canvas.mapToPixel(toMap.transform(line[i]));
            const int steps = std::max(1, int(QLineF(from, to).length() / 2));
            for (int step = 0; step < steps; ++step) {
                const QPoint pixel = (from + (to - from) * (double(step) / steps)).toPoint();
                if (!shown.rect().adjusted(2, 2, -2, -2).contains(pixel)) {
                    continue;
                }
                ++samples;
                inColor += near(shown.pixelColor(pixel), color) ? 1 : 0;
            }
        }
    }
    INFO("samples on the canvas: " << samples);
    REQUIRE(samples > 40);
    return double(inColor) / samples;
}

/// The layer CRS of the app's plan_area session.
gis::Crs layerCrs(core::EditSession& session) {
    const OGRSpatialReference* srs = session.layer().spatialReference();
    return srs ? gis::Crs::fromOgr(*srs) : gis::Crs::wgs84();
}

/// A shown main window on a copy of the default project; my session on plan_area, and another
/// analyst who saves a different change of the same features first.
struct ConflictWindow {
    tests::ScratchDir scratch;
    QString path = scratch.file("project.gpkg");
    app::Language language;
    app::MainWindow window{language};
    app::EditController* editing = window.editController();
    core::EditSession* mine = nullptr;
    std::vector<std::int64_t> fids;

    ConflictWindow() {
        REQUIRE(QFile::copy(tests::defaultProjectPath(), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        window.resize(1200, 800);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        REQUIRE(window.openProject(path));
        mine = editing->startEditing(editing->layerFor(app::DrawTool::Shape::Polygon));
        REQUIRE(mine);
        REQUIRE(mine->layer().name() == "plan_area");
        for (const auto& row : reader(path).query(
                 QStringLiteral("SELECT fid FROM plan_area WHERE name_zh IS NOT NULL AND "
                                "name_zh <> '' ORDER BY fid LIMIT 2"))) {
            fids.push_back(row[0].toLongLong());
        }
        REQUIRE(fids.size() == 2);
    }

    /// Another analyst renames the feature and moves it by a third of its size, and saves.
    core::FeatureState theirChange(std::int64_t fid, const QString& name) {
        core::EditSession other(path, QStringLiteral("plan_area"), path);
        other.setUserName(QStringLiteral("analyst_b"));
        const OGRGeometryUniquePtr geometry = other.feature(fid)->geometry();
        REQUIRE(geometry);
        OGREnvelope envelope;
        geometry->getEnvelope(&envelope);
        Shift shift((envelope.MaxX - envelope.MinX) / 3, (envelope.MaxY - envelope.MinY) / 3);
        geometry->accept(&shift);
        other.changeGeometry(fid, *geometry);
        other.changeAttributes(fid, {{"name_zh", name}});
        other.save();
        return *other.feature(fid);
    }
};

}  // namespace

TEST_CASE("A save conflict is settled per feature in the dialog, both versions shown on the map",
          "[app][conflict]") {
    tests::ensureWidgetApplication();
    ConflictWindow w;
    const std::int64_t fid = w.fids.front();
    const QString myName = QStringLiteral("我的名称");
    const QString theirName = QStringLiteral("对方的名称");
    w.mine->changeAttributes(fid, {{"name_zh", myName}});
    REQUIRE(w.editing->hasPendingEdits());
    const core::FeatureState myVersion = *w.mine->feature(fid);
    const core::FeatureState theirVersion = w.theirChange(fid, theirName);
    const gis::Crs crs = layerCrs(*w.mine);
    app::MapCanvas& canvas = *w.window.canvas();

    core::ConflictChoice choice = core::ConflictChoice::TakeTheirs;
    int asked = 0;
    w.editing->setConflictResolver([&](const core::SaveConflict& conflict)
                                       -> std::optional<std::vector<core::ConflictChoice>> {
        ++asked;
        app::SaveConflictDialog dialog(conflict, &w.window);
        w.editing->connectConflictDialog(dialog);
        auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("conflictTable"));
        REQUIRE(table);
        REQUIRE(table->rowCount() == 1);
        CHECK(table->item(0, 0)->text().contains(theirName));
        CHECK(table->item(0, 0)->text().contains(QString::number(fid)));
        CHECK(table->item(0, 1)->text().contains(QStringLiteral("analyst_b")));
        const auto* legend = dialog.findChild<QLabel*>(QStringLiteral("conflictLegend"));
        REQUIRE(legend);
        CHECK_FALSE(legend->text().isEmpty());

        // Show on Map: both versions in view, theirs dashed in its colour, mine solid in mine.
        auto* show = dialog.findChild<QPushButton*>(QStringLiteral("showOnMapButton"));
        REQUIRE(show);
        const OGRGeometryUniquePtr theirs = theirVersion.geometry();
        const OGRGeometryUniquePtr minePolygon = myVersion.geometry();
        CHECK(shareInColor(canvas, *theirs, crs, app::ConflictVersionsOverlay::theirsColor()) <
              0.05);
        show->click();
        tests::renderAndWait(&canvas);
        OGREnvelope both;
        theirs->getEnvelope(&both);
        OGREnvelope myEnvelope;
        minePolygon->getEnvelope(&myEnvelope);
        both.Merge(myEnvelope);
        const QRectF bothOnMap = gis::CoordinateTransform(crs, canvas.mapSettings().crs)
                                     .transformBounds(QRectF(QPointF(both.MinX, both.MinY),
                                                             QPointF(both.MaxX, both.MaxY)));
        CHECK(canvas.visibleExtent().contains(bothOnMap));
        const double theirShare =
            shareInColor(canvas, *theirs, crs, app::ConflictVersionsOverlay::theirsColor());
        const double myShare =
            shareInColor(canvas, *minePolygon, crs, app::ConflictVersionsOverlay::mineColor());
        CHECK(theirShare > 0.3);
        CHECK(theirShare < 0.9);  // dashed
        CHECK(myShare > 0.6);
        dialog.setChoice(0, choice);
        return dialog.choices();
    });

    SECTION("keep mine: mine is written, recorded as an overwrite of theirs") {
        choice = core::ConflictChoice::KeepMine;
        w.editing->saveAction()->trigger();
        CHECK(asked == 1);
        CHECK(storedName(w.path, fid) == myName);
        const auto row = reader(w.path).query(
            QStringLiteral("SELECT operation, attributes_before, geometry_before, user_name FROM "
                           "lx_history WHERE layer = 'plan_area' AND feature_id = ?1 ORDER BY id "
                           "DESC LIMIT 1"),
            {qlonglong(fid)});
        REQUIRE(row.size() == 1);
        CHECK(row.front()[0].toString().contains("overwrite"));
        const QJsonObject before = QJsonDocument::fromJson(row.front()[1].toByteArray()).object();
        CHECK(before.value("name_zh").toString() == theirName);
        const QByteArray beforeWkb = row.front()[2].toByteArray();
        OGRGeometry* raw = nullptr;
        REQUIRE(OGRGeometryFactory::createFromWkb(beforeWkb.constData(), nullptr, &raw,
                                                  beforeWkb.size()) == OGRERR_NONE);
        CHECK(OGRGeometryUniquePtr(raw)->Equals(theirVersion.geometry().get()));
        CHECK_FALSE(w.editing->hasPendingEdits());
    }

    SECTION("take theirs: the file keeps theirs and nothing stays pending") {
        choice = core::ConflictChoice::TakeTheirs;
        w.editing->saveAction()->trigger();
        CHECK(asked == 1);
        CHECK(storedName(w.path, fid) == theirName);
        CHECK_FALSE(w.editing->hasPendingEdits());
        CHECK_FALSE(w.editing->saveAction()->isEnabled());
    }

    // The versions go with the dialog.
    CHECK_FALSE(canvas.findChild<app::ConflictVersionsOverlay*>());
    CHECK(shareInColor(canvas, *theirVersion.geometry(), crs,
                       app::ConflictVersionsOverlay::theirsColor()) < 0.05);
}

TEST_CASE("The conflict dialog and both versions on the map read well in Chinese",
          "[app][conflict][i18n]") {
    tests::ensureWidgetApplication();
    const QFont font = QApplication::font();
    QApplication::setFont(QFont(QStringLiteral("WenQuanYi Micro Hei"), 10));  // as the workstation
    {
        ConflictWindow w;
        w.language.apply(app::Language::Choice::Chinese);
        for (const std::int64_t fid : w.fids) {
            w.mine->changeAttributes(fid, {{"name_zh", QStringLiteral("我的版本%1").arg(fid)}});
            w.theirChange(fid, QStringLiteral("对方的版本%1").arg(fid));
        }
        // LANXI_SCREENSHOT_DIR=folder keeps pictures of them to look at.
        const QString folder = qEnvironmentVariable("LANXI_SCREENSHOT_DIR");
        int asked = 0;
        w.editing->setConflictResolver([&](const core::SaveConflict& conflict)
                                           -> std::optional<std::vector<core::ConflictChoice>> {
            ++asked;
            app::SaveConflictDialog dialog(conflict, &w.window);
            w.editing->connectConflictDialog(dialog);
            dialog.show();
            REQUIRE(QTest::qWaitForWindowExposed(&dialog));
            CHECK(dialog.windowTitle() == QStringLiteral("编辑冲突"));
            const auto* legend = dialog.findChild<QLabel*>(QStringLiteral("conflictLegend"));
            REQUIRE(legend);
            CHECK(legend->text() == QStringLiteral("虚线：对方版本；实线：我的版本"));
            const auto* apply = dialog.findChild<QPushButton*>(QStringLiteral("applyButton"));
            REQUIRE(apply);
            CHECK(apply->text() == QStringLiteral("应用并保存"));
            for (const QLabel* label : dialog.findChildren<QLabel*>()) {
                INFO(label->text().toStdString());
                if (label->wordWrap()) {
                    CHECK(label->height() >= label->heightForWidth(label->width()));
                } else {
                    CHECK(label->width() >= label->sizeHint().width());
                }
            }
            for (const QPushButton* button : dialog.findChildren<QPushButton*>()) {
                INFO(button->text().toStdString());
                CHECK(button->width() >= button->sizeHint().width());
            }
            auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("conflictTable"));
            REQUIRE(table);
            REQUIRE(table->rowCount() == 2);
            // Every cell's text fits its column, and the columns fit the table.
            int columnsWidth = 0;
            for (int column = 0; column < table->columnCount(); ++column) {
                columnsWidth += table->columnWidth(column);
                for (int row = 0; row < table->rowCount(); ++row) {
                    if (const QTableWidgetItem* item = table->item(row, column)) {
                        INFO(item->text().toStdString());
                        CHECK(table->columnWidth(column) >=
                              table->fontMetrics().horizontalAdvance(item->text()));
                    }
                }
            }
            CHECK(columnsWidth <= table->viewport()->width());
            for (int row = 0; row < table->rowCount(); ++row) {
                CHECK(table->columnWidth(2) >= table->cellWidget(row, 2)->sizeHint().width());
            }
            if (!folder.isEmpty()) {
                CHECK(dialog.grab().save(folder + "/save-conflict-dialog-zh_CN.png"));
            }
            dialog.findChild<QPushButton*>(QStringLiteral("showOnMapButton"))->click();
            tests::renderAndWait(w.window.canvas());
            if (!folder.isEmpty()) {
                CHECK(w.window.grab().save(folder + "/save-conflict-map-zh_CN.png"));
            }
            return std::nullopt;  // cancelled: the edits stay pending
        });
        w.editing->saveAction()->trigger();
        CHECK(asked == 1);
        CHECK(w.editing->hasPendingEdits());
        w.language.apply(app::Language::Choice::System);
    }
    QApplication::setFont(font);
}
