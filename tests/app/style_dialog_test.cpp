// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/style_dialog.h"
#include "app/categorized_style_page.h"
#include "app/color_button.h"
#include "app/graduated_style_page.h"
#include "app/language.h"
#include "app/layer_controller.h"
#include "app/layers_dock.h"
#include "app/main_window.h"
#include "app/map_canvas.h"
#include "app/style_controller.h"
#include "app/symbol_class_list.h"
#include "app/symbol_dialog.h"
#include "app/symbol_editor.h"
#include "app/theme_menu.h"
#include "core/thematic_preset.h"
#include "tests/support/canvas_wait.h"
#include "tests/support/test_files.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonDocument>
#include <QLineEdit>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>

namespace {

/// A shown main window on a copy of the default project with a point layer "towns" on top whose
/// 20 features carry a numeric field "population" (1000 … 20000).
struct StyledWindow {
    tests::ScratchDir scratch;
    app::Language language;
    app::MainWindow window{language};
    QString projectPath = scratch.file("project.gpkg");
    QString towns;

    StyledWindow() {
        language.apply(app::Language::Choice::Chinese);
        window.resize(1200, 800);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        REQUIRE(QFile::copy(tests::defaultProjectPath(), projectPath));
        QFile::setPermissions(projectPath, QFile::ReadOwner | QFile::WriteOwner);
        REQUIRE(window.openProject(projectPath));
        QFile file(scratch.file("towns.geojson"));
        REQUIRE(file.open(QIODevice::WriteOnly));
        QByteArray features;
        for (int i = 0; i < 20; ++i) {
            features += QStringLiteral(R"(%1{"type":"Feature","properties":{"population":%2},
              "geometry":{"type":"Point","coordinates":[%3,%4]}})")
                            .arg(i ? "," : "")
                            .arg((i + 1) * 1000)
                            .arg(101.0 + 0.15 * i)
                            .arg(35.4 + 0.05 * i)
                            .toUtf8();
        }
        file.write(R"({"type":"FeatureCollection","features":[)" + features + "]}");
        file.close();
        core::LayerRecord record;
        record.dataset = file.fileName();
        window.layerController()->addLayer(record, nullptr);
        towns = window.project()->layerRecords().back().key;
        render();
    }
    ~StyledWindow() { language.apply(app::Language::Choice::System); }

    QImage render() {
        tests::renderAndWait(window.canvas());
        return window.canvas()->renderedImage();
    }
    const core::LayerRecord& record(const QString& key) const {
        for (const core::LayerRecord& record : window.project()->layerRecords()) {
            if (record.key == key) {
                return record;
            }
        }
        FAIL("no layer " << key.toStdString());
        return window.project()->layerRecords().front();
    }
    core::LayerRecord saved(const QString& key) const {
        const core::Project reopened = core::Project::open(projectPath);
        for (const core::LayerRecord& record : reopened.layerRecords()) {
            if (record.key == key) {
                return record;
            }
        }
        FAIL("no saved layer " << key.toStdString());
        return {};
    }
    app::StyleDialog* openStyle(const QString& key) {
        app::StyleDialog* dialog = window.styleController()->editStyle(key);
        REQUIRE(dialog);
        REQUIRE(dialog->isVisible());
        return dialog;
    }
    /// The legend rows under a layer in the layers dock.
    QStringList legend(const QString& key) const {
        auto* tree = window.layersDock()->findChild<QTreeWidget*>();
        QStringList labels;
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            const QTreeWidgetItem* item = tree->topLevelItem(i);
            if (item->data(0, Qt::UserRole + 1).toString() == key) {
                for (int child = 0; child < item->childCount(); ++child) {
                    labels << item->child(child)->text(0);
                }
            }
        }
        return labels;
    }
};

int pixelsNear(const QImage& image, const QColor& color) {
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (std::abs(pixel.red() - color.red()) + std::abs(pixel.green() - color.green()) +
                    std::abs(pixel.blue() - color.blue()) <
                20) {
                ++count;
            }
        }
    }
    return count;
}

QByteArray jsonOf(const gis::Style& style) {
    return QJsonDocument(style.toJson()).toJson();
}

}  // namespace

