// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/thematic_preset.h"
#include "core/plan_legend_labels.h"
#include "core/project.h"
#include "gis/error.h"
#include "gis/map_renderer.h"
#include "tests/support/test_files.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonDocument>

#include <algorithm>
#include <set>

namespace {

const QLocale kChinese(QLocale::Chinese, QLocale::China);
const QLocale kEnglish(QLocale::English, QLocale::UnitedStates);

gis::MapSettings regionSettings(const core::Project& project) {
    gis::MapSettings settings;
    settings.crs = project.crs();
    settings.extent = project.homeExtent();
    settings.outputSize = QSize(900, 600);
    return settings;
}

/// Pixels of `image` within a small tolerance of `color` (antialiased edges aside).
int pixelsOf(const QImage& image, const QColor& color) {
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (std::abs(pixel.red() - color.red()) <= 6 &&
                std::abs(pixel.green() - color.green()) <= 6 &&
                std::abs(pixel.blue() - color.blue()) <= 6) {
                ++count;
            }
        }
    }
    return count;
}

std::map<QString, bool> visibility(const std::vector<gis::MapLayer>& layers) {
    std::map<QString, bool> visible;
    for (const gis::MapLayer& layer : layers) {
        visible[layer.id] = layer.visible;
    }
    return visible;
}

const gis::MapLayer& layerOf(const std::vector<gis::MapLayer>& layers, const QString& id) {
    for (const gis::MapLayer& layer : layers) {
        if (layer.id == id) {
            return layer;
        }
    }
    FAIL("no layer " << id.toStdString());
    return layers.front();
}

const gis::Category* categoryOf(const gis::Style& style, const QString& value) {
    for (const gis::Category& category : style.categories) {
        if (category.value.toString() == value) {
            return &category;
        }
    }
    return nullptr;
}

std::set<QString> distinctValues(const gis::FeatureSource& source, const QString& field) {
    std::set<QString> values;
    gis::FeatureQuery query;
    query.columns = {field};
    auto features = source.query(query);
    gis::Feature feature;
    while (features->next(feature)) {
        values.insert(feature.attributes.at(0).toString());
    }
    return values;
}

QByteArray jsonOf(const gis::Style& style) {
    return QJsonDocument(style.toJson()).toJson();
}

}  // namespace

TEST_CASE("There are five thematic presets with their fixed ids and titles", "[core][thematic]") {
    const std::vector<QString> ids{"spatial-structure", "transport", "ecological-security",
                                   "energy", "project-status"};
    REQUIRE(core::thematicPresets().size() == ids.size());
    for (std::size_t i = 0; i < ids.size(); ++i) {
        const core::ThematicPreset* preset = core::findThematicPreset(ids[i]);
        REQUIRE(preset);
        CHECK(preset == &core::thematicPresets()[i]);
        CHECK_FALSE(preset->title(kChinese).isEmpty());
        CHECK(preset->title(kChinese) != preset->title(kEnglish));
    }
    CHECK(core::findThematicPreset("spatial-structure")->title(kChinese) ==
          QStringLiteral("兰西城市群空间格局"));
    CHECK(core::findThematicPreset("nonsense") == nullptr);
}

TEST_CASE("Each thematic preset renders the default project with its own layers in front",
          "[core][thematic][render]") {
    tests::ensureApplication();
    const core::Project project = core::Project::open(tests::defaultProjectPath());
    const gis::MapSettings settings = regionSettings(project);

    struct Expectation {
        QString id;
        std::set<QString> shown;
        std::set<QString> hidden;
        QString prominentLayer;
        QString prominentValue;  // the category whose colour must show on the map
    };
    const std::vector<Expectation> expectations{
        {"spatial-structure",
         {"plan_cities", "plan_areas", "plan_lines"},
         {"plan_projects"},
         "plan_lines",
         "development_axis"},
        {"transport",
         {"plan_lines", "plan_projects", "plan_cities"},
         {"plan_areas"},
         "plan_lines",
         "highway"},
        {"ecological-security",
         {"plan_ecology", "base_river", "base_lake", "plan_lines"},
         {"plan_projects", "plan_areas"},
         "plan_ecology",
         "ecological_zone"},
        {"energy", {"plan_areas", "plan_lines", "plan_projects"}, {}, "plan_areas", "energy_base"},
        {"project-status", {"plan_projects", "plan_lines"}, {"plan_areas"}, "plan_lines", "build"},
    };
    const QImage plain =
        gis::MapRenderer(settings, project.mapLayers(kChinese)).renderImage().image;
    std::vector<QImage> images;
    for (const Expectation& expected : expectations) {
        INFO(expected.id.toStdString());
        const core::ThematicPreset* preset = core::findThematicPreset(expected.id);
        REQUIRE(preset);
        const std::vector<gis::MapLayer> layers = project.mapLayers(kChinese, 0, preset);
        const auto visible = visibility(layers);
        for (const QString& key : expected.shown) {
            CHECK(visible.at(key));
        }
        for (const QString& key : expected.hidden) {
            CHECK_FALSE(visible.at(key));
        }
        const gis::Category* prominent =
            categoryOf(layerOf(layers, expected.prominentLayer).style, expected.prominentValue);
        REQUIRE(prominent);
        const gis::RenderResult result = gis::MapRenderer(settings, layers).renderImage();
        CHECK(result.errors.isEmpty());
        const QColor color = prominent->symbol.fillColor.alpha() == 255
                                 ? prominent->symbol.fillColor
                                 : prominent->symbol.strokeColor;
        // Opaque colours only: a translucent fill blends with what lies below.
        if (color.alpha() == 255) {
            CHECK(pixelsOf(result.image, color) > 40);
            CHECK(pixelsOf(result.image, color) > 2 * pixelsOf(plain, color));
        }
        CHECK(result.image != plain);
        for (const QImage& other : images) {
            CHECK(result.image != other);
        }
        images.push_back(result.image);
    }
    // The project itself is untouched by a themed snapshot.
    CHECK(visibility(project.mapLayers(kChinese)).at("plan_projects"));
}

