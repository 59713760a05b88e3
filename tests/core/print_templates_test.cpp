// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/print_templates.h"
#include "core/print_project_data.h"
#include "core/project.h"
#include "core/project_database.h"
#include "gis/error.h"
#include "gis/layout/layout_exporter.h"
#include "gis/layout/layout_renderer.h"
#include "gis/layout/legend_item.h"
#include "gis/layout/text_item.h"
#include "gis/sqlite_database.h"
#include "tests/support/image_compare.h"
#include "tests/support/pdf_tools.h"
#include "tests/support/test_files.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QImage>
#include <QRegularExpression>

namespace {

QString copyOfDefaultProject(const tests::ScratchDir& scratch) {
    const QString copy = scratch.file("project.gpkg");
    REQUIRE(QFile::copy(tests::defaultProjectPath(), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    return copy;
}

/// The project's data with the date fixed, so that pages compare with a reference.
class FixedDateData : public core::PrintProjectData {
public:
    using core::PrintProjectData::PrintProjectData;
    QString variable(const QString& name) const override {
        return name == "date" ? QStringLiteral("2025年6月")
                              : core::PrintProjectData::variable(name);
    }
};

const QLocale kChinese(QLocale::Chinese, QLocale::China);

}  // namespace

TEST_CASE("The five built-in templates are the plan's thematic maps", "[core][print]") {
    const QStringList names = core::PrintTemplates::builtInNames();
    CHECK(names ==
          QStringList{"兰西城市群空间格局", "综合交通", "生态安全格局", "能源", "重点项目进展"});
    for (const gis::PrintLayout& layout : core::PrintTemplates::builtIn()) {
        CHECK(layout.page.sizeMm() == QSizeF(420, 297));
        REQUIRE(layout.mainFrame());
        const auto* notes = dynamic_cast<const gis::TextItem*>(layout.item("notes"));
        REQUIRE(notes);
        CHECK(notes->text.contains(core::PrintTemplates::planTitle()));
    }
}

TEST_CASE("A layout template round-trips through the project database", "[core][print]") {
    tests::ScratchDir scratch;
    const QString path = copyOfDefaultProject(scratch);
    gis::PrintLayout layout = core::PrintTemplates::builtIn()[2];
    layout.name = QStringLiteral("我的生态图");
    static_cast<gis::TextItem*>(layout.item("title"))->text = QStringLiteral("黄河上游生态屏障");
    auto* legend = static_cast<gis::LegendItem*>(layout.item("legend"));
    legend->labels.insert("plan_ecology", QStringLiteral("生态保护空间"));
    legend->onlyInFrame = true;
    core::PrintTemplates::saveToProject(layout, path);

    const std::vector<gis::PrintLayout> saved = core::PrintTemplates::fromProject(path);
    REQUIRE(saved.size() == 1);
    CHECK(saved[0].toJson() == layout.toJson());
    CHECK(core::PrintTemplates::find(QStringLiteral("我的生态图"), path).toJson() ==
          layout.toJson());
    // Saving again under the same name replaces it.
    layout.page.orientation = gis::PageOrientation::Portrait;
    core::PrintTemplates::saveToProject(layout, path);
    REQUIRE(core::PrintTemplates::fromProject(path).size() == 1);
    CHECK(core::PrintTemplates::fromProject(path)[0].page.orientation ==
          gis::PageOrientation::Portrait);

    CHECK_THROWS_WITH(core::PrintTemplates::find(QStringLiteral("不存在"), path),
                      Catch::Contains("综合交通") && Catch::Contains("我的生态图"));
    layout.name.clear();
    CHECK_THROWS_WITH(core::PrintTemplates::saveToProject(layout, path), Catch::Contains("name"));
}

TEST_CASE("A schema-3 project gains the layout table when opened", "[core][print]") {
    tests::ScratchDir scratch;
    const QString path = copyOfDefaultProject(scratch);
    {
        gis::SqliteDatabase sqlite(path, gis::SqliteDatabase::Mode::ReadWrite);
        sqlite.execute(
            "DROP TABLE lx_layout; UPDATE lx_meta SET value = '3' WHERE key = "
            "'schema_version';");
    }
    core::ProjectDatabase database(path, core::ProjectDatabase::Access::ReadWrite);
    CHECK(database.schemaVersion() == core::ProjectDatabase::kSchemaVersion);
    CHECK(database.layoutTemplates().empty());
    database.saveLayoutTemplate("a", "{}");
    CHECK(database.layoutTemplate("a").value_or(QString()) == "{}");
    database.removeLayoutTemplate("a");
    CHECK_FALSE(database.layoutTemplate("a").has_value());
}

TEST_CASE("The spatial structure map prints as a vector PDF with searchable Chinese",
          "[core][print][pdf]") {
    tests::ensureApplication();
    tests::ScratchDir scratch;
    const core::Project project = core::Project::open(tests::defaultProjectPath());
    const FixedDateData data(project, kChinese);
    const gis::PrintLayout layout =
        core::PrintTemplates::find(QStringLiteral("兰西城市群空间格局"), project.path());
    const QString pdf = scratch.file("map.pdf");
    const gis::ExportResult result = gis::LayoutExporter(layout, data).exportTo(pdf, 300, {});
    INFO(result.warnings.join("\n").toStdString());
    CHECK(result.warnings.isEmpty());

    // Text extraction finds the title, the plan and the legend entries, as text, in Chinese.
    const QString text = tests::pdfText(pdf).remove(u' ').remove(u'\n');
    CHECK(text.contains(QStringLiteral("兰西城市群“一带双圈多节点”空间格局图")));
    CHECK(text.contains(QStringLiteral("兰州—西宁城市群发展“十四五”实施方案")));
    for (const char* entry : {"中心城市", "都市圈城市", "节点城市", "铁路", "公路", "发展轴",
                              "生态空间", "湖泊", "省界"}) {
        INFO(entry);
        CHECK(text.contains(QString::fromUtf8(entry)));
    }
    CHECK(text.contains(QStringLiteral("兰州")));  // a map label

    // Every font is embedded.
    const QStringList fonts = tests::runTool("pdffonts", {pdf}).split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(fonts.size() >= 3);
    for (const QString& line : fonts.mid(2)) {
        INFO(line.toStdString());
        CHECK(line.simplified().split(u' ').value(line.simplified().split(u' ').size() - 5) ==
              "yes");
    }
    // The A3 landscape page: 420 × 297 mm = 1190.55 × 841.89 pt (PDF pages are whole points).
    const QRegularExpressionMatch size =
        QRegularExpression(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+) pts"))
            .match(tests::runTool("pdfinfo", {pdf}));
    REQUIRE(size.hasMatch());
    CHECK(std::abs(size.captured(1).toDouble() - 1190.55) < 0.6);
    CHECK(std::abs(size.captured(2).toDouble() - 841.89) < 0.6);

    // Rasterised by poppler, it matches the reference page.
    tests::runTool("pdftoppm", {"-r", "40", "-png", "-singlefile", pdf, scratch.file("page")});
    const QImage page(scratch.file("page.png"));
    REQUIRE(!page.isNull());
    const tests::ReferenceComparison comparison =
        tests::compareWithReference(page, "print_spatial_structure_a3", 40);
    INFO("reference " << comparison.referencePath.toStdString() << ", actual saved as "
                      << comparison.actualSavedAs.toStdString() << ", differing pixels "
                      << comparison.difference.differingPixels);
    CHECK(comparison.referenceFound);
    CHECK(comparison.matches(0.01));
}

TEST_CASE("Every built-in template draws its map and legend without problems", "[core][print]") {
    tests::ensureApplication();
    const core::Project project = core::Project::open(tests::defaultProjectPath());
    const core::PrintProjectData data(project, kChinese);
    for (const gis::PrintLayout& layout : core::PrintTemplates::builtIn()) {
        INFO(layout.name.toStdString());
        const gis::LayoutRenderer renderer(layout, data);
        const auto frames = renderer.frameStates(50, nullptr);
        const auto* legend = static_cast<const gis::LegendItem*>(layout.item("legend"));
        CHECK(legend->entries(frames.at("map")).size() >= 4);
        QImage image(QSize(827, 585), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        CHECK(renderer.render(painter, 50).isEmpty());
    }
}