TEST_CASE("A colour changed in the style dialog is saved and drawn at once", "[app][ui][style]") {
    tests::ensureWidgetApplication();
    StyledWindow open;
    const QImage before = open.render();
    const QColor magenta(200, 0, 200);
    CHECK(pixelsNear(before, magenta) < 50);

    app::StyleDialog* dialog = open.openStyle("base_province");
    CHECK(dialog->kindBox()->currentData().toInt() == int(gis::StyleKind::Single));
    dialog->symbolEditor()->fillColorButton()->setColor(magenta);
    REQUIRE(dialog->apply());
    dialog->close();

    CHECK(open.record("base_province").style.defaultSymbol.fillColor.rgb() == magenta.rgb());
    CHECK(open.saved("base_province").style.defaultSymbol.fillColor.rgb() == magenta.rgb());
    // The labels and line style the dialog did not touch are kept.
    CHECK(open.saved("base_province").style.label.enabled);
    CHECK(open.saved("base_province").style.defaultSymbol.strokeStyle == Qt::DashDotLine);
    const QImage after = open.render();
    CHECK(after != before);
    CHECK(pixelsNear(after, magenta) > 10000);

    // Shown only when zoomed in beyond 1:1,000,000: gone from the whole-region view.
    dialog = open.openStyle("base_province");
    dialog->maxScaleBox()->setValue(1000000);
    REQUIRE(dialog->apply());
    dialog->close();
    CHECK(open.saved("base_province").style.scaleRange.maxDenominator == Approx(1000000));
    CHECK(pixelsNear(open.render(), magenta) < 50);
}

TEST_CASE("Switching a layer to five quantile classes in the style dialog draws them",
          "[app][ui][style]") {
    tests::ensureWidgetApplication();
    StyledWindow open;
    const QImage before = open.render();
    app::StyleDialog* dialog = open.openStyle(open.towns);
    dialog->kindBox()->setCurrentIndex(dialog->kindBox()->findData(int(gis::StyleKind::Graduated)));
    app::GraduatedStylePage* page = dialog->graduatedPage();
    REQUIRE(page->isVisible());
    page->fieldBox()->setCurrentText("population");
    page->methodBox()->setCurrentIndex(
        page->methodBox()->findData(int(gis::ClassificationMethod::Quantile)));
    page->classCountBox()->setValue(5);
    page->rampStartButton()->setColor(QColor(255, 255, 0));
    page->rampEndButton()->setColor(QColor(0, 0, 255));
    REQUIRE(page->classify());
    CHECK(page->classList()->topLevelItemCount() == 5);
    REQUIRE(dialog->apply());
    dialog->close();

    const gis::Style& style = open.record(open.towns).style;
    CHECK(style.kind() == gis::StyleKind::Graduated);
    CHECK(style.graduatedField == "population");
    REQUIRE(style.classes.size() == 5);
    CHECK(style.classes.front().lower == Approx(1000));
    CHECK(style.classes.back().upper == Approx(20000));
    // Quantiles of 20 evenly spread values: four features a class.
    CHECK(style.classes[1].lower == Approx(5000).margin(1000));
    CHECK(jsonOf(open.saved(open.towns).style) == jsonOf(style));
    const QImage after = open.render();
    CHECK(after != before);
    CHECK(pixelsNear(after, QColor(0, 0, 255)) > 10);
    CHECK(pixelsNear(after, QColor(255, 255, 0)) > 10);
    // The legend lists the classes.
    CHECK(open.legend(open.towns).size() == 5);
}

TEST_CASE("An SLD file imported in the style dialog becomes the layer's style",
          "[app][ui][style][sld]") {
    tests::ensureWidgetApplication();
    StyledWindow open;
    const QString sld = open.scratch.file("railways.sld");
    QFile file(sld);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(R"(<?xml version="1.0" encoding="UTF-8"?>
<StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld"
    xmlns:ogc="http://www.opengis.net/ogc">
  <NamedLayer><Name>lines</Name><UserStyle><FeatureTypeStyle>
    <Rule><Name>Railways</Name>
      <ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>kind</ogc:PropertyName>
        <ogc:Literal>railway</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>
      <LineSymbolizer><Stroke><CssParameter name="stroke">#00c800</CssParameter>
        <CssParameter name="stroke-width">8</CssParameter></Stroke></LineSymbolizer>
    </Rule>
  </FeatureTypeStyle></UserStyle></NamedLayer>
</StyledLayerDescriptor>)");
    file.close();
    const QColor green(0, 200, 0);
    CHECK(pixelsNear(open.render(), green) < 20);

    app::StyleDialog* dialog = open.openStyle("plan_lines");
    CHECK(dialog->importSld(open.scratch.file("missing.sld")).contains("missing.sld"));
    REQUIRE(dialog->importSld(sld).isEmpty());
    CHECK(dialog->kindBox()->currentData().toInt() == int(gis::StyleKind::RuleBased));
    REQUIRE(dialog->apply());
    dialog->close();

    const gis::Style& style = open.record("plan_lines").style;
    REQUIRE(style.rules.size() == 1);
    CHECK(style.rules.front().label == "Railways");
    CHECK(style.rules.front().filter.expression().contains("railway"));
    CHECK(open.saved("plan_lines").style.rules.size() == 1);
    CHECK(pixelsNear(open.render(), green) > 200);
    CHECK(open.legend("plan_lines") == QStringList{"Railways"});

    // Exported and imported again, the style is the same.
    app::StyleDialog* again = open.openStyle("plan_lines");
    const QString exported = open.scratch.file("exported.sld");
    REQUIRE(again->exportSld(exported).isEmpty());
    REQUIRE(again->importSld(exported).isEmpty());
    CHECK(again->style().rules.size() == 1);
    CHECK(again->style().rules.front().symbol.strokeColor.rgb() == green.rgb());
    again->close();
}

