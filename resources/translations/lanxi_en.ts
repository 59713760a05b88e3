<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
    <name>DefaultProjectBuilder</name>
    <message>
        <source>Cannot create table %1: %2</source>
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
        <source>%1: unsupported geometry type %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot store the item: %2</source>
        <translation type="unfinished"></translation>
    </message>
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
    <name>app::LayersDock</name>
    <message>
        <source>This layer&apos;s data could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers</source>
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
       lanxi-atlas build-project [options]   build the default project from data/
Run a command with --help for its options.
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
    <name>gis::LayerRenderer</name>
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
    <name>gis::Style</name>
    <message>
        <source>Unknown marker shape &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid colour &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
