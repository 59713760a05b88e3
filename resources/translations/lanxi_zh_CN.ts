<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CsvTable</name>
    <message>
        <source>%1, line %2: a quoted field is not closed</source>
        <translation>%1 第 %2 行：引号字段未闭合</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is empty: a header row is expected</source>
        <translation>%1 为空：应有表头行</translation>
    </message>
    <message>
        <source>%1, line %2: %3 fields where the header has %4</source>
        <translation>%1 第 %2 行：有 %3 个字段，而表头有 %4 个</translation>
    </message>
    <message>
        <source>%1 has no column &quot;%2&quot;</source>
        <translation>%1 没有 “%2” 列</translation>
    </message>
</context>
<context>
    <name>DefaultProjectBuilder</name>
    <message>
        <source>Cannot create table %1: %2</source>
        <translation>无法创建表 %1：%2</translation>
    </message>
    <message>
        <source>%1: the geometry is not valid WKT</source>
        <translation>%1：几何不是有效的 WKT</translation>
    </message>
    <message>
        <source>%1: the geometry of %2 is invalid (self-intersecting or badly nested rings)</source>
        <translation>%1：%2 的几何无效（自相交或环嵌套错误）</translation>
    </message>
    <message>
        <source>%1: unsupported geometry type %2</source>
        <translation>%1：不支持的几何类型 %2</translation>
    </message>
    <message>
        <source>%1: cannot store the item: %2</source>
        <translation>%1：无法保存该条目：%2</translation>
    </message>
    <message>
        <source>Cannot move %1 into place as %2</source>
        <translation>无法将 %1 移动为 %2</translation>
    </message>
    <message>
        <source>Cannot open the base map %1: %2</source>
        <translation>无法打开底图 %1：%2</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>The base map %1 has no layer &quot;%2&quot;</source>
        <translation>底图 %1 中没有图层 “%2”</translation>
    </message>
    <message>
        <source>Cannot copy layer %1: %2</source>
        <translation>无法复制图层 %1：%2</translation>
    </message>
</context>
<context>
    <name>OgrFeatureSource</name>
    <message>
        <source>File not found: %1</source>
        <translation>找不到文件：%1</translation>
    </message>
    <message>
        <source>Cannot open %1 as vector data: %2</source>
        <translation>无法以矢量数据打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 has no layer named &quot;%2&quot;</source>
        <translation>%1 中没有名为 “%2” 的图层</translation>
    </message>
    <message>
        <source>Invalid filter &quot;%1&quot; on layer %2 of %3: %4</source>
        <translation>%3 的图层 %2 上的过滤条件 “%1” 无效：%4</translation>
    </message>
    <message>
        <source>Layer %1 of %2 has no field &quot;%3&quot;</source>
        <translation>%2 的图层 %1 中没有字段 “%3”</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>%1: invalid extent &quot;%2&quot;</source>
        <translation>%1：无效的范围 “%2”</translation>
    </message>
    <message>
        <source>Layer %1: %2</source>
        <translation>图层 %1：%2</translation>
    </message>
