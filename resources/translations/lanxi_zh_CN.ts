<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddFeatureCommand</name>
    <message>
        <source>Add feature</source>
        <translation>添加要素</translation>
    </message>
</context>
<context>
    <name>AtlasPages</name>
    <message>
        <source>Atlas coverage %1 has no field &quot;%2&quot; (its fields: %3)</source>
        <translation>图集覆盖图层 %1 中没有字段 “%2”（其字段：%3）</translation>
    </message>
    <message>
        <source>Atlas coverage %1 has no features with a geometry</source>
        <translation>图集覆盖图层 %1 中没有带几何的要素</translation>
    </message>
</context>
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
    <name>ChangeAttributesCommand</name>
    <message>
        <source>Change attributes</source>
        <translation>修改属性</translation>
    </message>
</context>
<context>
    <name>ChangeGeometryCommand</name>
    <message>
        <source>Change geometry</source>
        <translation>修改几何</translation>
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
    <name>DeleteFeaturesCommand</name>
    <message numerus="yes">
        <source>Delete %n feature(s)</source>
        <translation><numerusform>删除 %n 个要素</numerusform></translation>
    </message>
</context>
<context>
    <name>DepartmentAtlas</name>
    <message>
        <source>Atlas of departments: no department of %1 leads a located plan item</source>
        <translation>部门图集：%1 中没有部门牵头有位置的规划条目</translation>
    </message>
</context>
<context>
    <name>EcologicalCheck</name>
    <message>
        <source>Cannot read the ecological zones: %1 does not open as a GeoPackage</source>
        <translation>无法读取生态保护区：%1 无法作为 GeoPackage 打开</translation>
    </message>
    <message>
        <source>Cannot read the ecological zones: %1 has no plan_area table</source>
        <translation>无法读取生态保护区：%1 中没有 plan_area 表</translation>
    </message>
</context>
<context>
    <name>EditJournal</name>
    <message>
        <source>Cannot write the recovery journal %1: %2</source>
        <translation>无法写入恢复日志 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read the recovery journal %1: %2</source>
        <translation>无法读取恢复日志 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a recovery journal of layer %2</source>
        <translation>%1 不是图层 %2 的恢复日志</translation>
    </message>
</context>
<context>
    <name>EditPermission</name>
    <message>
        <source>You may only view this team project: %1 does not let you save edits. Ask an administrator of the project for the analyst role to add or change features.</source>
        <translation>您只能查看此团队项目：%1 不允许您保存编辑。如需添加或修改要素，请向项目管理员申请分析员角色。</translation>
    </message>
    <message>
        <source>The project file %1 is read-only: features cannot be added or changed.</source>
        <translation>项目文件 %1 为只读：无法添加或修改要素。</translation>
    </message>
</context>
<context>
    <name>EditableLayer</name>
    <message>
        <source>Cannot open %1 for editing: %2</source>
        <translation>无法以编辑方式打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 has no layer %2</source>
        <translation>%1 中没有图层 %2</translation>
    </message>
    <message>
        <source>Layer %1 of %2 cannot be edited: the format does not allow writing</source>
        <translation>%2 的图层 %1 无法编辑：该格式不支持写入</translation>
    </message>
    <message>
        <source>Layer %1 has no field %2</source>
        <translation>图层 %1 中没有字段 %2</translation>
    </message>
    <message>
        <source>Field %1 of layer %2 takes a number; &quot;%3&quot; is not one</source>
        <translation>图层 %2 的字段 %1 应为数字；“%3” 不是数字</translation>
    </message>
    <message>
        <source>Layer %1 takes %2 geometries; this one is a %3</source>
        <translation>图层 %1 只接受 %2 几何；此几何为 %3</translation>
    </message>
    <message>
        <source>Feature %1 of layer %2 no longer exists</source>
        <translation>图层 %2 的要素 %1 已不存在</translation>
    </message>
    <message>
        <source>Cannot write feature %1 of layer %2 in %3: %4</source>
        <translation>无法在 %3 中写入图层 %2 的要素 %1：%4</translation>
    </message>
    <message>
        <source>Cannot start a transaction on %1: %2</source>
        <translation>无法在 %1 上开始事务：%2</translation>
    </message>
    <message>
        <source>Cannot commit the edits to %1: %2</source>
        <translation>无法将编辑提交到 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write layer %1 to %2: %3</source>
        <translation>无法将图层 %1 写入 %2：%3</translation>
    </message>
    <message>
        <source>%1 refused &quot;%2&quot;: %3</source>
        <translation>%1 拒绝了“%2”：%3</translation>
    </message>
    <message>
        <source>Another user is saving to %1; nothing was saved, try again (%2)</source>
        <translation>另一位用户正在保存到 %1；本次未保存任何内容，请重试（%2）</translation>
    </message>
</context>
<context>
    <name>ExportMapCommand</name>
    <message>
        <source>Prints a thematic map layout to PDF, SVG, PNG or TIFF, optionally as an atlas.</source>
        <translation>将专题图打印布局输出为 PDF、SVG、PNG 或 TIFF，也可按图集逐页输出。</translation>
    </message>
    <message>
        <source>Project file (default: the bundled project).</source>
        <translation>项目文件（默认：内置项目）。</translation>
    </message>
    <message>
        <source>Layout template: a built-in or saved name, or a .json file.</source>
        <translation>布局模板：内置或已保存的模板名称，或 .json 文件。</translation>
    </message>
    <message>
        <source>Output file: .pdf, .svg, .png, .tif (atlas pages: NAME-01.png …).</source>
        <translation>输出文件：.pdf、.svg、.png、.tif（图集各页：NAME-01.png …）。</translation>
    </message>
    <message>
        <source>Resolution of PNG and TIFF output.</source>
        <translation>PNG 和 TIFF 输出的分辨率。</translation>
    </message>
    <message>
        <source>Only the atlas features matching this OGR SQL condition.</source>
        <translation>仅输出符合此 OGR SQL 条件的图集要素。</translation>
    </message>
    <message>
        <source>The field naming each atlas page (default: name_zh or name).</source>
        <translation>用作图集各页名称的字段（默认：name_zh 或 name）。</translation>
    </message>
    <message>
        <source>Write a PDF atlas as one file per page.</source>
        <translation>将 PDF 图集每页写为单独的文件。</translation>
    </message>
    <message>
        <source>List the template names and exit.</source>
        <translation>列出模板名称后退出。</translation>
    </message>
    <message>
        <source>--template NAME and --out FILE are required (see --help)</source>
        <translation>必须给出 --template NAME 和 --out FILE（见 --help）</translation>
    </message>
    <message>
        <source>Invalid --dpi &quot;%1&quot;: expected 30 to 1200</source>
        <translation>无效的 --dpi “%1”：应在 30 到 1200 之间</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>警告：</translation>
    </message>
    <message>
        <source>%1: wrote %2 (%3 page(s)) in %4 s</source>
        <translation>%1：已写入 %2（%3 页），用时 %4 秒</translation>
    </message>
    <message>
        <source>One page per feature of this layer: a project layer key, &quot;prefectures&quot;, a table of the project or DATASET[:LAYER]; &quot;departments&quot;: one page per lead department showing only the plan items it leads.</source>
        <translation>此图层每个要素一页：项目图层键、"prefectures"、项目中的表或 DATASET[:LAYER]；"departments"：每个牵头单位一页，只显示其牵头的规划条目。</translation>
    </message>
</context>
<context>
    <name>FeatureExporter</name>
    <message>
        <source>Cannot export to %1: the extension must be one of %2</source>
        <translation>无法导出到 %1：扩展名必须是 %2 之一</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file</source>
        <translation>%1 已存在；请选择新文件</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 has no layer %2</source>
        <translation>%1 中没有图层 %2</translation>
    </message>
    <message>
        <source>The filter &quot;%1&quot; is not valid for layer %2: %3</source>
        <translation>过滤条件 “%1” 对图层 %2 无效：%3</translation>
    </message>
    <message>
        <source>Cannot export layer %1 to %2: %3</source>
        <translation>无法将图层 %1 导出到 %2：%3</translation>
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
    <name>FeatureImporter</name>
    <message>
        <source>Cannot read %1 as vector data: %2</source>
        <translation>无法以矢量数据读取 %1：%2</translation>
    </message>
    <message>
        <source>Unknown CRS: %1</source>
        <translation>未知的坐标参考系：%1</translation>
    </message>
    <message>
        <source>Cannot reproject from %1: %2</source>
        <translation>无法从 %1 重投影：%2</translation>
    </message>
    <message>
        <source>Save or discard the pending edits of layer %1 before importing</source>
        <translation>导入前请先保存或放弃图层 %1 尚未保存的编辑</translation>
    </message>
    <message>
        <source>Layer %1 has no field %2</source>
        <translation>图层 %1 中没有字段 %2</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>it has no geometry</source>
        <translation>没有几何</translation>
    </message>
    <message>
        <source>it cannot be reprojected to the layer&apos;s CRS</source>
        <translation>无法重投影到图层的坐标参考系</translation>
    </message>
    <message>
        <source>%1 has no layer %2</source>
        <translation>%1 中没有图层 %2</translation>
    </message>
