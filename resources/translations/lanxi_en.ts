<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
    <name>FeatureFilter</name>
    <message>
        <source>Malformed filter: an operator has the wrong number of operands</source>
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
        <source>Cannot change the layers: the project file %1 is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1: the scale range 1:%2 (zoomed out) to 1:%3 (zoomed in) is empty</source>
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
        <source>Cannot read project file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Lanxi Atlas project: it is not a GeoPackage (SQLite) file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Lanxi Atlas (project schema version %2; this version reads up to %3). Update Lanxi Atlas to open it; the file was not changed.</source>
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
        <source>%1 has no valid schema_version in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the style of layer %2 is not valid JSON: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no upgrade exists from project schema version %2</source>
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
        <source>Lanxi Atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Lanxi Atlas</source>
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
        <source>Usage: lanxi-atlas [PROJECT.gpkg]            open the workstation
       lanxi-atlas render [options]          render a map to PNG without a display
       lanxi-atlas catalog [options]         list the plan catalog as CSV or JSON
       lanxi-atlas build-project [options]   build the default project from data/
Run a command with --help for its options.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lanxi-atlas: no display to open the workstation on. Headless commands: render, catalog, build-project (lanxi-atlas help).
</source>
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
        <source>Cannot read table %1 of %2: the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read table %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such table</source>
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
</context>
</TS>