</context>
<context>
    <name>ProjectDatabase</name>
    <message>
        <source>Project file not found: %1</source>
        <translation>找不到项目文件：%1</translation>
    </message>
    <message>
        <source>%1 is a folder, not a project file</source>
        <translation>%1 是文件夹，不是项目文件</translation>
    </message>
    <message>
        <source>Cannot read project file %1: %2</source>
        <translation>无法读取项目文件 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a Lanxi Atlas project: it is not a GeoPackage (SQLite) file</source>
        <translation>%1 不是兰西规划项目：它不是 GeoPackage（SQLite）文件</translation>
    </message>
    <message>
        <source>%1 was written by a newer Lanxi Atlas (project schema version %2; this version reads up to %3). Update Lanxi Atlas to open it; the file was not changed.</source>
        <translation>%1 由更新版本的兰西规划工作站写入（项目结构版本 %2；本版本最高支持 %3）。请升级后再打开；文件未被修改。</translation>
    </message>
    <message>
        <source>%1 uses the older project schema version %2 and must be upgraded; open it for writing once to upgrade it.</source>
        <translation>%1 使用旧的项目结构版本 %2，需要升级；以可写方式打开一次即可升级。</translation>
    </message>
    <message>
        <source>%1 is not a Lanxi Atlas project: it is an SQLite file but not a GeoPackage</source>
        <translation>%1 不是兰西规划项目：它是 SQLite 文件，但不是 GeoPackage</translation>
    </message>
    <message>
        <source>%1 is a GeoPackage but not a Lanxi Atlas project (it has no %2 table)</source>
        <translation>%1 是 GeoPackage，但不是兰西规划项目（缺少 %2 表）</translation>
    </message>
    <message>
        <source>%1 has no valid schema_version in %2</source>
        <translation>%1 的 %2 表中没有有效的 schema_version</translation>
    </message>
    <message>
        <source>%1: the style of layer %2 is not valid JSON: %3</source>
        <translation>%1：图层 %2 的样式不是有效的 JSON：%3</translation>
    </message>
    <message>
        <source>%1: no upgrade exists from project schema version %2</source>
        <translation>%1：无法从项目结构版本 %2 升级</translation>
    </message>
</context>
<context>
    <name>RenderCommand</name>
    <message>
        <source>Invalid --size &quot;%1&quot;: expected WIDTHxHEIGHT in pixels, e.g. 1600x1000</source>
        <translation>无效的 --size “%1”：应为 宽x高（像素），例如 1600x1000</translation>
    </message>
    <message>
        <source>Invalid --extent &quot;%1&quot;: expected minx,miny,maxx,maxy with min &lt; max</source>
        <translation>无效的 --extent “%1”：应为 minx,miny,maxx,maxy，且最小值小于最大值</translation>
    </message>
    <message>
        <source>Renders the map of a project to a PNG image.</source>
        <translation>将项目地图渲染为 PNG 图片。</translation>
    </message>
    <message>
        <source>Project file (default: the bundled project).</source>
        <translation>项目文件（默认：内置项目）。</translation>
    </message>
    <message>
        <source>Output image (.png).</source>
        <translation>输出图片（.png）。</translation>
    </message>
    <message>
        <source>Image size in pixels.</source>
        <translation>图片尺寸（像素）。</translation>
    </message>
    <message>
        <source>Map extent in the CRS: minx,miny,maxx,maxy.</source>
        <translation>地图范围（所选坐标系）：minx,miny,maxx,maxy。</translation>
    </message>
    <message>
        <source>Map CRS, e.g. EPSG:4523 (default: the project&apos;s).</source>
        <translation>地图坐标系，例如 EPSG:4523（默认：项目坐标系）。</translation>
    </message>
    <message>
        <source>Output resolution (symbol and label sizes).</source>
        <translation>输出分辨率（决定符号与注记大小）。</translation>
    </message>
    <message>
        <source>render: --out FILE.png is required</source>
        <translation>render：必须给出 --out 文件.png</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>警告：</translation>
    </message>
    <message>
        <source>Invalid --dpi &quot;%1&quot;</source>
        <translation>无效的 --dpi “%1”</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>SqliteDatabase</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Database error in %1: %2 (in: %3)</source>
        <translation>%1 数据库错误：%2（语句：%3）</translation>
    </message>
</context>
<context>
    <name>app::CoordinateStatus</name>
    <message>
        <source>outside the valid area of the map CRS</source>
        <translation>超出地图坐标系的有效范围</translation>
    </message>
    <message>
        <source>Lon %1° Lat %2°</source>
        <translation>经度 %1° 纬度 %2°</translation>
    </message>
    <message>
        <source>GK zone %1 (EPSG:%2): E %3 m  N %4 m</source>
        <translation>高斯-克吕格 %1 带 (EPSG:%2)：东 %3 米  北 %4 米</translation>
    </message>
    <message>
        <source>Scale 1:%1</source>
        <translation>比例尺 1:%1</translation>
    </message>
