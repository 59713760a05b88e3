#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fills resources/translations/lanxi_zh_CN.ts from the glossary below after `ninja update_translations`.
Strings missing from the glossary are listed and left unfinished, so a missing translation is visible."""
import html
import re
import sys
from pathlib import Path

GLOSSARY = {
    "outside the valid area of the map CRS": "超出地图坐标系的有效范围",
    "Lon %1° Lat %2°": "经度 %1° 纬度 %2°",
    "GK zone %1 (EPSG:%2): E %3 m  N %4 m": "高斯-克吕格 %1 带 (EPSG:%2)：东 %3 米  北 %4 米",
    "Scale 1:%1": "比例尺 1:%1",
    "This layer's data could not be opened.": "无法打开该图层的数据。",
    "Layers": "图层",
    "&File": "文件(&F)",
    "&View": "视图(&V)",
    "&Settings": "设置(&S)",
    "&Help": "帮助(&H)",
    "Map": "地图",
    "&Open Project…": "打开项目(&O)…",
    "&Export Map Image…": "导出地图图片(&E)…",
    "&Quit": "退出(&Q)",
    "Zoom &In": "放大(&I)",
    "Zoom &Out": "缩小(&O)",
    "&Full Extent": "全图(&F)",
    "&Preferences…": "首选项(&P)…",
    "&About Lanxi Atlas": "关于兰西城市群规划工作站(&A)",
    "Lanxi Atlas": "兰西城市群规划工作站",
    "%1 — Lanxi Atlas": "%1 — 兰西城市群规划工作站",
    "Cannot open project": "无法打开项目",
    "Some layers could not be opened": "部分图层无法打开",
    "Open Project": "打开项目",
    "Lanxi Atlas projects (*.gpkg)": "兰西规划项目 (*.gpkg)",
    "Export Map Image": "导出地图图片",
    "PNG images (*.png)": "PNG 图片 (*.png)",
    "Cannot export the map": "无法导出地图",
    "%1: %2": "%1：%2",
    "About Lanxi Atlas": "关于兰西城市群规划工作站",
    "<b>Lanxi Atlas</b> — the planning workstation for the Lanzhou–Xining urban agglomeration.<br>Base map: DCW-GMT and GSHHG/WDBII (LGPL-3+).":
        "<b>兰西城市群规划工作站</b> — 兰州—西宁城市群规划实施的桌面工作站。<br>底图：DCW-GMT 与 GSHHG/WDBII（LGPL-3+）。",
    "Settings": "设置",
    "System language": "跟随系统",
    "Interface language:": "界面语言：",
    "Builds the default project from the data folder.": "从 data 文件夹生成默认项目。",
    "The data folder (basemap/, plan/).": "数据文件夹（basemap/、plan/）。",
    "The project file to write.": "要写入的项目文件。",
    "Usage: lanxi-atlas [PROJECT.gpkg]            open the workstation\n       lanxi-atlas render [options]          render a map to PNG without a display\n       lanxi-atlas build-project [options]   build the default project from data/\nRun a command with --help for its options.\n":
        "用法：lanxi-atlas [项目.gpkg]                打开工作站\n      lanxi-atlas render [选项]              无需显示器，将地图渲染为 PNG\n      lanxi-atlas build-project [选项]       从 data/ 生成默认项目\n各命令加 --help 查看选项。\n",
    'Invalid --size "%1": expected WIDTHxHEIGHT in pixels, e.g. 1600x1000': "无效的 --size “%1”：应为 宽x高（像素），例如 1600x1000",
    'Invalid --extent "%1": expected minx,miny,maxx,maxy with min < max': "无效的 --extent “%1”：应为 minx,miny,maxx,maxy，且最小值小于最大值",
    "Renders the map of a project to a PNG image.": "将项目地图渲染为 PNG 图片。",
    "Project file (default: the bundled project).": "项目文件（默认：内置项目）。",
    "Output image (.png).": "输出图片（.png）。",
    "Image size in pixels.": "图片尺寸（像素）。",
    "Map extent in the CRS: minx,miny,maxx,maxy.": "地图范围（所选坐标系）：minx,miny,maxx,maxy。",
    "Map CRS, e.g. EPSG:4523 (default: the project's).": "地图坐标系，例如 EPSG:4523（默认：项目坐标系）。",
    "Output resolution (symbol and label sizes).": "输出分辨率（决定符号与注记大小）。",
    "render: --out FILE.png is required": "render：必须给出 --out 文件.png",
    "warning: ": "警告：",
    'Invalid --dpi "%1"': "无效的 --dpi “%1”",
    "Cannot write %1: %2": "无法写入 %1：%2",
    "%1, line %2: a quoted field is not closed": "%1 第 %2 行：引号字段未闭合",
    "Cannot create table %1: %2": "无法创建表 %1：%2",
    "%1: the geometry is not valid WKT": "%1：几何不是有效的 WKT",
    "%1: the geometry of %2 is invalid (self-intersecting or badly nested rings)": "%1：%2 的几何无效（自相交或环嵌套错误）",
    "%1: unsupported geometry type %2": "%1：不支持的几何类型 %2",
    "%1: cannot store the item: %2": "%1：无法保存该条目：%2",
    '%1: invalid extent "%2"': "%1：无效的范围 “%2”",
    "Project file not found: %1": "找不到项目文件：%1",
    "%1 is a folder, not a project file": "%1 是文件夹，不是项目文件",
    "Cannot read project file %1: %2": "无法读取项目文件 %1：%2",
    "%1 is not a Lanxi Atlas project: it is not a GeoPackage (SQLite) file": "%1 不是兰西规划项目：它不是 GeoPackage（SQLite）文件",
    "Cannot read %1: %2": "无法读取 %1：%2",
    "%1 is empty: a header row is expected": "%1 为空：应有表头行",
    "%1, line %2: %3 fields where the header has %4": "%1 第 %2 行：有 %3 个字段，而表头有 %4 个",
    '%1 has no column "%2"': "%1 没有 “%2” 列",
    "Cannot move %1 into place as %2": "无法将 %1 移动为 %2",
    "Cannot open the base map %1: %2": "无法打开底图 %1：%2",
    "Cannot create %1: %2": "无法创建 %1：%2",
    'The base map %1 has no layer "%2"': "底图 %1 中没有图层 “%2”",
    "Cannot copy layer %1: %2": "无法复制图层 %1：%2",
    "Layer %1: %2": "图层 %1：%2",
    "%1 was written by a newer Lanxi Atlas (project schema version %2; this version reads up to %3). Update Lanxi Atlas to open it; the file was not changed.":
        "%1 由更新版本的兰西规划工作站写入（项目结构版本 %2；本版本最高支持 %3）。请升级后再打开；文件未被修改。",
    "%1 uses the older project schema version %2 and must be upgraded; open it for writing once to upgrade it.":
        "%1 使用旧的项目结构版本 %2，需要升级；以可写方式打开一次即可升级。",
    "%1 is not a Lanxi Atlas project: it is an SQLite file but not a GeoPackage": "%1 不是兰西规划项目：它是 SQLite 文件，但不是 GeoPackage",
    "%1 is a GeoPackage but not a Lanxi Atlas project (it has no %2 table)": "%1 是 GeoPackage，但不是兰西规划项目（缺少 %2 表）",
    "%1 has no valid schema_version in %2": "%1 的 %2 表中没有有效的 schema_version",
    "%1: the style of layer %2 is not valid JSON: %3": "%1：图层 %2 的样式不是有效的 JSON：%3",
    "%1: no upgrade exists from project schema version %2": "%1：无法从项目结构版本 %2 升级",
    "File not found: %1": "找不到文件：%1",
    "Cannot open %1 as vector data: %2": "无法以矢量数据打开 %1：%2",
    '%1 has no layer named "%2"': "%1 中没有名为 “%2” 的图层",
    'Invalid filter "%1" on layer %2 of %3: %4': "%3 的图层 %2 上的过滤条件 “%1” 无效：%4",
    "No transformation from %1 to %2": "没有从 %1 到 %2 的坐标转换",
    'Unknown coordinate reference system "%1"': "未知的坐标参考系 “%1”",
    'Layer %1 of %2 has no field "%3"': "%2 的图层 %1 中没有字段 “%3”",
    "Layer %1 of %2 has no coordinate reference system": "%2 的图层 %1 没有坐标参考系",
    "Cannot open %1: %2": "无法打开 %1：%2",
    "Database error in %1: %2 (in: %3)": "%1 数据库错误：%2（语句：%3）",
    'Unknown marker shape "%1"': "未知的点符号形状 “%1”",
    'Invalid colour "%1"': "无效的颜色 “%1”",
}


def main() -> int:
    path = Path(__file__).resolve().parent.parent / "resources/translations/lanxi_zh_CN.ts"
    text = path.read_text(encoding="utf-8")
    missing = []

    def fill(match: re.Match) -> str:
        source = html.unescape(match.group(1))
        target = GLOSSARY.get(source)
        if target is None:
            missing.append(source)
            return match.group(0)
        return f"<source>{match.group(1)}</source>\n        <translation>{html.escape(target, quote=False)}</translation>"

    text = re.sub(r"<source>(.*?)</source>\s*<translation[^>]*>.*?</translation>", fill, text, flags=re.S)
    path.write_text(text, encoding="utf-8")
    for source in missing:
        print(f"untranslated: {source!r}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
