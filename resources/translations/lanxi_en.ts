<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AddFeatureCommand</name>
    <message>
        <source>Add feature</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AtlasPages</name>
    <message>
        <source>Atlas coverage %1 has no field &quot;%2&quot; (its fields: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atlas coverage %1 has no features with a geometry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogCommand</name>
    <message>
        <source>Lists every item of the plan catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project file (default: the bundled project).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog: --format must be csv or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeAttributesCommand</name>
    <message>
        <source>Change attributes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeGeometryCommand</name>
    <message>
        <source>Change geometry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <source>%1, line %2: a quoted field is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: a header row is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3 fields where the header has %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no column &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatasetInfo</name>
    <message>
        <source>File not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1 as vector data: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All vector formats (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DefaultProjectBuilder</name>
    <message>
        <source>Cannot move %1 into place as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the base map %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base map %1 has no layer &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy layer %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteFeaturesCommand</name>
    <message numerus="yes">
        <source>Delete %n feature(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DepartmentAtlas</name>
    <message>
        <source>Atlas of departments: no department of %1 leads a located plan item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EcologicalCheck</name>
    <message>
        <source>Cannot read the ecological zones: %1 does not open as a GeoPackage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the ecological zones: %1 has no plan_area table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditJournal</name>
    <message>
        <source>Cannot write the recovery journal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the recovery journal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a recovery journal of layer %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditPermission</name>
    <message>
        <source>You may only view this team project: %1 does not let you save edits. Ask an administrator of the project for the analyst role to add or change features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file %1 is read-only: features cannot be added or changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditableLayer</name>
    <message>
        <source>Cannot open %1 for editing: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no layer %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1 of %2 cannot be edited: the format does not allow writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1 has no field %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field %1 of layer %2 takes a number; &quot;%3&quot; is not one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1 takes %2 geometries; this one is a %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature %1 of layer %2 no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write feature %1 of layer %2 in %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a transaction on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot commit the edits to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write layer %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another user is saving to %1; nothing was saved, try again (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportMapCommand</name>
    <message>
        <source>Prints a thematic map layout to PDF, SVG, PNG or TIFF, optionally as an atlas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project file (default: the bundled project).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout template: a built-in or saved name, or a .json file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output file: .pdf, .svg, .png, .tif (atlas pages: NAME-01.png …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution of PNG and TIFF output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the atlas features matching this OGR SQL condition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field naming each atlas page (default: name_zh or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a PDF atlas as one file per page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the template names and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--template NAME and --out FILE are required (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid --dpi &quot;%1&quot;: expected 30 to 1200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: wrote %2 (%3 page(s)) in %4 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One page per feature of this layer: a project layer key, &quot;prefectures&quot;, a table of the project or DATASET[:LAYER]; &quot;departments&quot;: one page per lead department showing only the plan items it leads.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeatureExporter</name>
    <message>
        <source>Cannot export to %1: the extension must be one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no layer %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter &quot;%1&quot; is not valid for layer %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export layer %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeatureFilter</name>
    <message>
        <source>Malformed filter: an operator has the wrong number of operands</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeatureImporter</name>
    <message>
        <source>Cannot read %1 as vector data: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown CRS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reproject from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save or discard the pending edits of layer %1 before importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1 has no field %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be reprojected to the layer&apos;s CRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no layer %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeatureTableDatabase</name>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table has no integer primary key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterParser</name>
    <message>
        <source>unexpected &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid filter &quot;%1&quot;: %2 at character %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end of text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid number &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unclosed string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unclosed field name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, found &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;, found &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a comparison, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a field or a value, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeometryEdits</name>
    <message>
        <source>The geometry operation failed in GEOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only lines and polygons can be split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line does not cut the feature: draw it across, from outside to outside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line must cross the outline exactly twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only polygons and lines can be reshaped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line must cross the feature&apos;s line twice, or start or end on it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeometryValidator</name>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the outer ring of part %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hole %1 of part %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertex %1 of part %2 has an invalid coordinate (not a number); the vertex before it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has only %2 points; a ring needs at least 4 (3 corners and the closing point)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not closed: it starts at %2 and ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 encloses no area (its points lie on one line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line part %1 has only one point; a line needs at least 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line part %1 has no length (all its points are the same)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part %1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point %1 has an invalid coordinate (not a number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ring touches or crosses itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outline crosses itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hole lies outside its polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hole lies inside another hole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holes cut the polygon&apos;s interior into pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One polygon part lies inside another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same ring appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A part has too few distinct points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A coordinate is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ring is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The geometry is invalid (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The geometry is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The geometry cannot be checked: GEOS does not accept it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The geometry cannot be checked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemTaskLinks</name>
    <message>
        <source>&quot;%1&quot; is not a valid item or task id: use letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the task links: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the task links: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayoutExporter</name>
    <message>
        <source>Cannot write the world file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export to %1: the name must end in .pdf, .svg, .png, .tif or .tiff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout &quot;%1&quot; has no map frame to georeference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the PDF file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the SVG file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 dpi makes an image of %3 × %4 pixels, too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDAL has no driver to write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the image %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayoutItemFactory</name>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LegendItem</name>
    <message>
        <source>Legend &quot;%1&quot;: no map frame &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapFrameItem</name>
    <message>
        <source>Map frame &quot;%1&quot;: its extent is empty or its CRS unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map frame &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map frame &quot;%1&quot;: the scale must be positive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeFeaturesCommand</name>
    <message numerus="yes">
        <source>Merge %n feature(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NorthArrowItem</name>
    <message>
        <source>North arrow &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>North arrow &quot;%1&quot;: no map frame &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OgcFilterXml</name>
    <message>
        <source>the filter is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2, &lt;%3&gt;: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong number of operands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pattern must be a literal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a value, a lower and an upper boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported filter operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>expected %n operand(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>unsupported expression</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OgrFeatureSource</name>
    <message>
        <source>File not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1 as vector data: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no layer named &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid filter &quot;%1&quot; on layer %2 of %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1 of %2 has no field &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1 of %2 has a coordinate reference system that PROJ does not know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open layer %1 of %2 with options %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PictureItem</name>
    <message>
        <source>Picture &quot;%1&quot;: cannot read the SVG file %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture &quot;%1&quot;: cannot read %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanAttributeValidator</name>
    <message>
        <source>The Chinese name (name_zh) is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known kind of plan item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known plan status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known city tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known position accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a year as a number; &quot;%2&quot; is not one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item id &quot;%1&quot; may hold only letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown plan task %1: the project has no task with that id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanCatalogImporter</name>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the department id &quot;%2&quot; is empty or used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the task id &quot;%2&quot; is empty or used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: task %2 names no responsible department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: task %2 names the unknown department &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: indicator %2 needs a numeric target and year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a valid comparator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: item %2 belongs to no task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: item %2 names the unknown task &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanItemWriter</name>
    <message>
        <source>Cannot create table %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a valid %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing in the plan data is surveyed; mark it approximate or schematic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the Chinese name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the geometry is not valid WKT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the geometry of %2 is invalid (self-intersecting or badly nested rings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 reaches outside the region (98.5–106.5°E, 33.5–38.8°N); check its coordinates or set beyond_region to yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the id &quot;%2&quot; is empty or used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the name %2 is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unsupported geometry type %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot store the item: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanVocabulary</name>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metropolitan area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demonstration zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ecological corridor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ecological zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Railway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pumped-storage station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logistics hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonded zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industrial park</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tourism area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Construction starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accelerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparatory work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed by 2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect and restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Develop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surveyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approximate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schematic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostgisProjectStore</name>
    <message>
        <source>%1 holds project schema version %2, which no Lanxi Atlas wrote to a server; publish the project again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not empty (%2 tables): a project is published only into an empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no Lanxi Atlas project (it has no lx_meta table); publish one there with: lanxi-atlas publish --project FILE.gpkg --to CONNECTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds project schema version 6 and must be upgraded to %2, which failed; nothing was changed. The user who published the project can upgrade it by opening it once. (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostgresConninfo</name>
    <message>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a PostgreSQL connection: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL connection %1 names no database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostgresDatabase</name>
    <message>
        <source>database %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to PostgreSQL: out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error in %1: %2 (in: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot encrypt the password for %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen to %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost the connection to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintLayout</name>
    <message>
        <source>not a Lanxi Atlas layout (no &quot;format&quot;: &quot;lanxi-layout&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written by a newer Lanxi Atlas (layout format %1; this version reads up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two items have the id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read layout file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid layout file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write layout file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintProjectData</name>
    <message>
        <source>No atlas coverage &quot;%1&quot;: not a layer of the project (%2), not &quot;%3&quot;, not a table of the project file and not a file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintTemplates</name>
    <message>
        <source>%1: the layout template &quot;%2&quot; is not valid JSON: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A layout template needs a name to be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No layout template &quot;%1&quot;; there are: %2 (or give a .json file)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>%1: invalid extent &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan catalog: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1: the scale range 1:%2 (zoomed out) to 1:%3 (zoomed in) is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no thematic map &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the project: %1 lets only its administrators change layers, styles and bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the project: the project file %1 is read-only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectDatabase</name>
    <message>
        <source>Project file not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Lanxi Atlas project: it is not a GeoPackage (SQLite) file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses the older project schema version %2 and must be upgraded; open it for writing once to upgrade it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Lanxi Atlas project: it is an SQLite file but not a GeoPackage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a GeoPackage but not a Lanxi Atlas project (it has no %2 table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no upgrade exists from project schema version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read project file %1: permission denied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectTransfer</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no feature table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy the feature table %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying layers, styles, catalog, bookmarks, layouts and history …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granting the team roles …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenderCommand</name>
    <message>
        <source>Invalid --size &quot;%1&quot;: expected WIDTHxHEIGHT in pixels, e.g. 1600x1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid --extent &quot;%1&quot;: expected minx,miny,maxx,maxy with min &lt; max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renders the map of a project to a PNG image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project file (default: the bundled project).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output image (.png).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image size in pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map extent in the CRS: minx,miny,maxx,maxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map CRS, e.g. EPSG:4523 (default: the project&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output resolution (symbol and label sizes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>render: --out FILE.png is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid --dpi &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More --style than --layer options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A GDAL layer to draw, DATASET:LAYER or DATASET (repeatable; without a project). Drawn in the order given, first at the bottom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An SLD file for the --layer at the same position (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--layer draws without a project: leave out --project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to draw: the extent is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevertFeatureCommand</name>
    <message>
        <source>Revert feature</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveConflict</name>
    <message>
        <source>%1 #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 #%2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside Lanxi Atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1 at %2 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was saved: %n feature(s) changed in the file since you began editing them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was changed %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was deleted %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your edits are kept: take their version or keep yours for each feature, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScaleBarItem</name>
    <message>
        <source>Scale bar &quot;%1&quot;: no map frame &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>m</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SldReader</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2, &lt;%3&gt;: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an SLD document (expected &lt;StyledLayerDescriptor&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document has no UserStyle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SplitFeatureCommand</name>
    <message>
        <source>Split feature</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlProjectStore</name>
    <message>
        <source>%1 was written by a newer Lanxi Atlas (project schema version %2; this version reads up to %3). Update Lanxi Atlas to open it; the project was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no valid schema_version in lx_meta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the style of layer %2 is not valid JSON: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteDatabase</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error in %1: %2 (in: %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StyleClassifier</name>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamRoles</name>
    <message>
        <source>Cannot grant %1 on %2 in %3: there is no such table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user needs a name (in %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set the password of %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowTitle</name>
    <message>
        <source>viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lanxi Atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Lanxi Atlas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::AddLayerDialog</name>
    <message>
        <source>none — to be set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — unknown to PROJ, to be set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geometry of the CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WKT column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X / Y columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Vector Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file, or a PostGIS connection: PG:dbname=… host=… user=…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file (this GDAL build cannot connect to PostGIS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No geometry: choose the columns that hold it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A table without geometry cannot be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no vector layers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No known coordinate reference system: %1. You will be asked which CRS their coordinates are in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::AttributeTableDock</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s), %1 selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Attribute table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the features whose text contains what you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to selection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::BookmarksMenu</name>
    <message>
        <source>&amp;Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Bookmark…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Bookmark…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of this view:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::CategorizedStylePage</name>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Classify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::CoordinateStatus</name>
    <message>
        <source>outside the valid area of the map CRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lon %1° Lat %2°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GK zone %1 (EPSG:%2): E %3 m  N %4 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale 1:%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::CrsSelector</name>
    <message>
        <source>WGS 84 经纬度 · WGS 84 lon/lat (EPSG:4326)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CGCS2000 经纬度 · CGCS2000 lon/lat (EPSG:4490)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CGCS2000 / 3° GK 34 带 · zone 34, 102°E (EPSG:4522)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CGCS2000 / 3° GK 35 带 · zone 35, 105°E (EPSG:4523)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CGCS2000 / 3° GK 中央经线 102°E · CM 102°E (EPSG:4543)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CGCS2000 / 3° GK 中央经线 105°E · CM 105°E (EPSG:4544)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web 墨卡托 · Web Mercator (EPSG:3857)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EPSG code, PROJ string or WKT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::DrawTool</name>
    <message>
        <source>Segment: %1, bearing %2°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ring area: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::DrawingTools</name>
    <message>
        <source>Snap to layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tolerance: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Pol&amp;ygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start another part of the feature (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Hole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a hole in the current polygon (H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the feature (Enter or double click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertex by Coordinates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snap to vertices, segments and intersections of the visible layers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::EcologicalDock</name>
    <message>
        <source>%1 ha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project to check footprints against its ecological zones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a footprint to see the ecological zones it crosses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The footprint crosses no ecological zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The footprint crosses %n ecological zone(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Ecological Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::EditController</name>
    <message>
        <source>Discard edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop all unsaved edits?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the edits to the project (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layer new features go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate Feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertex Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Footprints…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot edit the layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no layer for this kind of geometry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has unsaved edits. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1 has edits that were not saved when the application last stopped. Recover them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot recover the edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan layer by shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no layer %1 to import into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1 has unsaved edits: save or discard them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::FeatureAttributeForm</name>
    <message>
        <source>Attributes of the new feature in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a year, e.g. 2035</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (unknown task)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::GraduatedStylePage</name>
    <message>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equal interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantile (equal count)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Natural breaks (Jenks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour ramp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Classify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot classify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; holds no numbers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::HistoryDock</name>
    <message>
        <source>Feature History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert to This Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a saved feature to see its versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, feature %2: %n version(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app::IdentifyDock</name>
    <message>
        <source>Also called: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schematic only: drawn to show the plan&apos;s intent, not where it will be built. Not surveyed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approximate position, not surveyed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the agglomeration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also responsible:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a feature on the map to see what the plan says about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identify</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::ImportFootprintsDialog</name>
    <message>
        <source>Import the valid features when others are refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Footprints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan points (plan_point)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan lines (plan_line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan areas (plan_area)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(from the source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind when missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status when missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vector data (*.geojson *.json *.kml *.shp *.dxf *.gpkg *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 imported, %2 refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written: %1 feature(s) refused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::LabelStylePage</name>
    <message>
        <source>&amp;Label features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels of higher priority are placed first and win collisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Halo colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Halo width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::LayerController</name>
    <message>
        <source>Cannot change the layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the map CRS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::LayerCrsDialog</name>
    <message>
        <source>Set Layer CRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer Without a Known CRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer “%1” of %2 has no coordinate reference system, so Lanxi Atlas cannot tell where it lies. Choose the CRS its coordinates are in; lon/lat in degrees is usually WGS 84 (EPSG:4326).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer “%1” of %2 declares a coordinate reference system that PROJ does not know (“%3”). Choose the CRS its coordinates are in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRS the coordinates of layer “%1” of %2 are in. It replaces what the data declares (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::LayersDock</name>
    <message>
        <source>This layer&apos;s data could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This layer&apos;s data could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shown at this scale (shown from %1 to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zoom to Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opacity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scale Range…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;CRS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to change the symbol and label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tyle…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::LayoutDialog</name>
    <message>
        <source>Print Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only what the map shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save in Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Template File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Template File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale Bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>North Arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a %1 item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected items (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align Bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the selected items, or one item on the page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the project&apos;s layout templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the template %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Map Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;SVG (*.svg);;PNG with world file (*.png);;TIFF with world file (*.tif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layout was exported with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot print the layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Template in Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Template File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout templates (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Template File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;Layout…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::LayoutItemPanel</name>
    <message>
        <source> mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kilometres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternating boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xmin, ymin, xmax, ymax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bar style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Font Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Scale Bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Map Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Map Extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Map Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Map CRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the extent as xmin, ymin, xmax, ymax</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::LayoutView</name>
    <message>
        <source>Move Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize Item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::LiveRefresh</name>
    <message>
        <source>What others save will not show until the project is opened again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost the connection to the project; trying again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the project again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 saved %n feature(s) in %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Map Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full Extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Lanxi Atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some layers could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lanxi Atlas projects (*.gpkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Map Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Lanxi Atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Lanxi Atlas&lt;/b&gt; — the planning workstation for the Lanzhou–Xining urban agglomeration.&lt;br&gt;Base map: DCW-GMT and GSHHG/WDBII (LGPL-3+).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse and Identify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure &amp;Distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure &amp;Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Vector Layer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map coordinate reference system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Team Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s layers changed elsewhere; they are reloaded once you save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s layers changed elsewhere and were reloaded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::MeasureTool</name>
    <message>
        <source>Area: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment: %1, bearing %2°</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::OpacityDialog</name>
    <message>
        <source>Layer Opacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opacity of “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::OpenTeamProjectDialog</name>
    <message>
        <source>Open Team Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postgresql://user@host/database or PG:dbname=…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For experts: any connection libpq accepts. When given, it replaces host, port, database and user; the password above is added unless it names one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project shared by the team on a PostgreSQL/PostGIS server. What you may change depends on your role: viewer, analyst or administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connection string:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection string is not one PostgreSQL understands, or it names no database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the database of the team project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These fields do not make a PostgreSQL connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::PlanFilterDock</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead departments only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 items match</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::RuleStylePage</name>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From 1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To 1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters such as kind = &apos;railway&apos; AND status IN (&apos;build&apos;, &apos;accelerate&apos;); an empty filter matches all, ELSE what no other rule matched. Scales: zoomed in from 1:… to 1:… zoomed out, empty for no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot;: &quot;%2&quot; is not a scale denominator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::SaveConflictDialog</name>
    <message>
        <source>Edits in conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: these features changed in the file since you began editing them. Your edits are kept. Choose for each feature whose version to keep, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine (delete it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply and Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show on Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashed: their version; solid: my version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::ScaleRangeDialog</name>
    <message>
        <source>Hide when zoomed out beyond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide when zoomed in beyond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale Range of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zoomed-out limit must be a larger denominator than the zoomed-in one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::SearchBox</name>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No match in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search places and projects…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::SelectionActions</name>
    <message>
        <source>Export Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vector files (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Attributes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the attributes of the selected feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Features…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the selected features of the edited layer, or the whole layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no layer to export.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::SelectionEditActions</name>
    <message>
        <source>Delete Selected Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Selected Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split With Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next line drawn cuts the selected features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reshape With Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next line drawn reshapes the selected feature: crossing a polygon&apos;s outline twice, or crossing a line twice (the part between is replaced) or starting or ending on it (the line is redrawn from there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the features to split first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reshape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one polygon or line to reshape first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::StyleController</name>
    <message>
        <source>Cannot change the style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot apply the thematic map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::StyleDialog</name>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Style — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule-based</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbol (also for features in no class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Style:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown from (zoomed in) 1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to (zoomed out) 1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import SLD…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export SLD…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layer would show at no scale: 1:%1 is not more zoomed in than 1:%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Styled Layer Descriptor (*.sld *.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import the style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Styled Layer Descriptor (*.sld)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the style</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::SymbolClassList</name>
    <message>
        <source>Symbol</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::SymbolDialog</name>
    <message>
        <source>Symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend label:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::SymbolEditor</name>
    <message>
        <source>Circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Square</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triangle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Star</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diamond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Icon: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dotted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dash-dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dash-dot-dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizontal lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertical lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward diagonal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backward diagonal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagonal cross</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stroke colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stroke width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stroke style:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill opacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill pattern:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marker size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::ThemeMenu</name>
    <message>
        <source>T&amp;heme</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::VertexInputDialog</name>
    <message>
        <source>Add Vertex by Coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude / latitude (degrees)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gauss–Krüger 3° zone (CGCS2000, metres)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Vertex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude (°E):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude (°N):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easting (m):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Northing (m):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The easting %1 carries zone %2, not the chosen zone %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easting %1, northing %2 lie outside Gauss–Krüger zone %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::cli</name>
    <message>
        <source>Builds the default project from the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder (basemap/, plan/).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lanxi-atlas: no display to open the workstation on. Headless commands: render, catalog, build-project (lanxi-atlas help).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports a layer of a project, or the features a filter selects, to a new file; the format follows the extension: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layer (table) to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An SQL filter, e.g. &quot;kind = &apos;airport&apos;&quot; (default: every feature).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write; it must not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs --project FILE --layer NAME and one OUT file (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 feature(s) written to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports footprints from GeoJSON, KML, Shapefile, DXF, GeoPackage or CSV (a WKT column, or x/y or lon/lat columns) into a layer of a project, reprojected to the layer&apos;s CRS. Every feature is validated (geometry, and the plan attributes on plan layers) and reported as imported or refused with the reason. The import is one transaction recorded in the history: when any feature is refused, NOTHING is written and the exit code is 3, unless --skip-invalid, which writes the valid features (exit code still 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file (its lx_history records the import).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target layer: plan_point, plan_line, plan_area, or a table of the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this layer of the source (default: all of them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRS of a source that declares none, e.g. EPSG:4326 (default: the layer&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value for a field the source lacks, e.g. kind=airport (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the valid features even when others are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs --project FILE --layer NAME and one SOURCE file (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--set takes FIELD=VALUE, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: imported as feature %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: valid, not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: refused: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 feature(s) imported, %2 refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing written: %1 feature(s) refused (use --skip-invalid to import the %2 valid one(s)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks a team project out into a new project file for work offline: every feature, attribute, style, layout, bookmark and history row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team project: postgresql://USER@HOST/DB or PG:…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new project file; it must not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs --from CONNECTION and --out FILE.gpkg (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked out to %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishes a project file for a team: copies its feature tables, layers, styles, plan catalog, bookmarks, layouts and history into an empty PostgreSQL database with PostGIS, and grants the team roles (lanxi_viewer, lanxi_analyst, lanxi_admin) on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file to publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The empty database: postgresql://USER@HOST/DB or PG:…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs --project FILE and --to CONNECTION (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::EditSession</name>
    <message>
        <source>Layer %1 has no feature %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature %1 has no geometry to split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select at least two features to merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature %1 has no geometry to merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the history in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery journal %1 no longer matches layer %2: feature %3 was changed since. The journal was left in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature %1 has no geometry to reshape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may only view %1: your account cannot save edits. Ask an administrator for the analyst role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature %1 of layer %2 has no pending edit to resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another feature of the project has the item id %1; item ids are unique</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::ProjectChangeWatcher</name>
    <message>
        <source>Cannot follow the changes of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gis::CoordinateTransform</name>
    <message>
        <source>No transformation from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gis::Crs</name>
    <message>
        <source>Unknown coordinate reference system &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gis::FeatureTableModel</name>
    <message>
        <source>Cannot read table %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n byte(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gis::GeometryPainter</name>
    <message>
        <source>Cannot read the SVG marker %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gis::LayerRenderer</name>
    <message>
        <source>Layer %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gis::LayoutItem</name>
    <message>
        <source>Unknown layout item type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout item &quot;%1&quot;: rect_mm must be [x, y, width, height] in millimetres</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gis::MapRenderer</name>
    <message>
        <source>Layer %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gis::OgrFeatureSource</name>
    <message>
        <source>Layer %1 of %2 has no coordinate reference system</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gis::PageSetup</name>
    <message>
        <source>Unknown paper size &quot;%1&quot; (expected A4 to A0 or custom)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown page orientation &quot;%1&quot; (expected portrait or landscape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom page needs width_mm and height_mm between 10 and 5000</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gis::RasterRenderer</name>
    <message>
        <source>Cannot warp raster %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read warped raster %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raster %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gis::RasterSource</name>
    <message>
        <source>Raster %1 has no coordinate reference system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raster %1 has no georeferencing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raster %1 has no bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open raster %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gis::RasterStyle</name>
    <message>
        <source>Unknown raster rendering &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid colour &quot;%1&quot; in a colour ramp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colour ramp stop has no numeric value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gis::SldStyleIo</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLD text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gis::Style</name>
    <message>
        <source>Unknown marker shape &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid colour &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown hatch &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown label placement &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