</context>
<context>
    <name>FeatureTableDatabase</name>
    <message>
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>no such table</source>
        <translation>没有该表</translation>
    </message>
    <message>
        <source>the table has no integer primary key</source>
        <translation>该表没有整数主键</translation>
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
    <name>GeometryEdits</name>
    <message>
        <source>The geometry operation failed in GEOS</source>
        <translation>GEOS 几何运算失败</translation>
    </message>
    <message>
        <source>Only lines and polygons can be split</source>
        <translation>只能分割线和面</translation>
    </message>
    <message>
        <source>The line does not cut the feature: draw it across, from outside to outside</source>
        <translation>该线没有切开要素：请从要素外侧开始横穿要素，画到另一侧外侧</translation>
    </message>
    <message>
        <source>The line must cross the outline exactly twice</source>
        <translation>该线必须与边界恰好相交两次</translation>
    </message>
    <message>
        <source>Only polygons and lines can be reshaped</source>
        <translation>只能修整面要素和线要素</translation>
    </message>
    <message>
        <source>The line must cross the feature&apos;s line twice, or start or end on it</source>
        <translation>该线必须与要素的线相交两次，或起止于其上</translation>
    </message>
</context>
<context>
    <name>GeometryValidator</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1，位于 %2</translation>
    </message>
    <message>
        <source>the outer ring of part %1</source>
        <translation>第 %1 部分的外环</translation>
    </message>
    <message>
        <source>hole %1 of part %2</source>
        <translation>第 %2 部分的第 %1 个内环</translation>
    </message>
    <message>
        <source>Vertex %1 of part %2 has an invalid coordinate (not a number); the vertex before it is</source>
        <translation>第 %2 部分的第 %1 个顶点坐标无效（不是数字）；其前一个顶点</translation>
    </message>
    <message>
        <source>%1 has only %2 points; a ring needs at least 4 (3 corners and the closing point)</source>
        <translation>%1 只有 %2 个点；环至少需要 4 个点（3 个角点和 1 个闭合点）</translation>
    </message>
    <message>
        <source>%1 is not closed: it starts at %2 and ends</source>
        <translation>%1 未闭合：起点为 %2，终点</translation>
    </message>
    <message>
        <source>%1 encloses no area (its points lie on one line)</source>
        <translation>%1 没有围成面积（其各点位于同一直线上）</translation>
    </message>
    <message>
        <source>Line part %1 has only one point; a line needs at least 2</source>
        <translation>线的第 %1 部分只有一个点；线至少需要 2 个点</translation>
    </message>
    <message>
        <source>Line part %1 has no length (all its points are the same)</source>
        <translation>线的第 %1 部分长度为零（其所有点都相同）</translation>
    </message>
    <message>
        <source>Part %1 is empty</source>
        <translation>第 %1 部分为空</translation>
    </message>
    <message>
        <source>Point %1 has an invalid coordinate (not a number)</source>
        <translation>第 %1 个点的坐标无效（不是数字）</translation>
    </message>
    <message>
        <source>A ring touches or crosses itself</source>
        <translation>环自相接或自相交</translation>
    </message>
    <message>
        <source>The outline crosses itself</source>
        <translation>边界自相交</translation>
    </message>
    <message>
        <source>A hole lies outside its polygon</source>
        <translation>内环位于其多边形之外</translation>
    </message>
    <message>
        <source>A hole lies inside another hole</source>
        <translation>内环位于另一个内环之内</translation>
    </message>
    <message>
        <source>Holes cut the polygon&apos;s interior into pieces</source>
        <translation>内环将多边形内部分割成多块</translation>
    </message>
    <message>
        <source>One polygon part lies inside another</source>
        <translation>一个多边形部分位于另一个部分之内</translation>
    </message>
    <message>
        <source>The same ring appears twice</source>
        <translation>同一个环出现了两次</translation>
    </message>
    <message>
        <source>A part has too few distinct points</source>
        <translation>某一部分的不同点过少</translation>
    </message>
    <message>
        <source>A coordinate is not a number</source>
        <translation>某个坐标不是数字</translation>
    </message>
    <message>
        <source>A ring is not closed</source>
        <translation>某个环未闭合</translation>
    </message>
    <message>
        <source>The geometry is invalid (%1)</source>
        <translation>几何无效（%1）</translation>
    </message>
    <message>
        <source>The geometry is empty</source>
        <translation>几何为空</translation>
    </message>
    <message>
        <source>The geometry cannot be checked: GEOS does not accept it</source>
        <translation>无法检查该几何：GEOS 不接受该几何</translation>
    </message>
    <message>
        <source>The geometry cannot be checked</source>
        <translation>无法检查该几何</translation>
    </message>
</context>
<context>
    <name>ItemTaskLinks</name>
    <message>
        <source>&quot;%1&quot; is not a valid item or task id: use letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;</source>
        <translation>“%1”不是有效的条目或任务编号：只能使用字母、数字、“_”、“-”和“.”</translation>
    </message>
    <message>
        <source>Cannot read the task links: %1</source>
        <translation>无法读取任务关联：%1</translation>
    </message>
    <message>
        <source>Cannot write the task links: %1</source>
        <translation>无法写入任务关联：%1</translation>
    </message>
</context>
<context>
    <name>LayoutExporter</name>
    <message>
        <source>Cannot write the world file %1: %2</source>
        <translation>无法写入 World 文件 %1：%2</translation>
    </message>
    <message>
        <source>Cannot export to %1: the name must end in .pdf, .svg, .png, .tif or .tiff</source>
        <translation>无法导出到 %1：文件名必须以 .pdf、.svg、.png、.tif 或 .tiff 结尾</translation>
    </message>
    <message>
        <source>Layout &quot;%1&quot; has no map frame to georeference</source>
        <translation>布局 “%1” 中没有可用于地理配准的地图框</translation>
    </message>
    <message>
        <source>Cannot write the PDF file %1</source>
        <translation>无法写入 PDF 文件 %1</translation>
    </message>
    <message>
        <source>Cannot write the SVG file %1</source>
        <translation>无法写入 SVG 文件 %1</translation>
    </message>
    <message>
        <source>%1: %2 dpi makes an image of %3 × %4 pixels, too large</source>
        <translation>%1：%2 dpi 将生成 %3 × %4 像素的图片，尺寸过大</translation>
    </message>
    <message>
        <source>GDAL has no driver to write %1</source>
        <translation>GDAL 没有可写入 %1 的驱动</translation>
    </message>
    <message>
        <source>Cannot prepare the image %1: %2</source>
        <translation>无法准备图片 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>LayoutItemFactory</name>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
</context>
<context>
    <name>LegendItem</name>
    <message>
        <source>Legend &quot;%1&quot;: no map frame &quot;%2&quot;</source>
        <translation>图例 “%1”：没有地图框 “%2”</translation>
    </message>
    <message>
        <source>Legend &quot;%1&quot;: %2</source>
        <translation>图例 “%1”：%2</translation>
    </message>
</context>
<context>
    <name>MapFrameItem</name>
    <message>
        <source>Map frame &quot;%1&quot;: its extent is empty or its CRS unknown</source>
        <translation>地图框 “%1”：范围为空或坐标参考系未知</translation>
    </message>
    <message>
        <source>Map frame &quot;%1&quot;: %2</source>
        <translation>地图框 “%1”：%2</translation>
    </message>
    <message>
        <source>Map frame &quot;%1&quot;: the scale must be positive</source>
        <translation>地图框 “%1”：比例尺必须为正数</translation>
    </message>
</context>
<context>
    <name>MergeFeaturesCommand</name>
    <message numerus="yes">
        <source>Merge %n feature(s)</source>
        <translation><numerusform>合并 %n 个要素</numerusform></translation>
    </message>
</context>
<context>
    <name>NorthArrowItem</name>
    <message>
        <source>North arrow &quot;%1&quot;: %2</source>
        <translation>指北针 “%1”：%2</translation>
    </message>
    <message>
        <source>North arrow &quot;%1&quot;: no map frame &quot;%2&quot;</source>
        <translation>指北针 “%1”：没有地图框 “%2”</translation>
    </message>
    <message>
        <source>N</source>
        <translation>北</translation>
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
    <name>PictureItem</name>
    <message>
        <source>Picture &quot;%1&quot;: cannot read the SVG file %2</source>
        <translation>图片 “%1”：无法读取 SVG 文件 %2</translation>
    </message>
    <message>
        <source>Picture &quot;%1&quot;: cannot read %2: %3</source>
        <translation>图片 “%1”：无法读取 %2：%3</translation>
    </message>