</context>
<context>
    <name>app::LayersDock</name>
    <message>
        <source>This layer&apos;s data could not be opened.</source>
        <translation>无法打开该图层的数据。</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>图层</translation>
    </message>
</context>
<context>
    <name>app::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Export Map Image…</source>
        <translation>导出地图图片(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Full Extent</source>
        <translation>全图(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;About Lanxi Atlas</source>
        <translation>关于兰西城市群规划工作站(&amp;A)</translation>
    </message>
    <message>
        <source>Lanxi Atlas</source>
        <translation>兰西城市群规划工作站</translation>
    </message>
    <message>
        <source>%1 — Lanxi Atlas</source>
        <translation>%1 — 兰西城市群规划工作站</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <source>Some layers could not be opened</source>
        <translation>部分图层无法打开</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Lanxi Atlas projects (*.gpkg)</source>
        <translation>兰西规划项目 (*.gpkg)</translation>
    </message>
    <message>
        <source>Export Map Image</source>
        <translation>导出地图图片</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Cannot export the map</source>
        <translation>无法导出地图</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>About Lanxi Atlas</source>
        <translation>关于兰西城市群规划工作站</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lanxi Atlas&lt;/b&gt; — the planning workstation for the Lanzhou–Xining urban agglomeration.&lt;br&gt;Base map: DCW-GMT and GSHHG/WDBII (LGPL-3+).</source>
        <translation>&lt;b&gt;兰西城市群规划工作站&lt;/b&gt; — 兰州—西宁城市群规划实施的桌面工作站。&lt;br&gt;底图：DCW-GMT 与 GSHHG/WDBII（LGPL-3+）。</translation>
    </message>
</context>
<context>
    <name>app::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>界面语言：</translation>
    </message>
</context>
<context>
    <name>app::cli</name>
    <message>
        <source>Builds the default project from the data folder.</source>
        <translation>从 data 文件夹生成默认项目。</translation>
    </message>
    <message>
        <source>The data folder (basemap/, plan/).</source>
        <translation>数据文件夹（basemap/、plan/）。</translation>
    </message>
    <message>
        <source>The project file to write.</source>
        <translation>要写入的项目文件。</translation>
    </message>
    <message>
        <source>Usage: lanxi-atlas [PROJECT.gpkg]            open the workstation
       lanxi-atlas render [options]          render a map to PNG without a display
       lanxi-atlas build-project [options]   build the default project from data/
Run a command with --help for its options.
</source>
        <translation>用法：lanxi-atlas [项目.gpkg]                打开工作站
      lanxi-atlas render [选项]              无需显示器，将地图渲染为 PNG
      lanxi-atlas build-project [选项]       从 data/ 生成默认项目
各命令加 --help 查看选项。
</translation>
    </message>
</context>
<context>
    <name>gis::CoordinateTransform</name>
    <message>
        <source>No transformation from %1 to %2</source>
        <translation>没有从 %1 到 %2 的坐标转换</translation>
    </message>
</context>
<context>
    <name>gis::Crs</name>
    <message>
        <source>Unknown coordinate reference system &quot;%1&quot;</source>
        <translation>未知的坐标参考系 “%1”</translation>
    </message>
</context>
<context>
    <name>gis::LayerRenderer</name>
    <message>
        <source>Layer %1: %2</source>
        <translation>图层 %1：%2</translation>
    </message>
</context>
<context>
    <name>gis::OgrFeatureSource</name>
    <message>
        <source>Layer %1 of %2 has no coordinate reference system</source>
        <translation>%2 的图层 %1 没有坐标参考系</translation>
    </message>
</context>
<context>
    <name>gis::Style</name>
    <message>
        <source>Unknown marker shape &quot;%1&quot;</source>
        <translation>未知的点符号形状 “%1”</translation>
    </message>
    <message>
        <source>Invalid colour &quot;%1&quot;</source>
        <translation>无效的颜色 “%1”</translation>
    </message>
</context>
</TS>