TEST_CASE("The project-status preset has a class for every status of the project items",
          "[core][thematic]") {
    tests::ensureApplication();
    const core::Project project = core::Project::open(tests::defaultProjectPath());
    const core::ThematicPreset* preset = core::findThematicPreset("project-status");
    REQUIRE(preset);
    const std::vector<gis::MapLayer> layers = project.mapLayers(kEnglish, 0, preset);
    for (const QString key : {QStringLiteral("plan_projects"), QStringLiteral("plan_lines")}) {
        INFO(key.toStdString());
        const gis::MapLayer& layer = layerOf(layers, key);
        CHECK(layer.style.categoryField == "status");
        REQUIRE(layer.source);
        const std::set<QString> statuses = distinctValues(*layer.source, "status");
        CHECK(statuses.size() >= 4);
        std::set<QRgb> colours;
        for (const QString& status : statuses) {
            INFO(status.toStdString());
            const gis::Category* category = categoryOf(layer.style, status);
            REQUIRE(category);
            CHECK_FALSE(category->label.isEmpty());
            colours.insert(key == "plan_lines" ? category->symbol.strokeColor.rgb()
                                               : category->symbol.fillColor.rgb());
        }
        CHECK(colours.size() == statuses.size());
    }
    CHECK(categoryOf(layerOf(layers, "plan_lines").style, "construction_start")->label ==
          "Construction starts");
}

TEST_CASE("An applied thematic preset is saved in the project and survives reopening",
          "[core][thematic][project]") {
    tests::ScratchDir scratch;
    const QString path = scratch.file("project.gpkg");
    REQUIRE(QFile::copy(tests::defaultProjectPath(), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const core::ThematicPreset* preset = core::findThematicPreset("ecological-security");
    REQUIRE(preset);
    {
        core::Project project = core::Project::open(path);
        REQUIRE(project.layerRecords().size() >= 8);
        CHECK_THROWS_AS(project.applyThematicPreset("no-such-theme"), gis::Error);
        project.applyThematicPreset("ecological-security");
    }
    const core::Project reopened = core::Project::open(path);
    for (const core::LayerRecord& record : reopened.layerRecords()) {
        INFO(record.key.toStdString());
        const core::ThematicLayer* themed = preset->layer(record.key);
        REQUIRE(themed);
        CHECK(record.visible == themed->visible);
        CHECK(jsonOf(record.style) == jsonOf(themed->style));
    }
    // The themed project draws as the themed snapshot of the original does.
    const core::Project original = core::Project::open(tests::defaultProjectPath());
    tests::ensureApplication();
    const gis::MapSettings settings = regionSettings(original);
    CHECK(gis::MapRenderer(settings, reopened.mapLayers(kChinese)).renderImage().image ==
          gis::MapRenderer(settings, original.mapLayers(kChinese, 0, preset)).renderImage().image);
}

TEST_CASE("A layer style set on the project is saved at once", "[core][project][style]") {
    tests::ScratchDir scratch;
    const QString path = scratch.file("project.gpkg");
    REQUIRE(QFile::copy(tests::defaultProjectPath(), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    gis::Style style;
    style.defaultSymbol.strokeColor = QColor(10, 200, 30);
    style.defaultSymbol.strokeWidthMm = 1.2;
    {
        core::Project project = core::Project::open(path);
        project.setLayerStyle("plan_lines", style);
        CHECK(jsonOf(project.layerRecords()[5].style) == jsonOf(style));
    }
    const core::Project reopened = core::Project::open(path);
    const auto& records = reopened.layerRecords();
    const auto lines = std::find_if(records.begin(), records.end(),
                                    [](const auto& record) { return record.key == "plan_lines"; });
    REQUIRE(lines != records.end());
    CHECK(jsonOf(lines->style) == jsonOf(style));
}

TEST_CASE("Legend labels of plan vocabulary follow the language", "[core][thematic][legend]") {
    const core::Project project = core::Project::open(tests::defaultProjectPath());
    const auto english = project.mapLayers(kEnglish);
    const auto chinese = project.mapLayers(kChinese);
    CHECK(categoryOf(layerOf(english, "plan_lines").style, "railway")->label == "Railway");
    CHECK(categoryOf(layerOf(chinese, "plan_lines").style, "railway")->label ==
          QStringLiteral("铁路"));
    CHECK(categoryOf(layerOf(english, "plan_cities").style, "central")->label == "Central city");
    CHECK(categoryOf(layerOf(english, "base_river").style, "1")->label == "Main river");
    // A label the user wrote is theirs, in any language.
    gis::Style custom = layerOf(chinese, "plan_lines").style;
    custom.categories.front().label = QStringLiteral("我的铁路");
    const gis::Style shown = core::PlanLegendLabels::localized(custom, kEnglish);
    CHECK(shown.categories.front().label == QStringLiteral("我的铁路"));
}