</context>
<context>
    <name>PlanAttributeValidator</name>
    <message>
        <source>The Chinese name (name_zh) is required</source>
        <translation>必须填写中文名称（name_zh）</translation>
    </message>
    <message>
        <source>The kind is required</source>
        <translation>必须填写类型</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known kind of plan item</source>
        <translation>“%1” 不是已知的规划条目类型</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known plan status</source>
        <translation>“%1” 不是已知的规划状态</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known city tier</source>
        <translation>“%1” 不是已知的城市等级</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known position accuracy</source>
        <translation>“%1” 不是已知的位置精度</translation>
    </message>
    <message>
        <source>%1 must be a year as a number; &quot;%2&quot; is not one</source>
        <translation>%1 必须是以数字表示的年份；“%2” 不是</translation>
    </message>
    <message>
        <source>The item id &quot;%1&quot; may hold only letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;</source>
        <translation>条目编号“%1”只能包含字母、数字、“_”、“-”和“.”</translation>
    </message>
    <message>
        <source>Unknown plan task %1: the project has no task with that id</source>
        <translation>未知的规划任务 %1：项目中没有此编号的任务</translation>
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
    <name>PostgisProjectStore</name>
    <message>
        <source>%1 holds project schema version %2, which no Lanxi Atlas wrote to a server; publish the project again</source>
        <translation>%1 的项目结构版本为 %2，兰西规划工作站从未向服务器写入此版本；请重新发布项目</translation>
    </message>
    <message>
        <source>%1 is not empty (%2 tables): a project is published only into an empty database</source>
        <translation>%1 不是空数据库（有 %2 个表）：项目只能发布到空数据库</translation>
    </message>
    <message>
        <source>%1 holds no Lanxi Atlas project (it has no lx_meta table); publish one there with: lanxi-atlas publish --project FILE.gpkg --to CONNECTION</source>
        <translation>%1 中没有兰西规划项目（没有 lx_meta 表）；可用以下命令发布：lanxi-atlas publish --project FILE.gpkg --to CONNECTION</translation>
    </message>
    <message>
        <source>%1 holds project schema version 6 and must be upgraded to %2, which failed; nothing was changed. The user who published the project can upgrade it by opening it once. (%3)</source>
        <translation>%1 使用项目结构版本 6，须升级到 %2，但升级失败；未作任何更改。发布该项目的用户打开一次即可升级。（%3）</translation>
    </message>
</context>
<context>
    <name>PostgresConninfo</name>
    <message>
        <source>out of memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <source>Not a PostgreSQL connection: %1 (%2)</source>
        <translation>不是 PostgreSQL 连接：%1（%2）</translation>
    </message>
    <message>
        <source>The PostgreSQL connection %1 names no database</source>
        <translation>PostgreSQL 连接 %1 未指定数据库</translation>
    </message>
    <message>
        <source>database %1 on %2</source>
        <translation>%2 上的数据库 %1</translation>
    </message>
    <message>
        <source> as %1</source>
        <translation>，用户 %1</translation>
    </message>
</context>
<context>
    <name>PostgresDatabase</name>
    <message>
        <source>database %1 on %2</source>
        <translation>%2 上的数据库 %1</translation>
    </message>
    <message>
        <source>the default socket</source>
        <translation>默认套接字</translation>
    </message>
    <message>
        <source>Cannot connect to PostgreSQL: out of memory</source>
        <translation>无法连接 PostgreSQL：内存不足</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>无法连接 %1：%2</translation>
    </message>
    <message>
        <source>Database error in %1: %2 (in: %3)</source>
        <translation>%1 数据库错误：%2（语句：%3）</translation>
    </message>
    <message>
        <source>Cannot encrypt the password for %1 on %2: %3</source>
        <translation>无法为 %2 上的 %1 加密密码：%3</translation>
    </message>
    <message>
        <source>Cannot listen to %1 on %2: %3</source>
        <translation>无法监听 %2 上的 %1：%3</translation>
    </message>
    <message>
        <source>Lost the connection to %1: %2</source>
        <translation>与 %1 的连接已断开：%2</translation>
    </message>
</context>
<context>
    <name>PrintLayout</name>
    <message>
        <source>not a Lanxi Atlas layout (no &quot;format&quot;: &quot;lanxi-layout&quot;)</source>
        <translation>不是兰西规划布局（缺少 "format": "lanxi-layout"）</translation>
    </message>
    <message>
        <source>written by a newer Lanxi Atlas (layout format %1; this version reads up to %2)</source>
        <translation>由更新版本的兰西规划工作站写入（布局格式版本 %1；本版本最高支持 %2）</translation>
    </message>
    <message>
        <source>two items have the id &quot;%1&quot;</source>
        <translation>有两个元素的编号都是 “%1”</translation>
    </message>
    <message>
        <source>Layout &quot;%1&quot;: %2</source>
        <translation>布局 “%1”：%2</translation>
    </message>
    <message>
        <source>Cannot read layout file %1: %2</source>
        <translation>无法读取布局文件 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a valid layout file: %2</source>
        <translation>%1 不是有效的布局文件：%2</translation>
    </message>
    <message>
        <source>Cannot write layout file %1: %2</source>
        <translation>无法写入布局文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>PrintProjectData</name>
    <message>
        <source>No atlas coverage &quot;%1&quot;: not a layer of the project (%2), not &quot;%3&quot;, not a table of the project file and not a file</source>
        <translation>没有图集覆盖图层 “%1”：它不是项目图层（%2），不是 “%3”，不是项目文件中的表，也不是文件</translation>
    </message>
</context>
<context>
    <name>PrintTemplates</name>
    <message>
        <source>%1: the layout template &quot;%2&quot; is not valid JSON: %3</source>
        <translation>%1：布局模板 “%2” 不是有效的 JSON：%3</translation>
    </message>
    <message>
        <source>A layout template needs a name to be saved</source>
        <translation>布局模板需要名称才能保存</translation>
    </message>
    <message>
        <source>No layout template &quot;%1&quot;; there are: %2 (or give a .json file)</source>
        <translation>没有布局模板 “%1”；现有模板：%2（或给出 .json 文件）</translation>
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
        <source>Layer %1: the scale range 1:%2 (zoomed out) to 1:%3 (zoomed in) is empty</source>
        <translation>图层 %1：比例尺范围 1:%2（缩小端）至 1:%3（放大端）为空</translation>
    </message>
    <message>
        <source>There is no thematic map &quot;%1&quot;</source>
        <translation>没有专题图 “%1”</translation>
    </message>
    <message>
        <source>Cannot change the project: %1 lets only its administrators change layers, styles and bookmarks</source>
        <translation>无法修改项目：%1 只允许管理员修改图层、样式和书签</translation>
    </message>
    <message>
        <source>Cannot change the project: the project file %1 is read-only</source>
        <translation>无法修改项目：项目文件 %1 为只读</translation>
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
        <source>%1 is not a Lanxi Atlas project: it is not a GeoPackage (SQLite) file</source>
        <translation>%1 不是兰西规划项目：它不是 GeoPackage（SQLite）文件</translation>
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
        <source>%1: no upgrade exists from project schema version %2</source>
        <translation>%1：无法从项目结构版本 %2 升级</translation>
    </message>
    <message>
        <source>Cannot read project file %1: permission denied</source>
        <translation>无法读取项目文件 %1：权限不足</translation>
    </message>
</context>
<context>
    <name>ProjectTransfer</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>The project has no feature table %1</source>
        <translation>项目中没有要素表 %1</translation>
    </message>
    <message>
        <source>Copying %1 …</source>
        <translation>正在复制 %1 …</translation>
    </message>
    <message>
        <source>Cannot copy the feature table %1: %2</source>
        <translation>无法复制要素表 %1：%2</translation>
    </message>
    <message>
        <source>Copying layers, styles, catalog, bookmarks, layouts and history …</source>
        <translation>正在复制图层、样式、目录、书签、布局和历史记录 …</translation>
    </message>
    <message>
        <source>Granting the team roles …</source>
        <translation>正在授予团队角色 …</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file</source>
        <translation>%1 已存在；请选择新文件</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
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
    <name>RevertFeatureCommand</name>
    <message>
        <source>Revert feature</source>
        <translation>还原要素</translation>
    </message>
</context>
<context>
    <name>SaveConflict</name>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>%1 #%2 (%3)</source>
        <translation>%1 #%2（%3）</translation>
    </message>
    <message>
        <source>outside Lanxi Atlas</source>
        <translation>在兰西规划工作站之外</translation>
    </message>
    <message>
        <source>by %1 at %2 UTC</source>
        <translation>由 %1 于 %2 UTC</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was saved: %n feature(s) changed in the file since you began editing them.</source>
        <translation><numerusform>未保存任何内容：自您开始编辑以来，有 %n 个要素已被他人修改。</numerusform></translation>
    </message>
    <message>
        <source>%1 was changed %2.</source>
        <translation>%1 已被修改（%2）。</translation>
    </message>
    <message>
        <source>%1 was deleted %2.</source>
        <translation>%1 已被删除（%2）。</translation>
    </message>
    <message>
        <source>Your edits are kept: take their version or keep yours for each feature, then save again.</source>
        <translation>您的编辑已保留：请为每个要素选择采用对方版本或保留您的版本，然后再次保存。</translation>
    </message>
</context>
<context>
    <name>ScaleBarItem</name>
    <message>
        <source>Scale bar &quot;%1&quot;: no map frame &quot;%2&quot;</source>
        <translation>比例尺 “%1”：没有地图框 “%2”</translation>
    </message>
    <message>
        <source>km</source>
        <translation>千米</translation>
    </message>
    <message>
        <source>m</source>
        <translation>米</translation>
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
    <name>SplitFeatureCommand</name>
    <message>
        <source>Split feature</source>
        <translation>分割要素</translation>
    </message>
