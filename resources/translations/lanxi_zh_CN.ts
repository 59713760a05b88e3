<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CatalogCommand</name>
    <message>
        <source>Lists every item of the plan catalog.</source>
        <translation>列出规划目录中的全部条目。</translation>
    </message>
    <message>
        <source>Project file (default: the bundled project).</source>
        <translation>项目文件（默认：内置项目）。</translation>
    </message>
    <message>
        <source>Output format: csv or json.</source>
        <translation>输出格式：csv 或 json。</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>写入文件而不是标准输出。</translation>
    </message>
    <message>
        <source>catalog: --format must be csv or json</source>
        <translation>catalog：--format 只能是 csv 或 json</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
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
    <name>DatasetInfo</name>
    <message>
        <source>File not found: %1</source>
        <translation>找不到文件：%1</translation>
    </message>
    <message>
        <source>Cannot open %1 as vector data: %2</source>
        <translation>无法以矢量数据打开 %1：%2</translation>
    </message>
    <message>
        <source>All vector formats (%1)</source>
        <translation>所有矢量格式 (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>DefaultProjectBuilder</name>
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
    <name>FeatureFilter</name>
    <message>
        <source>Malformed filter: an operator has the wrong number of operands</source>
        <translation>过滤条件格式错误：运算符的操作数个数不正确</translation>
    </message>
</context>
<context>
    <name>FilterParser</name>
    <message>
        <source>unexpected &quot;%1&quot;</source>
        <translation>意外的 “%1”</translation>
    </message>
    <message>
        <source>Invalid filter &quot;%1&quot;: %2 at character %3</source>
        <translation>过滤条件 “%1” 无效：%2（第 %3 个字符处）</translation>
    </message>
    <message>
        <source>end of text</source>
        <translation>文本末尾</translation>
    </message>
    <message>
        <source>invalid number &quot;%1&quot;</source>
        <translation>无效的数字 “%1”</translation>
    </message>
    <message>
        <source>unclosed string</source>
        <translation>字符串未闭合</translation>
    </message>
    <message>
        <source>unclosed field name</source>
        <translation>字段名未闭合</translation>
    </message>
    <message>
        <source>expected %1, found &quot;%2&quot;</source>
        <translation>应为 %1，但遇到 “%2”</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;, found &quot;%2&quot;</source>
        <translation>应为 “%1”，但遇到 “%2”</translation>
    </message>
    <message>
        <source>expected a comparison, found &quot;%1&quot;</source>
        <translation>应为比较运算，但遇到 “%1”</translation>
    </message>
    <message>
        <source>expected a field or a value, found &quot;%1&quot;</source>
        <translation>应为字段或值，但遇到 “%1”</translation>
    </message>
</context>
<context>
    <name>OgcFilterXml</name>
    <message>
        <source>the filter is empty</source>
        <translation>过滤条件为空</translation>
    </message>
    <message>
        <source>%1, line %2, &lt;%3&gt;: %4</source>
        <translation>%1 第 %2 行，&lt;%3&gt;：%4</translation>
    </message>
    <message>
        <source>wrong number of operands</source>
        <translation>操作数个数不正确</translation>
    </message>
    <message>
        <source>the pattern must be a literal</source>
        <translation>匹配模式必须是字面值</translation>
    </message>
    <message>
        <source>expected a value, a lower and an upper boundary</source>
        <translation>应为一个值、一个下限和一个上限</translation>
    </message>
    <message>
        <source>unsupported filter operator</source>
        <translation>不支持的过滤运算符</translation>
    </message>
    <message numerus="yes">
        <source>expected %n operand(s)</source>
        <translation><numerusform>应有 %n 个操作数</numerusform></translation>
    </message>
    <message>
        <source>unsupported expression</source>
        <translation>不支持的表达式</translation>
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
    <message>
        <source>Layer %1 of %2 has a coordinate reference system that PROJ does not know</source>
        <translation>%2 的图层 %1 使用了 PROJ 无法识别的坐标参考系</translation>
    </message>
    <message>
        <source>Cannot open layer %1 of %2 with options %3: %4</source>
        <translation>无法以选项 %3 打开 %2 的图层 %1：%4</translation>
    </message>
    <message>
        <source>Layer %1 of %2: %3</source>
        <translation>%2 的图层 %1：%3</translation>
    </message>
</context>
<context>
    <name>PlanCatalogImporter</name>
    <message>
        <source>%1, line %2</source>
        <translation>%1 第 %2 行</translation>
    </message>
    <message>
        <source>%1: the department id &quot;%2&quot; is empty or used twice</source>
        <translation>%1：部门编号 “%2” 为空或重复</translation>
    </message>
    <message>
        <source>%1: the task id &quot;%2&quot; is empty or used twice</source>
        <translation>%1：任务编号 “%2” 为空或重复</translation>
    </message>
    <message>
        <source>%1: task %2 names no responsible department</source>
        <translation>%1：任务 %2 未列出责任单位</translation>
    </message>
    <message>
        <source>%1: task %2 names the unknown department &quot;%3&quot;</source>
        <translation>%1：任务 %2 列出了未知的部门 “%3”</translation>
    </message>
    <message>
        <source>%1: indicator %2 needs a numeric target and year</source>
        <translation>%1：指标 %2 需要数值目标和年份</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a valid comparator</source>
        <translation>%1：“%2” 不是有效的比较方式</translation>
    </message>
    <message>
        <source>%1: item %2 belongs to no task</source>
        <translation>%1：条目 %2 未关联任何任务</translation>
    </message>
    <message>
        <source>%1: item %2 names the unknown task &quot;%3&quot;</source>
        <translation>%1：条目 %2 关联了未知任务 “%3”</translation>
    </message>
</context>
<context>
    <name>PlanItemWriter</name>
    <message>
        <source>Cannot create table %1: %2</source>
        <translation>无法创建表 %1：%2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a valid %3</source>
        <translation>%1：“%2” 不是有效的 %3</translation>
    </message>
    <message>
        <source>%1: nothing in the plan data is surveyed; mark it approximate or schematic</source>
        <translation>%1：规划数据均非实测，请标为 approximate（近似）或 schematic（示意）</translation>
    </message>
    <message>
        <source>%1: the Chinese name is empty</source>
        <translation>%1：中文名称为空</translation>
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
        <source>%1: %2 reaches outside the region (98.5–106.5°E, 33.5–38.8°N); check its coordinates or set beyond_region to yes</source>
        <translation>%1：%2 超出城市群范围（东经 98.5–106.5°，北纬 33.5–38.8°）；请检查坐标，或将 beyond_region 设为 yes</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1 第 %2 行</translation>
    </message>
    <message>
        <source>%1: the id &quot;%2&quot; is empty or used twice</source>
        <translation>%1：编号 “%2” 为空或重复</translation>
    </message>
    <message>
        <source>%1: the name %2 is used twice</source>
        <translation>%1：名称 %2 重复</translation>
    </message>
    <message>
        <source>%1: unsupported geometry type %2</source>
        <translation>%1：不支持的几何类型 %2</translation>
    </message>
    <message>
        <source>%1: cannot store the item: %2</source>
        <translation>%1：无法保存该条目：%2</translation>
    </message>
</context>
<context>
    <name>PlanVocabulary</name>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>New area</source>
        <translation>新区</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>城镇</translation>
    </message>
    <message>
        <source>Metropolitan area</source>
        <translation>都市圈</translation>
    </message>
    <message>
        <source>Demonstration zone</source>
        <translation>示范区</translation>
    </message>
    <message>
        <source>Development axis</source>
        <translation>发展轴</translation>
    </message>
    <message>
        <source>Ecological corridor</source>
        <translation>生态廊道</translation>
    </message>
    <message>
        <source>Ecological zone</source>
        <translation>生态区</translation>
    </message>
    <message>
        <source>Protected area</source>
        <translation>保护地</translation>
    </message>
    <message>
        <source>Water project</source>
        <translation>水利工程</translation>
    </message>
    <message>
        <source>Railway</source>
        <translation>铁路</translation>
    </message>
    <message>
        <source>Highway</source>
        <translation>公路</translation>
    </message>
    <message>
        <source>Airport</source>
        <translation>机场</translation>
    </message>
    <message>
        <source>Energy base</source>
        <translation>能源基地</translation>
    </message>
    <message>
        <source>Power line</source>
        <translation>输电线路</translation>
    </message>
    <message>
        <source>Power station</source>
        <translation>电站</translation>
    </message>
    <message>
        <source>Pumped-storage station</source>
        <translation>抽水蓄能电站</translation>
    </message>
    <message>
        <source>Logistics hub</source>
        <translation>物流枢纽</translation>
    </message>
    <message>
        <source>Bonded zone</source>
        <translation>保税区</translation>
    </message>
    <message>
        <source>Industrial park</source>
        <translation>产业园区</translation>
    </message>
    <message>
        <source>Tourism area</source>
        <translation>旅游区</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>设施</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>Construction starts</source>
        <translation>开工建设</translation>
    </message>
    <message>
        <source>Accelerate</source>
        <translation>加快推进</translation>
    </message>
    <message>
        <source>Preparatory work</source>
        <translation>前期工作</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>研究论证</translation>
    </message>
    <message>
        <source>Completed by 2025</source>
        <translation>2025 年前建成</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>改造提升</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>建设</translation>
    </message>
    <message>
        <source>Protect and restore</source>
        <translation>保护修复</translation>
    </message>
    <message>
        <source>Develop</source>
        <translation>培育发展</translation>
    </message>
    <message>
        <source>Surveyed</source>
        <translation>实测</translation>
    </message>
    <message>
        <source>Approximate</source>
        <translation>近似</translation>
    </message>
    <message>
        <source>Schematic</source>
        <translation>示意</translation>
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
    <message>
        <source>Plan catalog: %1</source>
        <translation>规划目录：%1</translation>
    </message>
    <message>
        <source>Cannot change the layers: the project file %1 is read-only</source>
        <translation>无法修改图层：项目文件 %1 为只读</translation>
    </message>
    <message>
        <source>Layer %1: the scale range 1:%2 (zoomed out) to 1:%3 (zoomed in) is empty</source>
        <translation>图层 %1：比例尺范围 1:%2（缩小端）至 1:%3（放大端）为空</translation>
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
    <message>
        <source>More --style than --layer options</source>
        <translation>--style 选项多于 --layer 选项</translation>
    </message>
    <message>
        <source>A GDAL layer to draw, DATASET:LAYER or DATASET (repeatable; without a project). Drawn in the order given, first at the bottom.</source>
        <translation>要绘制的 GDAL 图层，格式为 DATASET:LAYER 或 DATASET（可重复；不使用项目时）。按给定顺序绘制，第一个位于最底层。</translation>
    </message>
    <message>
        <source>An SLD file for the --layer at the same position (repeatable).</source>
        <translation>与同一位置的 --layer 对应的 SLD 样式文件（可重复）。</translation>
    </message>
    <message>
        <source>--layer draws without a project: leave out --project</source>
        <translation>--layer 在不使用项目时绘制：请去掉 --project</translation>
    </message>
    <message>
        <source>Nothing to draw: the extent is empty</source>
        <translation>没有可绘制的内容：范围为空</translation>
    </message>
</context>
<context>
    <name>SldReader</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1 第 %2 行：%3</translation>
    </message>
    <message>
        <source>%1, line %2, &lt;%3&gt;: %4</source>
        <translation>%1 第 %2 行，&lt;%3&gt;：%4</translation>
    </message>
    <message>
        <source>the document is empty</source>
        <translation>文档为空</translation>
    </message>
    <message>
        <source>not an SLD document (expected &lt;StyledLayerDescriptor&gt;)</source>
        <translation>不是 SLD 文档（应为 &lt;StyledLayerDescriptor&gt;）</translation>
    </message>
    <message>
        <source>the document has no UserStyle</source>
        <translation>文档中没有 UserStyle</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>“%1” 不是数字</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour</source>
        <translation>“%1” 不是颜色</translation>
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
    <name>StyleClassifier</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>app::AddLayerDialog</name>
    <message>
        <source>none — to be set</source>
        <translation>无 — 待设置</translation>
    </message>
    <message>
        <source>%1 — unknown to PROJ, to be set</source>
        <translation>%1 — PROJ 无法识别，待设置</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>读取</translation>
    </message>
    <message>
        <source>Geometry of the CSV file</source>
        <translation>CSV 文件的几何</translation>
    </message>
    <message>
        <source>WKT column:</source>
        <translation>WKT 列：</translation>
    </message>
    <message>
        <source>X / Y columns:</source>
        <translation>X / Y 列：</translation>
    </message>
    <message>
        <source>Cancel Reading</source>
        <translation>取消读取</translation>
    </message>
    <message>
        <source>Add Vector Layer</source>
        <translation>添加矢量图层</translation>
    </message>
    <message>
        <source>A file, or a PostGIS connection: PG:dbname=… host=… user=…</source>
        <translation>文件，或 PostGIS 连接：PG:dbname=… host=… user=…</translation>
    </message>
    <message>
        <source>A file (this GDAL build cannot connect to PostGIS)</source>
        <translation>文件（此 GDAL 版本无法连接 PostGIS）</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>图层</translation>
    </message>
    <message>
        <source>Geometry</source>
        <translation>几何类型</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>要素数</translation>
    </message>
    <message>
        <source>CRS</source>
        <translation>坐标参考系</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>数据源：</translation>
    </message>
    <message>
        <source>Reading was cancelled.</source>
        <translation>已取消读取。</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>No geometry: choose the columns that hold it.</source>
        <translation>无几何：请选择存放几何的列。</translation>
    </message>
    <message>
        <source>A table without geometry cannot be drawn.</source>
        <translation>无几何的表无法绘制。</translation>
    </message>
    <message>
        <source>%1 holds no vector layers.</source>
        <translation>%1 中没有矢量图层。</translation>
    </message>
    <message>
        <source>No known coordinate reference system: %1. You will be asked which CRS their coordinates are in.</source>
        <translation>坐标参考系未知：%1。稍后将询问其坐标采用的坐标参考系。</translation>
    </message>
</context>
<context>
    <name>app::AttributeTableDock</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s)</source>
        <translation><numerusform>%n 个要素</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s), %1 selected</source>
        <translation><numerusform>%n 个要素，已选 %1 个</numerusform></translation>
    </message>
    <message>
        <source>Attribute table</source>
        <translation>属性表</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>图层</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>筛选…</translation>
    </message>
    <message>
        <source>Shows the features whose text contains what you type</source>
        <translation>显示文本中包含输入内容的要素</translation>
    </message>
    <message>
        <source>Zoom to selection</source>
        <translation>缩放到所选</translation>
    </message>
