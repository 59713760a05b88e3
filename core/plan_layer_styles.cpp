// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan_layer_styles.h"

namespace core {

namespace {

gis::Symbol lineSymbol(const QColor& color, double widthMm, Qt::PenStyle style = Qt::SolidLine) {
    gis::Symbol symbol;
    symbol.strokeColor = color;
    symbol.strokeWidthMm = widthMm;
    symbol.strokeStyle = style;
    return symbol;
}

gis::Symbol areaSymbol(const QColor& fill, const QColor& stroke, double widthMm,
                       Qt::PenStyle style = Qt::SolidLine) {
    gis::Symbol symbol = lineSymbol(stroke, widthMm, style);
    symbol.fillColor = fill;
    return symbol;
}

gis::Symbol markerSymbol(gis::MarkerShape shape, double sizeMm, const QColor& fill) {
    gis::Symbol symbol;
    symbol.markerShape = shape;
    symbol.markerSizeMm = sizeMm;
    symbol.fillColor = fill;
    symbol.strokeColor = Qt::white;
    symbol.strokeWidthMm = 0.3;
    return symbol;
}

gis::LabelStyle labels(const QString& field, double sizePt, int priority,
                       const QColor& color = Qt::black) {
    gis::LabelStyle label;
    label.enabled = true;
    label.field = field;
    label.fontSizePt = sizePt;
    label.priority = priority;
    label.color = color;
    return label;
}

LayerRecord provinces() {
    LayerRecord layer{
        "base_province", QStringLiteral("省界"), "Provinces", {}, "base_province", {}, {}};
    layer.style.defaultSymbol =
        areaSymbol(QColor(236, 231, 218), QColor(140, 120, 105), 0.5, Qt::DashDotLine);
    layer.style.label = labels("name", 12, 10, QColor(130, 115, 100));
    return layer;
}

LayerRecord lakes() {
    LayerRecord layer{"base_lake", QStringLiteral("湖泊"), "Lakes", {}, "base_lake", {}, {}};
    layer.style.defaultSymbol = areaSymbol(QColor(170, 205, 235), QColor(95, 150, 200), 0.2);
    layer.style.label = labels("name", 9, 40, QColor(40, 90, 150));
    return layer;
}

LayerRecord rivers() {
    LayerRecord layer{"base_river", QStringLiteral("河流"), "Rivers", {}, "base_river", {}, {}};
    const QColor blue(95, 150, 200);
    layer.style.defaultSymbol = lineSymbol(blue, 0.2);
    layer.style.categoryField = "wdb_level";
    layer.style.categories = {{1, QStringLiteral("干流"), lineSymbol(blue, 0.7)},
                              {2, QStringLiteral("主要支流"), lineSymbol(blue, 0.45)},
                              {3, QStringLiteral("支流"), lineSymbol(blue, 0.3)}};
    layer.style.label = labels("name", 8, 20, QColor(40, 90, 150));
    layer.style.label.placement = gis::LabelPlacement::AlongLine;
    return layer;
}

LayerRecord ecologicalAreas() {
    LayerRecord layer{"plan_ecology",
                      QStringLiteral("生态空间"),
                      "Ecological zones",
                      {},
                      "plan_area",
                      "kind IN ('ecological_zone','protected_area','ecological_corridor')",
                      {}};
    layer.style.defaultSymbol =
        areaSymbol(QColor(90, 170, 90, 45), QColor(60, 140, 60, 160), 0.3, Qt::SolidLine);
    layer.style.label = labels("name_zh", 8, 15, QColor(40, 110, 40));
    return layer;
}

LayerRecord planningAreas() {
    LayerRecord layer{"plan_areas",
                      QStringLiteral("都市圈与功能区"),
                      "Metropolitan and functional areas",
                      {},
                      "plan_area",
                      "kind NOT IN ('ecological_zone','protected_area','ecological_corridor')",
                      {}};
    layer.style.defaultSymbol =
        areaSymbol(QColor(240, 150, 60, 25), QColor(220, 120, 40), 0.5, Qt::DashLine);
    layer.style.label = labels("name_zh", 8, 18, QColor(170, 85, 20));
    // Many overlapping areas: off at first so the spatial structure reads clearly.
    layer.visible = false;
    return layer;
}

LayerRecord transportLines() {
    LayerRecord layer{"plan_lines",
                      QStringLiteral("交通与能源线路"),
                      "Transport and energy lines",
                      {},
                      "plan_line",
                      {},
                      {}};
    layer.style.defaultSymbol = lineSymbol(QColor(120, 120, 120), 0.4);
    layer.style.categoryField = "kind";
    layer.style.categories = {
        {"railway", QStringLiteral("铁路"), lineSymbol(QColor(50, 50, 50), 0.6), 26},
        {"highway", QStringLiteral("公路"), lineSymbol(QColor(200, 60, 50), 0.5), 24},
        {"power_line", QStringLiteral("输电线路"),
         lineSymbol(QColor(150, 80, 170), 0.4, Qt::DashLine)},
        {"water_project", QStringLiteral("水利工程"),
         lineSymbol(QColor(30, 120, 200), 0.5, Qt::DashLine)},
        {"development_axis", QStringLiteral("发展轴"), lineSymbol(QColor(230, 120, 40, 160), 2.0)},
        {"ecological_corridor", QStringLiteral("生态廊道"),
         lineSymbol(QColor(60, 150, 60, 160), 1.5), 16}};
    // Names follow the lines; railways and highways rank above corridors and the other lines.
    layer.style.label = labels("name_zh", 7.5, 12, QColor(60, 60, 60));
    layer.style.label.placement = gis::LabelPlacement::AlongLine;
    return layer;
}

LayerRecord projectPoints() {
    LayerRecord layer{"plan_projects",
                      QStringLiteral("重点项目"),
                      "Key projects",
                      {},
                      "plan_point",
                      "kind NOT IN ('city','new_area','county','town')",
                      {}};
    layer.style.defaultSymbol = markerSymbol(gis::MarkerShape::Diamond, 2.2, QColor(120, 90, 160));
    layer.style.categoryField = "kind";
    layer.style.categories = {{"airport", QStringLiteral("机场"),
                               markerSymbol(gis::MarkerShape::Triangle, 2.8, QColor(40, 110, 190))},
                              {"logistics_hub", QStringLiteral("物流枢纽"),
                               markerSymbol(gis::MarkerShape::Square, 2.2, QColor(150, 100, 50))},
                              {"power_station", QStringLiteral("电站"),
                               markerSymbol(gis::MarkerShape::Diamond, 2.2, QColor(150, 80, 170))},
                              {"pumped_storage", QStringLiteral("抽水蓄能"),
                               markerSymbol(gis::MarkerShape::Diamond, 2.2, QColor(60, 100, 190))},
                              {"industrial_park", QStringLiteral("园区"),
                               markerSymbol(gis::MarkerShape::Square, 2.0, QColor(110, 110, 110))}};
    return layer;
}

LayerRecord cityNodes() {
    LayerRecord layer{"plan_cities",
                      QStringLiteral("城市节点"),
                      "City nodes",
                      {},
                      "plan_point",
                      "kind IN ('city','new_area','county','town')",
                      {}};
    layer.style.defaultSymbol = markerSymbol(gis::MarkerShape::Circle, 1.6, QColor(90, 90, 90));
    layer.style.categoryField = "tier";
    layer.style.categories = {
        {"central", QStringLiteral("中心城市"),
         markerSymbol(gis::MarkerShape::Star, 5.0, QColor(200, 30, 30)), 100, 13},
        {"metropolitan", QStringLiteral("都市圈城市"),
         markerSymbol(gis::MarkerShape::Circle, 3.2, QColor(225, 95, 40)), 80, 10.5},
        {"node", QStringLiteral("节点城市"),
         markerSymbol(gis::MarkerShape::Circle, 2.6, QColor(235, 160, 40)), 60, 9.5},
        {"county", QStringLiteral("县城与城镇"),
         markerSymbol(gis::MarkerShape::Circle, 1.5, QColor(110, 110, 110)), 30, 7.5}};
    layer.style.label = labels("name_zh", 9, 50);
    layer.style.label.bold = true;
    return layer;
}

}  // namespace

std::vector<LayerRecord> defaultPlanLayers() {
    return {provinces(),     lakes(),          rivers(),        ecologicalAreas(),
            planningAreas(), transportLines(), projectPoints(), cityNodes()};
}

}  // namespace core