</context>
<context>
    <name>SqlProjectStore</name>
    <message>
        <source>%1 was written by a newer Lanxi Atlas (project schema version %2; this version reads up to %3). Update Lanxi Atlas to open it; the project was not changed.</source>
        <translation>%1 由较新版本的兰西规划工作站写入（项目结构版本 %2；本版本最高支持 %3）。请更新兰西规划工作站后再打开；项目未被修改。</translation>
    </message>
    <message>
        <source>%1 has no valid schema_version in lx_meta</source>
        <translation>%1 的 lx_meta 中没有有效的 schema_version</translation>
    </message>
    <message>
        <source>%1: the style of layer %2 is not valid JSON: %3</source>
        <translation>%1：图层 %2 的样式不是有效的 JSON：%3</translation>
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
    <name>TeamRoles</name>
    <message>
        <source>Cannot grant %1 on %2 in %3: there is no such table</source>
        <translation>无法在 %3 中授予 %1 对 %2 的权限：没有该表</translation>
    </message>
    <message>
        <source>A user needs a name (in %1)</source>
        <translation>用户需要名称（%1）</translation>
    </message>
    <message>
        <source>Cannot set the password of %1 in %2</source>
        <translation>无法在 %2 中设置 %1 的密码</translation>
    </message>
</context>
<context>
    <name>WindowTitle</name>
    <message>
        <source>viewer</source>
        <translation>查看者</translation>
    </message>
    <message>
        <source>analyst</source>
        <translation>分析员</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Lanxi Atlas</source>
        <translation>兰西城市群规划工作站</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — Lanxi Atlas</source>
        <translation>%1 — 兰西城市群规划工作站</translation>
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
    <name>app::CategorizedStylePage</name>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>图例标签</translation>
    </message>
    <message>
        <source>&amp;Classify</source>
        <translation>分类(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>字段：</translation>
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
    <name>app::DrawTool</name>
    <message>
        <source>Segment: %1, bearing %2°</source>
        <translation>本段：%1，方位角 %2°</translation>
    </message>
    <message>
        <source>Length: %1</source>
        <translation>长度：%1</translation>
    </message>
    <message>
        <source>Ring area: %1</source>
        <translation>环面积：%1</translation>
    </message>
</context>
<context>
    <name>app::DrawingTools</name>
    <message>
        <source>Snap to layers</source>
        <translation>捕捉图层</translation>
    </message>
    <message>
        <source>Tolerance: </source>
        <translation>容差：</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Add &amp;Point</source>
        <translation>添加点(&amp;P)</translation>
    </message>
    <message>
        <source>Add &amp;Line</source>
        <translation>添加线(&amp;L)</translation>
    </message>
    <message>
        <source>Add Pol&amp;ygon</source>
        <translation>添加面(&amp;Y)</translation>
    </message>
    <message>
        <source>Next Part</source>
        <translation>下一部分</translation>
    </message>
    <message>
        <source>Start another part of the feature (N)</source>
        <translation>开始绘制要素的另一部分（N）</translation>
    </message>
    <message>
        <source>Add Hole</source>
        <translation>添加内环</translation>
    </message>
    <message>
        <source>Draw a hole in the current polygon (H)</source>
        <translation>在当前多边形中绘制内环（H）</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Finish the feature (Enter or double click)</source>
        <translation>完成要素（回车或双击）</translation>
    </message>
    <message>
        <source>Vertex by Coordinates…</source>
        <translation>按坐标添加顶点…</translation>
    </message>
    <message>
        <source>Snapping</source>
        <translation>捕捉</translation>
    </message>
    <message>
        <source>Snap to vertices, segments and intersections of the visible layers</source>
        <translation>捕捉可见图层的顶点、线段和交点</translation>
    </message>
</context>
<context>
    <name>app::EcologicalDock</name>
    <message>
        <source>%1 ha</source>
        <translation>%1 公顷</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 千米</translation>
    </message>
    <message>
        <source>inside</source>
        <translation>位于区内</translation>
    </message>
    <message>
        <source>Open a project to check footprints against its ecological zones.</source>
        <translation>打开项目后，可核查项目范围与其中生态保护区的关系。</translation>
    </message>
    <message>
        <source>Draw a footprint to see the ecological zones it crosses.</source>
        <translation>绘制项目范围，查看其涉及的生态保护区。</translation>
    </message>
    <message>
        <source>The footprint crosses no ecological zone.</source>
        <translation>该项目范围未涉及任何生态保护区。</translation>
    </message>
    <message numerus="yes">
        <source>The footprint crosses %n ecological zone(s):</source>
        <translation><numerusform>该项目范围涉及 %n 个生态保护区：</numerusform></translation>
    </message>
    <message>
        <source>Ecological Check</source>
        <translation>生态核查</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>重叠</translation>
    </message>
</context>
<context>
    <name>app::EditController</name>
    <message>
        <source>Discard edits</source>
        <translation>放弃编辑</translation>
    </message>
    <message>
        <source>Drop all unsaved edits?</source>
        <translation>放弃所有未保存的编辑？</translation>
    </message>
    <message>
        <source>Undo Edit</source>
        <translation>撤销编辑</translation>
    </message>
    <message>
        <source>Redo Edit</source>
        <translation>重做编辑</translation>
    </message>
    <message>
        <source>Save Edits</source>
        <translation>保存编辑</translation>
    </message>
    <message>
        <source>Save the edits to the project (Ctrl+S)</source>
        <translation>将编辑保存到项目（Ctrl+S）</translation>
    </message>
    <message>
        <source>Discard Edits</source>
        <translation>放弃编辑</translation>
    </message>
    <message>
        <source>The layer new features go to</source>
        <translation>新要素写入的图层</translation>
    </message>
    <message>
        <source>Select Features</source>
        <translation>选择要素</translation>
    </message>
    <message>
        <source>Move Feature</source>
        <translation>移动要素</translation>
    </message>
    <message>
        <source>Rotate Feature</source>
        <translation>旋转要素</translation>
    </message>
    <message>
        <source>Vertex Tool</source>
        <translation>顶点工具</translation>
    </message>
    <message>
        <source>Import Footprints…</source>
        <translation>导入项目范围…</translation>
    </message>
    <message>
        <source>Cannot edit the layer</source>
        <translation>无法编辑图层</translation>
    </message>
    <message>
        <source>Cannot add the feature</source>
        <translation>无法添加要素</translation>
    </message>
    <message>
        <source>The project has no layer for this kind of geometry.</source>
        <translation>项目中没有适用于此类几何的图层。</translation>
    </message>
    <message>
        <source>Edit refused</source>
        <translation>编辑被拒绝</translation>
    </message>
    <message>
        <source>Cannot save the edits</source>
        <translation>无法保存编辑</translation>
    </message>
    <message>
        <source>Unsaved edits</source>
        <translation>未保存的编辑</translation>
    </message>
    <message>
        <source>The project has unsaved edits. Save them?</source>
        <translation>项目有未保存的编辑。是否保存？</translation>
    </message>
    <message>
        <source>Recover edits</source>
        <translation>恢复编辑</translation>
    </message>
    <message>
        <source>Layer %1 has edits that were not saved when the application last stopped. Recover them?</source>
        <translation>图层 %1 有上次程序退出时未保存的编辑。是否恢复？</translation>
    </message>
    <message>
        <source>Cannot recover the edits</source>
        <translation>无法恢复编辑</translation>
    </message>
    <message>
        <source>Plan layer by shape</source>
        <translation>按几何类型选择规划图层</translation>
    </message>
    <message>
        <source>The project has no layer %1 to import into.</source>
        <translation>项目中没有可导入的图层 %1。</translation>
    </message>
    <message>
        <source>Layer %1 has unsaved edits: save or discard them first.</source>
        <translation>图层 %1 有未保存的编辑：请先保存或放弃。</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>撤销%1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>重做%1</translation>
    </message>
</context>
<context>
    <name>app::FeatureAttributeForm</name>
    <message>
        <source>Attributes of the new feature in %1</source>
        <translation>%1 中新要素的属性</translation>
    </message>
    <message>
        <source>a year, e.g. 2035</source>
        <translation>年份，例如 2035</translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <source>%1 (unknown task)</source>
        <translation>%1（未知任务）</translation>
    </message>
</context>
<context>
    <name>app::GraduatedStylePage</name>
    <message>
        <source>Range</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>图例标签</translation>
    </message>
    <message>
        <source>Equal interval</source>
        <translation>等间距</translation>
    </message>
    <message>
        <source>Quantile (equal count)</source>
        <translation>分位数（等数量）</translation>
    </message>
    <message>
        <source>Natural breaks (Jenks)</source>
        <translation>自然断点（Jenks）</translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>字段：</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>方法：</translation>
    </message>
    <message>
        <source>Classes:</source>
        <translation>分级数：</translation>
    </message>
    <message>
        <source>Colour ramp:</source>
        <translation>色带：</translation>
    </message>
    <message>
        <source>&amp;Classify</source>
        <translation>分类(&amp;C)</translation>
    </message>
    <message>
        <source>Cannot classify</source>
        <translation>无法分类</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; holds no numbers.</source>
        <translation>字段 “%1” 中没有数值。</translation>
    </message>
</context>
<context>
    <name>app::HistoryDock</name>
    <message>
        <source>Feature History</source>
        <translation>要素历史</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Revert to This Version</source>
        <translation>还原到此版本</translation>
    </message>
    <message>
        <source>Select a saved feature to see its versions.</source>
        <translation>选择已保存的要素以查看其各个版本。</translation>
    </message>
    <message numerus="yes">
        <source>%1, feature %2: %n version(s)</source>
        <translation><numerusform>%1，要素 %2：%n 个版本</numerusform></translation>
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
    <name>app::ImportFootprintsDialog</name>
    <message>
        <source>Import the valid features when others are refused</source>
        <translation>有要素被拒绝时仍导入有效要素</translation>
    </message>
    <message>
        <source>Import Footprints</source>
        <translation>导入项目范围</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Plan points (plan_point)</source>
        <translation>规划点（plan_point）</translation>
    </message>
    <message>
        <source>Plan lines (plan_line)</source>
        <translation>规划线（plan_line）</translation>
    </message>
    <message>
        <source>Plan areas (plan_area)</source>
        <translation>规划面（plan_area）</translation>
    </message>
    <message>
        <source>(from the source)</source>
        <translation>（取自源数据）</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>源文件</translation>
    </message>
    <message>
        <source>Into layer</source>
        <translation>导入到图层</translation>
    </message>
    <message>
        <source>Kind when missing</source>
        <translation>缺失时的类型</translation>
    </message>
    <message>
        <source>Status when missing</source>
        <translation>缺失时的状态</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Vector data (*.geojson *.json *.kml *.shp *.dxf *.gpkg *.csv);;All files (*)</source>
        <translation>矢量数据 (*.geojson *.json *.kml *.shp *.dxf *.gpkg *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>%1 imported, %2 refused.</source>
        <translation>已导入 %1 个，拒绝 %2 个。</translation>
    </message>
    <message>
        <source>Nothing was written: %1 feature(s) refused.</source>
        <translation>未写入任何内容：%1 个要素被拒绝。</translation>
    </message>
</context>
<context>
    <name>app::LabelStylePage</name>
    <message>
        <source>&amp;Label features</source>
        <translation>为要素添加注记(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>粗体(&amp;B)</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> 毫米</translation>
    </message>
    <message>
        <source>Labels of higher priority are placed first and win collisions.</source>
        <translation>优先级高的注记先放置，发生压盖时优先保留。</translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>字段：</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>大小：</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>颜色：</translation>
    </message>
    <message>
        <source>Halo colour:</source>
        <translation>光晕颜色：</translation>
    </message>
    <message>
        <source>Halo width:</source>
        <translation>光晕宽度：</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>优先级：</translation>
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
    <message>
        <source>Double-click to change the symbol and label</source>
        <translation>双击可更改符号和图例标签</translation>
    </message>
    <message>
        <source>S&amp;tyle…</source>
        <translation>样式(&amp;T)…</translation>
    </message>
</context>
<context>
    <name>app::LayoutDialog</name>
    <message>
        <source>Print Layout</source>
        <translation>打印布局</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>纵向</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <source>Fit the extent</source>
        <translation>适合地图范围</translation>
    </message>
    <message>
        <source>Only what the map shows</source>
        <translation>仅含地图中显示的内容</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Map scale</source>
        <translation>地图比例尺</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Selected item</source>
        <translation>所选元素</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Print Preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>Save in Project…</source>
        <translation>保存到项目…</translation>
    </message>
    <message>
        <source>Save Template File…</source>
        <translation>保存模板文件…</translation>
    </message>
    <message>
        <source>Open Template File…</source>
        <translation>打开模板文件…</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <source>Scale Bar</source>
        <translation>比例尺</translation>
    </message>
    <message>
        <source>North Arrow</source>
        <translation>指北针</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>+ %1</source>
        <translation>+ %1</translation>
    </message>
    <message>
        <source>Add a %1 item</source>
        <translation>添加%1元素</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the selected items (Delete)</source>
        <translation>删除所选元素（Delete）</translation>
    </message>
    <message>
        <source>Align Left</source>
        <translation>左对齐</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>水平居中</translation>
    </message>
    <message>
        <source>Align Right</source>
        <translation>右对齐</translation>
    </message>
    <message>
        <source>Align Top</source>
        <translation>顶端对齐</translation>
    </message>
    <message>
        <source>Middle</source>
        <translation>垂直居中</translation>
    </message>
    <message>
        <source>Align Bottom</source>
        <translation>底端对齐</translation>
    </message>
    <message>
        <source>%1 (the selected items, or one item on the page)</source>
        <translation>%1（所选元素，或单个元素相对页面）</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>添加%1</translation>
    </message>
    <message>
        <source>Align Items</source>
        <translation>对齐元素</translation>
    </message>
    <message>
        <source>Remove Items</source>
        <translation>删除元素</translation>
    </message>
    <message>
        <source>Cannot change the item</source>
        <translation>无法修改元素</translation>
    </message>
    <message>
        <source>Cannot read the project&apos;s layout templates</source>
        <translation>无法读取项目中的布局模板</translation>
    </message>
    <message>
        <source>Cannot open the template %1</source>
        <translation>无法打开模板 %1</translation>
    </message>
    <message>
        <source>Change Title</source>
        <translation>更改标题</translation>
    </message>
    <message>
        <source>Change Page</source>
        <translation>更改页面</translation>
    </message>
    <message>
        <source>Change Map Scale</source>
        <translation>更改地图比例尺</translation>
    </message>
    <message>
        <source>Change Legend</source>
        <translation>更改图例</translation>
    </message>
    <message>
        <source>Export Layout</source>
        <translation>导出布局</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;SVG (*.svg);;PNG with world file (*.png);;TIFF with world file (*.tif)</source>
        <translation>PDF (*.pdf);;SVG (*.svg);;PNG 及 World 文件 (*.png);;TIFF 及 World 文件 (*.tif)</translation>
    </message>
    <message>
        <source>The layout was exported with problems</source>
        <translation>布局已导出，但存在问题</translation>
    </message>
    <message>
        <source>Cannot export the layout</source>
        <translation>无法导出布局</translation>
    </message>
    <message>
        <source>Cannot print the layout</source>
        <translation>无法打印布局</translation>
    </message>
    <message>
        <source>Save Template in Project</source>
        <translation>将模板保存到项目</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Cannot save the template</source>
        <translation>无法保存模板</translation>
    </message>
    <message>
        <source>Save Template File</source>
        <translation>保存模板文件</translation>
    </message>
    <message>
        <source>Layout templates (*.json)</source>
        <translation>布局模板 (*.json)</translation>
    </message>
    <message>
        <source>Open Template File</source>
        <translation>打开模板文件</translation>
    </message>
    <message>
        <source>Open Template</source>
        <translation>打开模板</translation>
    </message>
    <message>
        <source>Cannot open the template</source>
        <translation>无法打开模板</translation>
    </message>
    <message>
        <source>Print &amp;Layout…</source>
        <translation>打印布局(&amp;L)…</translation>
    </message>
</context>
<context>
    <name>app::LayoutItemPanel</name>
    <message>
        <source> mm</source>
        <translation> 毫米</translation>
    </message>
    <message>
        <source>Move Item</source>
        <translation>移动元素</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Metres</source>
        <translation>米</translation>
    </message>
    <message>
        <source>Kilometres</source>
        <translation>千米</translation>
    </message>
    <message>
        <source>Alternating boxes</source>
        <translation>黑白相间</translation>
    </message>
    <message>
        <source>Double boxes</source>
        <translation>双行黑白相间</translation>
    </message>
    <message>
        <source>Tick line</source>
        <translation>刻度线</translation>
    </message>
    <message>
        <source>Fit the extent</source>
        <translation>适合地图范围</translation>
    </message>
    <message>
        <source>xmin, ymin, xmax, ymax</source>
        <translation>xmin, ymin, xmax, ymax</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>字号</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Bar style</source>
        <translation>比例尺样式</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>比例尺</translation>
    </message>
    <message>
        <source>Extent</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>专题图</translation>
    </message>
    <message>
        <source>CRS</source>
        <translation>坐标参考系</translation>
    </message>
    <message>
        <source>Change Text</source>
        <translation>更改文本</translation>
    </message>
    <message>
        <source>Change Font Size</source>
        <translation>更改字号</translation>
    </message>
    <message>
        <source>Change Scale Bar</source>
        <translation>更改比例尺</translation>
    </message>
    <message>
        <source>Change Map Scale</source>
        <translation>更改地图比例尺</translation>
    </message>
    <message>
        <source>Change Map Extent</source>
        <translation>更改地图范围</translation>
    </message>
    <message>
        <source>Change Map Theme</source>
        <translation>更改地图专题</translation>
    </message>
    <message>
        <source>Change Map CRS</source>
        <translation>更改地图坐标参考系</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Write the extent as xmin, ymin, xmax, ymax</source>
        <translation>以 xmin, ymin, xmax, ymax 格式输入范围</translation>
    </message>
</context>
<context>
    <name>app::LayoutView</name>
    <message>
        <source>Move Items</source>
        <translation>移动元素</translation>
    </message>
    <message>
        <source>Resize Item</source>
        <translation>调整元素大小</translation>
    </message>
</context>
<context>
    <name>app::LiveRefresh</name>
    <message>
        <source>What others save will not show until the project is opened again: %1</source>
        <translation>在重新打开项目之前，将看不到他人保存的内容：%1</translation>
    </message>
    <message>
        <source>Lost the connection to the project; trying again: %1</source>
        <translation>与项目的连接已断开，正在重试：%1</translation>
    </message>
    <message>
        <source>Connected to the project again</source>
        <translation>已重新连接到项目</translation>
    </message>
    <message numerus="yes">
        <source>%1 saved %n feature(s) in %2</source>
        <translation><numerusform>%1 在 %2 中保存了 %n 个要素</numerusform></translation>
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
    <message>
        <source>Open &amp;Team Project…</source>
        <translation>打开团队项目(&amp;T)…</translation>
    </message>
    <message>
        <source>The project&apos;s layers changed elsewhere; they are reloaded once you save</source>
        <translation>项目图层已在别处被修改；保存后将重新加载</translation>
    </message>
    <message>
        <source>The project&apos;s layers changed elsewhere and were reloaded</source>
        <translation>项目图层已在别处被修改，已重新加载</translation>
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
    <name>app::OpenTeamProjectDialog</name>
    <message>
        <source>Open Team Project</source>
        <translation>打开团队项目</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>不会保存</translation>
    </message>
    <message>
        <source>postgresql://user@host/database or PG:dbname=…</source>
        <translation>postgresql://用户@主机/数据库 或 PG:dbname=…</translation>
    </message>
    <message>
        <source>For experts: any connection libpq accepts. When given, it replaces host, port, database and user; the password above is added unless it names one.</source>
        <translation>供高级用户使用：libpq 接受的任何连接字符串。填写后将取代主机、端口、数据库和用户；若其中未含密码，则加上上方的密码。</translation>
    </message>
    <message>
        <source>A project shared by the team on a PostgreSQL/PostGIS server. What you may change depends on your role: viewer, analyst or administrator.</source>
        <translation>团队共享在 PostgreSQL/PostGIS 服务器上的项目。可修改的内容取决于您的角色：查看者、分析员或管理员。</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Connection string:</source>
        <translation>连接字符串(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>The connection string is not one PostgreSQL understands, or it names no database.</source>
        <translation>PostgreSQL 无法识别该连接字符串，或其中未指定数据库。</translation>
    </message>
    <message>
        <source>Name the database of the team project.</source>
        <translation>请填写团队项目所在的数据库。</translation>
    </message>
    <message>
        <source>These fields do not make a PostgreSQL connection.</source>
        <translation>这些字段无法组成 PostgreSQL 连接。</translation>
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
    <name>app::RuleStylePage</name>
    <message>
        <source>Label</source>
        <translation>图例标签</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>过滤条件</translation>
    </message>
    <message>
        <source>From 1:</source>
        <translation>从 1:</translation>
    </message>
    <message>
        <source>To 1:</source>
        <translation>到 1:</translation>
    </message>
    <message>
        <source>Filters such as kind = &apos;railway&apos; AND status IN (&apos;build&apos;, &apos;accelerate&apos;); an empty filter matches all, ELSE what no other rule matched. Scales: zoomed in from 1:… to 1:… zoomed out, empty for no limit.</source>
        <translation>过滤条件示例：kind = 'railway' AND status IN ('build', 'accelerate')；空过滤条件匹配全部要素，ELSE 匹配其他规则均未匹配的要素。比例尺：从放大端 1:… 到缩小端 1:…，留空表示不限制。</translation>
    </message>
    <message>
        <source>&amp;Add Rule</source>
        <translation>添加规则(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>新规则</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot;: %2</source>
        <translation>规则 “%1”：%2</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot;: &quot;%2&quot; is not a scale denominator</source>
        <translation>规则 “%1”：“%2” 不是比例尺分母</translation>
    </message>
</context>
<context>
    <name>app::SaveConflictDialog</name>
    <message>
        <source>Edits in conflict</source>
        <translation>编辑冲突</translation>
    </message>
    <message>
        <source>Nothing was saved: these features changed in the file since you began editing them. Your edits are kept. Choose for each feature whose version to keep, then save again.</source>
        <translation>未保存任何内容：自您开始编辑以来，这些要素已被他人修改。您的编辑已保留。请为每个要素选择保留哪一方的版本，然后再次保存。</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>要素</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改情况</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>已修改（%1）</translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation>已删除（%1）</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>采用对方版本</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>保留我的版本</translation>
    </message>
    <message>
        <source>Keep mine (delete it)</source>
        <translation>保留我的版本（删除）</translation>
    </message>
    <message>
        <source>Apply and Save</source>
        <translation>应用并保存</translation>
    </message>
    <message>
        <source>Show on Map</source>
        <translation>在地图上显示</translation>
    </message>
    <message>
        <source>Dashed: their version; solid: my version</source>
        <translation>虚线：对方版本；实线：我的版本</translation>
    </message>
    <message>
        <source>changed by %1 at %2</source>
        <translation>%1 于 %2 修改</translation>
    </message>
    <message>
        <source>deleted by %1 at %2</source>
        <translation>%1 于 %2 删除</translation>
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
    <name>app::SelectionActions</name>
    <message>
        <source>Export Features</source>
        <translation>导出要素</translation>
    </message>
    <message>
        <source>Vector files (%1)</source>
        <translation>矢量文件 (%1)</translation>
    </message>
    <message>
        <source>Edit Attributes…</source>
        <translation>编辑属性…</translation>
    </message>
    <message>
        <source>Edit the attributes of the selected feature</source>
        <translation>编辑所选要素的属性</translation>
    </message>
    <message>
        <source>Export Features…</source>
        <translation>导出要素…</translation>
    </message>
    <message>
        <source>Export the selected features of the edited layer, or the whole layer</source>
        <translation>导出编辑图层中的所选要素，或整个图层</translation>
    </message>
    <message>
        <source>Edit Attributes</source>
        <translation>编辑属性</translation>
    </message>
    <message>
        <source>Edit refused</source>
        <translation>编辑被拒绝</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>There is no layer to export.</source>
        <translation>没有可导出的图层。</translation>
    </message>
</context>
<context>
    <name>app::SelectionEditActions</name>
    <message>
        <source>Delete Selected Features</source>
        <translation>删除所选要素</translation>
    </message>
    <message>
        <source>Merge Selected Features</source>
        <translation>合并所选要素</translation>
    </message>
    <message>
        <source>Split With Line</source>
        <translation>用线分割</translation>
    </message>
    <message>
        <source>The next line drawn cuts the selected features</source>
        <translation>接下来绘制的线将分割所选要素</translation>
    </message>
    <message>
        <source>Reshape With Line</source>
        <translation>用线修整</translation>
    </message>
    <message>
        <source>The next line drawn reshapes the selected feature: crossing a polygon&apos;s outline twice, or crossing a line twice (the part between is replaced) or starting or ending on it (the line is redrawn from there)</source>
        <translation>下一条绘制的线将修整所选要素：与面要素边界相交两次；或与线要素相交两次（替换其间部分），或起止于线上（从该点重绘该线）</translation>
    </message>
    <message>
        <source>Cannot split</source>
        <translation>无法分割</translation>
    </message>
    <message>
        <source>Select the features to split first.</source>
        <translation>请先选择要分割的要素。</translation>
    </message>
    <message>
        <source>Split Features</source>
        <translation>分割要素</translation>
    </message>
    <message>
        <source>Cannot reshape</source>
        <translation>无法修整</translation>
    </message>
    <message>
        <source>Select one polygon or line to reshape first.</source>
        <translation>请先选择一个要修整的面要素或线要素。</translation>
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
    <name>app::StyleController</name>
    <message>
        <source>Cannot change the style</source>
        <translation>无法更改样式</translation>
    </message>
    <message>
        <source>Cannot apply the thematic map</source>
        <translation>无法应用专题图</translation>
    </message>
</context>
<context>
    <name>app::StyleDialog</name>
    <message>
        <source>No limit</source>
        <translation>不限制</translation>
    </message>
    <message>
        <source>Style — %1</source>
        <translation>样式 — %1</translation>
    </message>
    <message>
        <source>Single symbol</source>
        <translation>单一符号</translation>
    </message>
    <message>
        <source>Categorized</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation>分级</translation>
    </message>
    <message>
        <source>Rule-based</source>
        <translation>基于规则</translation>
    </message>
    <message>
        <source>Symbol (also for features in no class)</source>
        <translation>符号（也用于不属于任何类别的要素）</translation>
    </message>
    <message>
        <source>Style:</source>
        <translation>样式：</translation>
    </message>
    <message>
        <source>Shown from (zoomed in) 1:</source>
        <translation>显示范围从（放大端）1:</translation>
    </message>
    <message>
        <source>up to (zoomed out) 1:</source>
        <translation>至（缩小端）1:</translation>
    </message>
    <message>
        <source>Symbology</source>
        <translation>符号化</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>注记</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>可见性</translation>
    </message>
    <message>
        <source>&amp;Import SLD…</source>
        <translation>导入 SLD(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export SLD…</source>
        <translation>导出 SLD(&amp;E)…</translation>
    </message>
    <message>
        <source>The layer would show at no scale: 1:%1 is not more zoomed in than 1:%2.</source>
        <translation>该图层在任何比例尺下都不会显示：1:%1 的比例尺并不大于 1:%2。</translation>
    </message>
    <message>
        <source>Invalid style</source>
        <translation>样式无效</translation>
    </message>
    <message>
        <source>Import Style</source>
        <translation>导入样式</translation>
    </message>
    <message>
        <source>Styled Layer Descriptor (*.sld *.xml)</source>
        <translation>SLD 样式文件 (*.sld *.xml)</translation>
    </message>
    <message>
        <source>Cannot import the style</source>
        <translation>无法导入样式</translation>
    </message>
    <message>
        <source>Export Style</source>
        <translation>导出样式</translation>
    </message>
    <message>
        <source>Styled Layer Descriptor (*.sld)</source>
        <translation>SLD 样式文件 (*.sld)</translation>
    </message>
    <message>
        <source>Cannot export the style</source>
        <translation>无法导出样式</translation>
    </message>
</context>
<context>
    <name>app::SymbolClassList</name>
    <message>
        <source>Symbol</source>
        <translation>符号</translation>
    </message>
</context>
<context>
    <name>app::SymbolDialog</name>
    <message>
        <source>Symbol</source>
        <translation>符号</translation>
    </message>
    <message>
        <source>Legend label:</source>
        <translation>图例标签：</translation>
    </message>
</context>
<context>
    <name>app::SymbolEditor</name>
    <message>
        <source>Circle</source>
        <translation>圆形</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>正方形</translation>
    </message>
    <message>
        <source>Triangle</source>
        <translation>三角形</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>星形</translation>
    </message>
    <message>
        <source>Diamond</source>
        <translation>菱形</translation>
    </message>
    <message>
        <source>Icon: %1</source>
        <translation>图标：%1</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> 毫米</translation>
    </message>
    <message>
        <source>Solid</source>
        <translation>实线</translation>
    </message>
    <message>
        <source>Dashed</source>
        <translation>虚线</translation>
    </message>
    <message>
        <source>Dotted</source>
        <translation>点线</translation>
    </message>
    <message>
        <source>Dash-dot</source>
        <translation>点划线</translation>
    </message>
    <message>
        <source>Dash-dot-dot</source>
        <translation>双点划线</translation>
    </message>
    <message>
        <source>No line</source>
        <translation>无线条</translation>
    </message>
    <message>
        <source>Horizontal lines</source>
        <translation>水平线</translation>
    </message>
    <message>
        <source>Vertical lines</source>
        <translation>垂直线</translation>
    </message>
    <message>
        <source>Cross</source>
        <translation>十字线</translation>
    </message>
    <message>
        <source>Forward diagonal</source>
        <translation>正斜线</translation>
    </message>
    <message>
        <source>Backward diagonal</source>
        <translation>反斜线</translation>
    </message>
    <message>
        <source>Diagonal cross</source>
        <translation>斜十字线</translation>
    </message>
    <message>
        <source>Stroke colour:</source>
        <translation>描边颜色：</translation>
    </message>
    <message>
        <source>Stroke width:</source>
        <translation>描边宽度：</translation>
    </message>
    <message>
        <source>Stroke style:</source>
        <translation>描边样式：</translation>
    </message>
    <message>
        <source>Fill colour:</source>
        <translation>填充颜色：</translation>
    </message>
    <message>
        <source>Fill opacity:</source>
        <translation>填充不透明度：</translation>
    </message>
    <message>
        <source>Fill pattern:</source>
        <translation>填充图案：</translation>
    </message>
    <message>
        <source>Marker:</source>
        <translation>点符号：</translation>
    </message>
    <message>
        <source>Marker size:</source>
        <translation>点符号大小：</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>预览：</translation>
    </message>
</context>
<context>
    <name>app::ThemeMenu</name>
    <message>
        <source>T&amp;heme</source>
        <translation>专题图(&amp;H)</translation>
    </message>
</context>
<context>
    <name>app::VertexInputDialog</name>
    <message>
        <source>Add Vertex by Coordinates</source>
        <translation>按坐标添加顶点</translation>
    </message>
    <message>
        <source>Longitude / latitude (degrees)</source>
        <translation>经度 / 纬度（度）</translation>
    </message>
    <message>
        <source>Gauss–Krüger 3° zone (CGCS2000, metres)</source>
        <translation>高斯-克吕格 3° 带（CGCS2000，米）</translation>
    </message>
    <message>
        <source>Zone:</source>
        <translation>带号：</translation>
    </message>
    <message>
        <source>Coordinates:</source>
        <translation>坐标：</translation>
    </message>
    <message>
        <source>&amp;Add Vertex</source>
        <translation>添加顶点(&amp;A)</translation>
    </message>
    <message>
        <source>Longitude (°E):</source>
        <translation>经度（°E）：</translation>
    </message>
    <message>
        <source>Latitude (°N):</source>
        <translation>纬度（°N）：</translation>
    </message>
    <message>
        <source>Easting (m):</source>
        <translation>东坐标（米）：</translation>
    </message>
    <message>
        <source>Northing (m):</source>
        <translation>北坐标（米）：</translation>
    </message>
    <message>
        <source>The easting %1 carries zone %2, not the chosen zone %3.</source>
        <translation>东坐标 %1 带有带号 %2，而不是所选的 %3 带。</translation>
    </message>
    <message>
        <source>Easting %1, northing %2 lie outside Gauss–Krüger zone %3.</source>
        <translation>东坐标 %1、北坐标 %2 位于高斯-克吕格 %3 带之外。</translation>
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
        <source>lanxi-atlas: no display to open the workstation on. Headless commands: render, catalog, build-project (lanxi-atlas help).
</source>
        <translation>lanxi-atlas：没有可用的显示器，无法打开工作站。无界面命令：render、catalog、build-project（见 lanxi-atlas help）。
</translation>
    </message>
    <message>
        <source>Exports a layer of a project, or the features a filter selects, to a new file; the format follows the extension: %1.</source>
        <translation>将项目的一个图层或过滤条件选中的要素导出为新文件；格式由扩展名决定：%1。</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>项目文件。</translation>
    </message>
    <message>
        <source>The layer (table) to export.</source>
        <translation>要导出的图层（表）。</translation>
    </message>
    <message>
        <source>An SQL filter, e.g. &quot;kind = &apos;airport&apos;&quot; (default: every feature).</source>
        <translation>SQL 过滤条件，例如 "kind = 'airport'"（默认：全部要素）。</translation>
    </message>
    <message>
        <source>The file to write; it must not exist.</source>
        <translation>要写入的文件；该文件必须尚不存在。</translation>
    </message>
    <message>
        <source>needs --project FILE --layer NAME and one OUT file (see --help)</source>
        <translation>需要 --project FILE --layer NAME 和一个 OUT 文件（见 --help）</translation>
    </message>
    <message>
        <source>%1 feature(s) written to %2</source>
        <translation>已将 %1 个要素写入 %2</translation>
    </message>
    <message>
        <source>Imports footprints from GeoJSON, KML, Shapefile, DXF, GeoPackage or CSV (a WKT column, or x/y or lon/lat columns) into a layer of a project, reprojected to the layer&apos;s CRS. Every feature is validated (geometry, and the plan attributes on plan layers) and reported as imported or refused with the reason. The import is one transaction recorded in the history: when any feature is refused, NOTHING is written and the exit code is 3, unless --skip-invalid, which writes the valid features (exit code still 3).</source>
        <translation>将 GeoJSON、KML、Shapefile、DXF、GeoPackage 或 CSV（含 WKT 列，或 x/y、lon/lat 列）中的项目范围导入项目的一个图层，并重投影到该图层的坐标参考系。每个要素都会经过校验（几何，以及规划图层上的规划属性），并报告为已导入或已拒绝及其原因。导入作为一个事务记入历史：只要有要素被拒绝，就不写入任何内容，退出码为 3；使用 --skip-invalid 时写入有效要素（退出码仍为 3）。</translation>
    </message>
    <message>
        <source>The project file (its lx_history records the import).</source>
        <translation>项目文件（其 lx_history 表记录本次导入）。</translation>
    </message>
    <message>
        <source>The target layer: plan_point, plan_line, plan_area, or a table of the project.</source>
        <translation>目标图层：plan_point、plan_line、plan_area 或项目中的表。</translation>
    </message>
    <message>
        <source>Only this layer of the source (default: all of them).</source>
        <translation>仅导入源数据中的此图层（默认：全部图层）。</translation>
    </message>
    <message>
        <source>The CRS of a source that declares none, e.g. EPSG:4326 (default: the layer&apos;s).</source>
        <translation>源数据未声明坐标参考系时所用的坐标参考系，例如 EPSG:4326（默认：目标图层的坐标参考系）。</translation>
    </message>
    <message>
        <source>A value for a field the source lacks, e.g. kind=airport (repeatable).</source>
        <translation>为源数据缺少的字段指定值，例如 kind=airport（可重复）。</translation>
    </message>
    <message>
        <source>Write the valid features even when others are refused.</source>
        <translation>即使有要素被拒绝，也写入有效要素。</translation>
    </message>
    <message>
        <source>The file to import.</source>
        <translation>要导入的文件。</translation>
    </message>
    <message>
        <source>needs --project FILE --layer NAME and one SOURCE file (see --help)</source>
        <translation>需要 --project FILE --layer NAME 和一个 SOURCE 文件（见 --help）</translation>
    </message>
    <message>
        <source>--set takes FIELD=VALUE, not &quot;%1&quot;</source>
        <translation>--set 的格式应为 FIELD=VALUE，而不是 “%1”</translation>
    </message>
    <message>
        <source>%1 %2: imported as feature %3</source>
        <translation>%1 %2：已导入为要素 %3</translation>
    </message>
    <message>
        <source>%1 %2: valid, not written</source>
        <translation>%1 %2：有效，未写入</translation>
    </message>
    <message>
        <source>%1 %2: refused: %3</source>
        <translation>%1 %2：已拒绝：%3</translation>
    </message>
    <message>
        <source>%1 feature(s) imported, %2 refused.</source>
        <translation>已导入 %1 个要素，拒绝 %2 个。</translation>
    </message>
    <message>
        <source>Nothing written: %1 feature(s) refused (use --skip-invalid to import the %2 valid one(s)).</source>
        <translation>未写入任何内容：%1 个要素被拒绝（使用 --skip-invalid 可导入其余 %2 个有效要素）。</translation>
    </message>
    <message>
        <source>Checks a team project out into a new project file for work offline: every feature, attribute, style, layout, bookmark and history row.</source>
        <translation>将团队项目检出为新的项目文件以便离线工作：包括全部要素、属性、样式、布局、书签和历史记录。</translation>
    </message>
    <message>
        <source>The team project: postgresql://USER@HOST/DB or PG:…</source>
        <translation>团队项目：postgresql://用户@主机/数据库 或 PG:…</translation>
    </message>
    <message>
        <source>The new project file; it must not exist.</source>
        <translation>新的项目文件；该文件不得已存在。</translation>
    </message>
    <message>
        <source>needs --from CONNECTION and --out FILE.gpkg (see --help)</source>
        <translation>需要 --from CONNECTION 和 --out FILE.gpkg（见 --help）</translation>
    </message>
    <message>
        <source>Checked out to %1</source>
        <translation>已检出到 %1</translation>
    </message>
    <message>
        <source>Usage: lanxi-atlas [PROJECT]                 open the workstation
       lanxi-atlas render [options]          render a map to PNG without a display
       lanxi-atlas catalog [options]         list the plan catalog as CSV or JSON
       lanxi-atlas build-project [options]   build the default project from data/
       lanxi-atlas import [options] SOURCE   import footprints into a project layer
       lanxi-atlas export [options] OUT      export a project layer to a file
       lanxi-atlas export-map [options]      print a thematic map layout to PDF, SVG, PNG
       lanxi-atlas publish [options]         copy a project file into a team database
       lanxi-atlas checkout [options]        copy a team project into a new file
A PROJECT (and every --project) is a .gpkg file or a team database:
postgresql://USER@HOST/DB or PG:dbname=DB host=HOST user=USER
Run a command with --help for its options.
</source>
        <translation>用法：lanxi-atlas [项目]                     打开工作站
      lanxi-atlas render [选项]              无需显示器，将地图渲染为 PNG
      lanxi-atlas catalog [选项]             以 CSV 或 JSON 列出规划目录
      lanxi-atlas build-project [选项]       从 data/ 生成默认项目
      lanxi-atlas import [选项] SOURCE       将项目范围导入项目图层
      lanxi-atlas export [选项] OUT          将项目图层导出为文件
      lanxi-atlas export-map [选项]          将专题图布局打印为 PDF、SVG、PNG
      lanxi-atlas publish [选项]             将项目文件复制到团队数据库
      lanxi-atlas checkout [选项]            将团队项目复制为新文件
项目（及所有 --project）可以是 .gpkg 文件或团队数据库：
postgresql://用户@主机/数据库 或 PG:dbname=数据库 host=主机 user=用户
各命令加 --help 查看选项。
</translation>
    </message>
    <message>
        <source>Publishes a project file for a team: copies its feature tables, layers, styles, plan catalog, bookmarks, layouts and history into an empty PostgreSQL database with PostGIS, and grants the team roles (lanxi_viewer, lanxi_analyst, lanxi_admin) on it.</source>
        <translation>为团队发布项目文件：将其要素表、图层、样式、规划目录、书签、布局和历史记录复制到带 PostGIS 的空 PostgreSQL 数据库，并在其上授予团队角色（lanxi_viewer、lanxi_analyst、lanxi_admin）。</translation>
    </message>
    <message>
        <source>The project file to publish.</source>
        <translation>要发布的项目文件。</translation>
    </message>
    <message>
        <source>The empty database: postgresql://USER@HOST/DB or PG:…</source>
        <translation>空数据库：postgresql://用户@主机/数据库 或 PG:…</translation>
    </message>
    <message>
        <source>needs --project FILE and --to CONNECTION (see --help)</source>
        <translation>需要 --project FILE 和 --to CONNECTION（见 --help）</translation>
    </message>
    <message>
        <source>Published %1 to %2</source>
        <translation>已将 %1 发布到 %2</translation>
    </message>
</context>
<context>
    <name>core::EditSession</name>
    <message>
        <source>Layer %1 has no feature %2</source>
        <translation>图层 %1 中没有要素 %2</translation>
    </message>
    <message>
        <source>Feature %1 has no geometry to split</source>
        <translation>要素 %1 没有可分割的几何</translation>
    </message>
    <message>
        <source>Select at least two features to merge</source>
        <translation>请至少选择两个要素进行合并</translation>
    </message>
    <message>
        <source>Feature %1 has no geometry to merge</source>
        <translation>要素 %1 没有可合并的几何</translation>
    </message>
    <message>
        <source>Cannot record the history in %1: %2</source>
        <translation>无法在 %1 中记录历史：%2</translation>
    </message>
    <message>
        <source>The recovery journal %1 no longer matches layer %2: feature %3 was changed since. The journal was left in place.</source>
        <translation>恢复日志 %1 与图层 %2 不再一致：要素 %3 此后已被修改。恢复日志已原样保留。</translation>
    </message>
    <message>
        <source>Feature %1 has no geometry to reshape</source>
        <translation>要素 %1 没有可修整的几何</translation>
    </message>
    <message>
        <source>You may only view %1: your account cannot save edits. Ask an administrator for the analyst role.</source>
        <translation>您只能查看 %1：您的账户无法保存编辑。请向管理员申请分析员角色。</translation>
    </message>
    <message>
        <source>Feature %1 of layer %2 has no pending edit to resolve</source>
        <translation>图层 %2 的要素 %1 没有待解决的编辑</translation>
    </message>
    <message>
        <source>Another feature of the project has the item id %1; item ids are unique</source>
        <translation>项目中另一要素已使用条目编号 %1；条目编号必须唯一</translation>
    </message>
</context>
<context>
    <name>core::ProjectChangeWatcher</name>
    <message>
        <source>Cannot follow the changes of %1</source>
        <translation>无法跟踪 %1 的变化</translation>
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
        <source>Cannot read table %1 of %2: %3</source>
        <translation>无法读取 %2 的表 %1：%3</translation>
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
    <name>gis::LayoutItem</name>
    <message>
        <source>Unknown layout item type &quot;%1&quot;</source>
        <translation>未知的布局元素类型 “%1”</translation>
    </message>
    <message>
        <source>Layout item &quot;%1&quot;: rect_mm must be [x, y, width, height] in millimetres</source>
        <translation>布局元素 “%1”：rect_mm 必须为以毫米为单位的 [x, y, width, height]</translation>
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
    <name>gis::PageSetup</name>
    <message>
        <source>Unknown paper size &quot;%1&quot; (expected A4 to A0 or custom)</source>
        <translation>未知的纸张大小 “%1”（应为 A4 至 A0 或 custom）</translation>
    </message>
    <message>
        <source>Unknown page orientation &quot;%1&quot; (expected portrait or landscape)</source>
        <translation>未知的页面方向 “%1”（应为 portrait 或 landscape）</translation>
    </message>
    <message>
        <source>A custom page needs width_mm and height_mm between 10 and 5000</source>
        <translation>自定义页面需要 width_mm 和 height_mm，取值在 10 到 5000 之间</translation>
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
    <message>
        <source>Unknown label placement &quot;%1&quot;</source>
        <translation>未知的注记放置方式 “%1”</translation>
    </message>
</context>
</TS>