</context>
<context>
    <name>app::BookmarksMenu</name>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>书签(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Add Bookmark…</source>
        <translation>添加书签(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove Bookmark…</source>
        <translation>删除书签(&amp;R)…</translation>
    </message>
    <message>
        <source>Add Bookmark</source>
        <translation>添加书签</translation>
    </message>
    <message>
        <source>Name of this view:</source>
        <translation>此视图的名称：</translation>
    </message>
    <message>
        <source>Remove Bookmark</source>
        <translation>删除书签</translation>
    </message>
    <message>
        <source>Bookmark:</source>
        <translation>书签：</translation>
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
    <name>app::CrsSelector</name>
    <message>
        <source>WGS 84 经纬度 · WGS 84 lon/lat (EPSG:4326)</source>
        <translation>WGS 84 经纬度 (EPSG:4326)</translation>
    </message>
    <message>
        <source>CGCS2000 经纬度 · CGCS2000 lon/lat (EPSG:4490)</source>
        <translation>CGCS2000 经纬度 (EPSG:4490)</translation>
    </message>
    <message>
        <source>CGCS2000 / 3° GK 34 带 · zone 34, 102°E (EPSG:4522)</source>
        <translation>CGCS2000 / 3° GK 34 带 (EPSG:4522)</translation>
    </message>
    <message>
        <source>CGCS2000 / 3° GK 35 带 · zone 35, 105°E (EPSG:4523)</source>
        <translation>CGCS2000 / 3° GK 35 带 (EPSG:4523)</translation>
    </message>
    <message>
        <source>CGCS2000 / 3° GK 中央经线 102°E · CM 102°E (EPSG:4543)</source>
        <translation>CGCS2000 / 3° GK 中央经线 102°E (EPSG:4543)</translation>
    </message>
    <message>
        <source>CGCS2000 / 3° GK 中央经线 105°E · CM 105°E (EPSG:4544)</source>
        <translation>CGCS2000 / 3° GK 中央经线 105°E (EPSG:4544)</translation>
    </message>
    <message>
        <source>Web 墨卡托 · Web Mercator (EPSG:3857)</source>
        <translation>Web 墨卡托 (EPSG:3857)</translation>
    </message>
    <message>
        <source>EPSG code, PROJ string or WKT</source>
        <translation>EPSG 代码、PROJ 字符串或 WKT</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>app::IdentifyDock</name>
    <message>
        <source>Also called: %1</source>
        <translation>又称：%1</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Plan section</source>
        <translation>规划章节</translation>
    </message>
    <message>
        <source>Schematic only: drawn to show the plan&apos;s intent, not where it will be built. Not surveyed.</source>
        <translation>仅为示意：表达规划意图，并非实际建设位置。非实测。</translation>
    </message>
    <message>
        <source>Approximate position, not surveyed.</source>
        <translation>近似位置，非实测。</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Outside the agglomeration</source>
        <translation>位于城市群范围之外</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Lead:</source>
        <translation>牵头：</translation>
    </message>
    <message>
        <source>Also responsible:</source>
        <translation>配合：</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Click a feature on the map to see what the plan says about it.</source>
        <translation>点击地图上的要素，查看规划中的相关内容。</translation>
    </message>
    <message>
        <source>Identify</source>
        <translation>识别</translation>
    </message>
</context>
<context>
    <name>app::LayerController</name>
    <message>
        <source>Cannot change the layers</source>
        <translation>无法修改图层</translation>
    </message>
    <message>
        <source>Cannot change the map CRS</source>
        <translation>无法更改地图坐标参考系</translation>
    </message>
</context>
<context>
    <name>app::LayerCrsDialog</name>
    <message>
        <source>Set Layer CRS</source>
        <translation>设置图层坐标参考系</translation>
    </message>
    <message>
        <source>Layer Without a Known CRS</source>
        <translation>坐标参考系未知的图层</translation>
    </message>
    <message>
        <source>Layer “%1” of %2 has no coordinate reference system, so Lanxi Atlas cannot tell where it lies. Choose the CRS its coordinates are in; lon/lat in degrees is usually WGS 84 (EPSG:4326).</source>
        <translation>%2 的图层 “%1” 没有坐标参考系，兰西规划工作站无法确定其位置。请选择其坐标采用的坐标参考系；以度为单位的经纬度通常为 WGS 84（EPSG:4326）。</translation>
    </message>
    <message>
        <source>Layer “%1” of %2 declares a coordinate reference system that PROJ does not know (“%3”). Choose the CRS its coordinates are in.</source>
        <translation>%2 的图层 “%1” 声明了 PROJ 无法识别的坐标参考系（“%3”）。请选择其坐标采用的坐标参考系。</translation>
    </message>
    <message>
        <source>The CRS the coordinates of layer “%1” of %2 are in. It replaces what the data declares (%3).</source>
        <translation>%2 的图层 “%1” 的坐标所采用的坐标参考系。它将替代数据中声明的坐标参考系（%3）。</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
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
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>This layer&apos;s data could not be opened: %1</source>
        <translation>无法打开该图层的数据：%1</translation>
    </message>
    <message>
        <source>Not shown at this scale (shown from %1 to %2)</source>
        <translation>当前比例尺下不显示（显示范围：%1 至 %2）</translation>
    </message>
    <message>
        <source>any scale</source>
        <translation>任意比例尺</translation>
    </message>
    <message>
        <source>&amp;Zoom to Layer</source>
        <translation>缩放到图层(&amp;Z)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Opacity…</source>
        <translation>不透明度(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Scale Range…</source>
        <translation>比例尺范围(&amp;S)…</translation>
    </message>
    <message>
        <source>Set &amp;CRS…</source>
        <translation>设置坐标参考系(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Remove Layer</source>
        <translation>移除图层(&amp;R)</translation>
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
    <message>
        <source>Cannot save the bookmark</source>
        <translation>无法保存书签</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Browse and Identify</source>
        <translation>浏览与识别(&amp;B)</translation>
    </message>
    <message>
        <source>Measure &amp;Distance</source>
        <translation>测量距离(&amp;D)</translation>
    </message>
    <message>
        <source>Measure &amp;Area</source>
        <translation>测量面积(&amp;A)</translation>
    </message>
    <message>
        <source>Cannot add the layer</source>
        <translation>无法添加图层</translation>
    </message>
    <message>
        <source>Reading data…</source>
        <translation>正在读取数据…</translation>
    </message>
    <message>
        <source>Add &amp;Vector Layer…</source>
        <translation>添加矢量图层(&amp;V)…</translation>
    </message>
    <message>
        <source>Map coordinate reference system</source>
        <translation>地图坐标参考系</translation>
    </message>
</context>
<context>
    <name>app::MeasureTool</name>
    <message>
        <source>Area: %1</source>
        <translation>面积：%1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>总长：%1</translation>
    </message>
    <message>
        <source>Segment: %1, bearing %2°</source>
        <translation>本段：%1，方位角 %2°</translation>
    </message>
</context>
<context>
    <name>app::OpacityDialog</name>
    <message>
        <source>Layer Opacity</source>
        <translation>图层不透明度</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Opacity of “%1”:</source>
        <translation>“%1” 的不透明度：</translation>
    </message>
</context>
<context>
    <name>app::PlanFilterDock</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Plan Filter</source>
        <translation>规划筛选</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>责任单位：</translation>
    </message>
    <message>
        <source>Section:</source>
        <translation>章节：</translation>
    </message>
    <message>
        <source>Lead departments only</source>
        <translation>仅牵头单位</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>全部章节</translation>
    </message>
    <message>
        <source>No plan loaded</source>
        <translation>未加载规划</translation>
    </message>
    <message>
        <source>%1 of %2 items match</source>
        <translation>%2 个条目中有 %1 个符合</translation>
    </message>
</context>
<context>
    <name>app::ScaleRangeDialog</name>
    <message>
        <source>Hide when zoomed out beyond</source>
        <translation>缩小超过此比例尺时隐藏</translation>
    </message>
    <message>
        <source>Hide when zoomed in beyond</source>
        <translation>放大超过此比例尺时隐藏</translation>
    </message>
    <message>
        <source>Scale Range of “%1”</source>
        <translation>“%1” 的比例尺范围</translation>
    </message>
    <message>
        <source>The zoomed-out limit must be a larger denominator than the zoomed-in one.</source>
        <translation>缩小端限值的比例尺分母必须大于放大端限值的分母。</translation>
    </message>
</context>
<context>
    <name>app::SearchBox</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2（%3）</translation>
    </message>
    <message>
        <source>No match in the plan</source>
        <translation>规划中没有匹配项</translation>
    </message>
    <message>
        <source>Search places and projects…</source>
        <translation>搜索地点和项目…</translation>
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
       lanxi-atlas catalog [options]         list the plan catalog as CSV or JSON
       lanxi-atlas build-project [options]   build the default project from data/
Run a command with --help for its options.
</source>
        <translation>用法：lanxi-atlas [项目.gpkg]                打开工作站
      lanxi-atlas render [选项]              无需显示器，将地图渲染为 PNG
      lanxi-atlas catalog [选项]             以 CSV 或 JSON 列出规划目录
      lanxi-atlas build-project [选项]       从 data/ 生成默认项目
各命令加 --help 查看选项。
</translation>
    </message>
    <message>
        <source>lanxi-atlas: no display to open the workstation on. Headless commands: render, catalog, build-project (lanxi-atlas help).
</source>
        <translation>lanxi-atlas：没有可用的显示器，无法打开工作站。无界面命令：render、catalog、build-project（见 lanxi-atlas help）。
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
    <name>gis::FeatureTableModel</name>
    <message>
        <source>Cannot read table %1 of %2: the file does not exist</source>
        <translation>无法读取 %2 的表 %1：文件不存在</translation>
    </message>
    <message>
        <source>Cannot read table %1 of %2: %3</source>
        <translation>无法读取 %2 的表 %1：%3</translation>
    </message>
    <message>
        <source>no such table</source>
        <translation>没有该表</translation>
    </message>
    <message numerus="yes">
        <source>(%n byte(s))</source>
        <translation><numerusform>（%n 字节）</numerusform></translation>
    </message>
</context>
<context>
    <name>gis::GeometryPainter</name>
    <message>
        <source>Cannot read the SVG marker %1</source>
        <translation>无法读取 SVG 点符号 %1</translation>
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
    <name>gis::MapRenderer</name>
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
    <name>gis::RasterRenderer</name>
    <message>
        <source>Cannot warp raster %1 to %2: %3</source>
        <translation>无法将栅格 %1 重投影到 %2：%3</translation>
    </message>
    <message>
        <source>Cannot read warped raster %1: %2</source>
        <translation>无法读取重投影后的栅格 %1：%2</translation>
    </message>
    <message>
        <source>Raster %1: %2</source>
        <translation>栅格 %1：%2</translation>
    </message>
</context>
<context>
    <name>gis::RasterSource</name>
    <message>
        <source>Raster %1 has no coordinate reference system</source>
        <translation>栅格 %1 没有坐标参考系</translation>
    </message>
    <message>
        <source>Raster %1 has no georeferencing</source>
        <translation>栅格 %1 没有地理配准信息</translation>
    </message>
    <message>
        <source>Raster %1 has no bands</source>
        <translation>栅格 %1 没有波段</translation>
    </message>
    <message>
        <source>Cannot open raster %1: %2</source>
        <translation>无法打开栅格 %1：%2</translation>
    </message>
</context>
<context>
    <name>gis::RasterStyle</name>
    <message>
        <source>Unknown raster rendering &quot;%1&quot;</source>
        <translation>未知的栅格渲染方式 “%1”</translation>
    </message>
    <message>
        <source>Invalid colour &quot;%1&quot; in a colour ramp</source>
        <translation>色带中的颜色 “%1” 无效</translation>
    </message>
    <message>
        <source>A colour ramp stop has no numeric value</source>
        <translation>色带节点缺少数值</translation>
    </message>
</context>
<context>
    <name>gis::SldStyleIo</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>SLD text</source>
        <translation>SLD 文本</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
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
    <message>
        <source>Unknown hatch &quot;%1&quot;</source>
        <translation>未知的填充图案 “%1”</translation>
    </message>
</context>
</TS>
