// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/print_templates.h"

#include "core/project_store_factory.h"
#include "gis/error.h"
#include "gis/layout/legend_item.h"
#include "gis/layout/map_frame_item.h"
#include "gis/layout/north_arrow_item.h"
#include "gis/layout/scale_bar_item.h"
#include "gis/layout/shape_item.h"
#include "gis/layout/text_item.h"

#include <QJsonDocument>

namespace core {

namespace {

/// One thematic map: its template name, title, the theme its map shows and whether it carries a
/// Gauss–Krüger kilometre grid besides the graticule.
struct Theme {
    const char* name;
    const char* title;
    const char* themeId;
    bool metricGrid;
};

const Theme kThemes[] = {
    {"兰西城市群空间格局", "兰西城市群“一带双圈多节点”空间格局图", "spatial-structure", false},
    {"综合交通", "兰西城市群综合交通布局图", "transport", false},
    {"生态安全格局", "兰西城市群“一带四廊三屏”生态安全格局图", "ecological-security", false},
    {"能源", "兰西城市群能源基础设施布局图", "energy", false},
    {"重点项目进展", "兰西城市群重点项目进展图", "project-status", true},
};

const QString kProjectCrs = QStringLiteral("EPSG:4543");

std::unique_ptr<gis::TextItem> text(const QString& id, const QRectF& rect, const QString& content,
                                    double sizePt, bool bold, Qt::Alignment alignment,
                                    const QColor& color = Qt::black) {
    auto item = std::make_unique<gis::TextItem>();
    item->id = id;
    item->rectMm = rect;
    item->text = content;
    item->fontSizePt = sizePt;
    item->bold = bold;
    item->alignment = alignment;
    item->color = color;
    return item;
}

std::unique_ptr<gis::ShapeItem> box(const QString& id, const QRectF& rect, double widthMm) {
    auto item = std::make_unique<gis::ShapeItem>();
    item->id = id;
    item->rectMm = rect;
    item->strokeWidthMm = widthMm;
    return item;
}

/// A3 landscape: title band on top, the map on the left with a graticule, a side panel with the
/// locator map, legend and notes; scale bar and north arrow on the map.
gis::PrintLayout themeLayout(const Theme& theme) {
    gis::PrintLayout layout;
    layout.name = QString::fromUtf8(theme.name);
    layout.page.paper = gis::PaperSize::A3;
    layout.page.orientation = gis::PageOrientation::Landscape;
    layout.page.marginsMm = QMarginsF(10, 10, 10, 10);
    const QString title = QString::fromUtf8(theme.title);

    layout.add(box("border_outer", QRectF(10, 10, 400, 277), 0.9));
    layout.add(box("border_inner", QRectF(12, 12, 396, 273), 0.2));
    auto heading = text("title", QRectF(14, 15, 392, 12), title, 22, true, Qt::AlignCenter);
    heading->atlasText = title + QStringLiteral("（{atlas.name}）");
    layout.add(std::move(heading));
    layout.add(text("subtitle", QRectF(14, 28, 392, 6),
                    QStringLiteral("《%1》附图").arg(PrintTemplates::planTitle()), 10.5, false,
                    Qt::AlignCenter, QColor(70, 70, 70)));

    auto map = std::make_unique<gis::MapFrameItem>();
    map->id = QStringLiteral("map");
    map->rectMm = QRectF(26, 40, 290, 236);
    map->crs = gis::Crs::fromUserInput(kProjectCrs);
    map->themeId = QString::fromUtf8(theme.themeId);
    map->frameVisible = true;
    map->frameWidthMm = 0.5;
    map->background = QColor(246, 244, 238);
    map->grids.push_back(gis::MapGrid{});
    if (theme.metricGrid) {
        gis::MapGrid metric;
        metric.kind = gis::MapGrid::Kind::Metric;
        metric.color = QColor(40, 90, 160, 90);
        metric.labels = false;
        map->grids.push_back(metric);
    }
    layout.add(std::move(map));

    auto arrow = std::make_unique<gis::NorthArrowItem>();
    arrow->id = QStringLiteral("north");
    arrow->rectMm = QRectF(298, 44, 14, 22);
    arrow->frameId = QStringLiteral("map");
    layout.add(std::move(arrow));

    auto scaleBar = std::make_unique<gis::ScaleBarItem>();
    scaleBar->id = QStringLiteral("scale_bar");
    scaleBar->rectMm = QRectF(29, 257, 76, 16);
    scaleBar->frameId = QStringLiteral("map");
    scaleBar->background = QColor(255, 255, 255, 215);
    layout.add(std::move(scaleBar));

    auto locator = std::make_unique<gis::MapFrameItem>();
    locator->id = QStringLiteral("locator");
    locator->rectMm = QRectF(324, 40, 82, 62);
    locator->crs = gis::Crs::fromUserInput(kProjectCrs);
    // Gansu and Qinghai around the agglomeration: 89.5–108.5°E, 31.5–42.8°N in EPSG:4543
    // (written out: a PROJ transform costs more than the rest of the template).
    locator->extent = QRectF(QPointF(-691819, 3486484), QPointF(1118120, 4816967));
    locator->themeId = QStringLiteral("locator");
    locator->locatorOf = QStringLiteral("map");
    locator->frameVisible = true;
    locator->background = QColor(250, 250, 250);
    layout.add(std::move(locator));
    layout.add(text("locator_title", QRectF(325.5, 41, 30, 5), QStringLiteral("区位图"), 8, true,
                    Qt::AlignLeft | Qt::AlignTop));

    auto legend = std::make_unique<gis::LegendItem>();
    legend->id = QStringLiteral("legend");
    legend->rectMm = QRectF(324, 106, 82, 124);
    legend->frameId = QStringLiteral("map");
    legend->title = QStringLiteral("图　例");
    legend->frameVisible = true;
    legend->background = Qt::white;
    layout.add(std::move(legend));

    layout.add(text(
        "notes", QRectF(324, 234, 82, 42),
        QStringLiteral("编制依据：《%1》\n"
                       "发布机构：青海省人民政府办公厅、甘肃省人民政府办公厅（青政办〔2022〕5号）\n"
                       "坐标系统：{crs}\n"
                       "资料来源：规划文本整理；底图 GMT DCW/GSHHG\n"
                       "制图：兰西城市群规划工作站　{date}")
            .arg(PrintTemplates::planTitle()),
        6.5, false, Qt::AlignLeft | Qt::AlignTop, QColor(50, 50, 50)));
    return layout;
}

}  // namespace

QString PrintTemplates::planTitle() {
    return QStringLiteral("兰州—西宁城市群发展“十四五”实施方案");
}

std::vector<gis::PrintLayout> PrintTemplates::builtIn() {
    std::vector<gis::PrintLayout> layouts;
    for (const Theme& theme : kThemes) {
        layouts.push_back(themeLayout(theme));
    }
    return layouts;
}

QStringList PrintTemplates::builtInNames() {
    QStringList names;
    for (const Theme& theme : kThemes) {
        names << QString::fromUtf8(theme.name);
    }
    return names;
}

std::vector<gis::PrintLayout> PrintTemplates::fromProject(const QString& projectPath) {
    std::vector<gis::PrintLayout> layouts;
    for (const auto& [name, json] :
         ProjectStoreFactory::open(projectPath, false)->layoutTemplates()) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError) {
            throw gis::Error(tr("%1: the layout template \"%2\" is not valid JSON: %3")
                                 .arg(projectPath, name, error.errorString()));
        }
        gis::PrintLayout layout = gis::PrintLayout::fromJson(document.object());
        layout.name = name;
        layouts.push_back(std::move(layout));
    }
    return layouts;
}

void PrintTemplates::saveToProject(const gis::PrintLayout& layout, const QString& projectPath) {
    if (layout.name.trimmed().isEmpty()) {
        throw gis::Error(tr("A layout template needs a name to be saved"));
    }
    ProjectStoreFactory::open(projectPath, true)
        ->saveLayoutTemplate(
            layout.name,
            QString::fromUtf8(QJsonDocument(layout.toJson()).toJson(QJsonDocument::Compact)));
}

gis::PrintLayout PrintTemplates::find(const QString& name, const QString& projectPath) {
    if (name.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
        return gis::PrintLayout::load(name);
    }
    QStringList names;
    for (gis::PrintLayout& layout : fromProject(projectPath)) {
        if (layout.name == name) {
            return std::move(layout);
        }
        names << layout.name;
    }
    for (const Theme& theme : kThemes) {
        if (name == QString::fromUtf8(theme.name)) {
            return themeLayout(theme);
        }
    }
    names << builtInNames();
    names.removeDuplicates();
    throw gis::Error(tr("No layout template \"%1\"; there are: %2 (or give a .json file)")
                         .arg(name, names.join(QStringLiteral(", "))));
}

}  // namespace core