TEST_CASE("The legend follows the interface language and edits a class on double-click",
          "[app][ui][style][legend]") {
    tests::ensureWidgetApplication();
    StyledWindow open;
    CHECK(open.legend("plan_lines").contains(QStringLiteral("铁路")));
    open.language.apply(app::Language::Choice::English);
    QCoreApplication::processEvents();
    CHECK(open.legend("plan_lines").contains("Railway"));
    CHECK(open.legend("plan_lines").contains("Highway"));
    CHECK(open.legend("plan_cities").contains("Central city"));
    CHECK_FALSE(open.legend("plan_lines").contains(QStringLiteral("铁路")));

    // Double-clicking the railway class opens its symbol and label.
    const auto& categories = open.record("plan_lines").style.categories;
    int railway = -1;
    for (std::size_t i = 0; i < categories.size(); ++i) {
        if (categories[i].value.toString() == "railway") {
            railway = int(i);
        }
    }
    REQUIRE(railway >= 0);
    auto* tree = open.window.layersDock()->findChild<QTreeWidget*>();
    QTreeWidgetItem* legendRow = nullptr;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->data(0, Qt::UserRole + 1).toString() == "plan_lines") {
            legendRow = tree->topLevelItem(i)->child(railway);
        }
    }
    REQUIRE(legendRow);
    CHECK(legendRow->text(0) == "Railway");
    Q_EMIT tree->itemDoubleClicked(legendRow, 0);
    app::SymbolDialog* dialog = nullptr;
    REQUIRE(QTest::qWaitFor(
        [&] {
            dialog = open.window.findChild<app::SymbolDialog*>();
            return dialog && dialog->isVisible();
        },
        3000));
    dialog->editor()->strokeColorButton()->setColor(QColor(0, 200, 0));
    dialog->labelEdit()->setText("Railways (planned)");
    dialog->accept();
    const gis::Category& edited = open.record("plan_lines").style.categories[railway];
    CHECK(edited.symbol.strokeColor.rgb() == QColor(0, 200, 0).rgb());
    CHECK(edited.label == "Railways (planned)");
    CHECK(open.saved("plan_lines").style.categories[railway].label == "Railways (planned)");
    CHECK(open.legend("plan_lines").contains("Railways (planned)"));
    CHECK(pixelsNear(open.render(), QColor(0, 200, 0)) > 200);
}

TEST_CASE("View, Theme applies a thematic preset to the project", "[app][ui][style][thematic]") {
    tests::ensureWidgetApplication();
    StyledWindow open;
    const QImage before = open.render();
    app::ThemeMenu* menu = open.window.themeMenu();
    REQUIRE(menu);
    REQUIRE(menu->actions().size() == 5);
    QAction* transport = nullptr;
    for (QAction* action : menu->actions()) {
        if (action->data().toString() == "transport") {
            transport = action;
        }
    }
    REQUIRE(transport);
    CHECK(transport->text() == QStringLiteral("综合交通"));
    transport->trigger();
    const core::ThematicPreset* preset = core::findThematicPreset("transport");
    CHECK(jsonOf(open.record("plan_lines").style) == jsonOf(preset->layer("plan_lines")->style));
    CHECK_FALSE(open.saved("plan_areas").visible);
    CHECK(jsonOf(open.saved("plan_projects").style) ==
          jsonOf(preset->layer("plan_projects")->style));
    // A layer the preset does not know keeps its style.
    CHECK(open.record(open.towns).style.kind() == gis::StyleKind::Single);
    CHECK(open.render() != before);
}

TEST_CASE("Classifying plan items by status in the dialog gives legend labels in the UI language",
          "[app][ui][style][legend]") {
    tests::ensureWidgetApplication();
    StyledWindow open;
    open.language.apply(app::Language::Choice::English);
    QCoreApplication::processEvents();
    app::StyleDialog* dialog = open.openStyle("plan_projects");
    app::CategorizedStylePage* page = dialog->categorizedPage();
    page->fieldBox()->setCurrentText("status");
    page->classify();
    REQUIRE(page->classList()->topLevelItemCount() >= 4);
    REQUIRE(dialog->apply());
    dialog->close();
    const gis::Style& style = open.record("plan_projects").style;
    CHECK(style.categoryField == "status");
    const QStringList legend = open.legend("plan_projects");
    CHECK(legend.size() == int(style.categories.size()));
    INFO(legend.join(", ").toStdString());
    CHECK(legend.contains("Construction starts"));
    CHECK(legend.contains("Upgrade"));
    // Stored in Chinese, as the plan's own labels are.
    bool stored = false;
    for (const gis::Category& category : style.categories) {
        stored = stored || category.label == QStringLiteral("开工建设");
    }
    CHECK(stored);
}
