// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/sld_style_io.h"
#include "gis/error.h"
#include "tests/support/test_files.h"

#include <catch2/catch.hpp>

#include <QFileInfo>

namespace {

/// What a style draws a feature with, in order, as comparable text (sizes to 0.01 mm).
QStringList decisions(const gis::Style& style, const QVariantMap& attributes, double scale = 0) {
    std::vector<const gis::Symbol*> symbols;
    style.symbolsFor(gis::AttributeLookup(attributes), scale, symbols);
    QStringList out;
    for (const gis::Symbol* s : symbols) {
        const bool stroked = s->strokeStyle != Qt::NoPen && s->strokeColor.alpha() > 0;
        out << QStringLiteral("fill %1 hatch %2 stroke %3 %4 %5 marker %6 %7 %8")
                   .arg(s->fillColor.name(QColor::HexArgb))
                   .arg(int(s->hatch))
                   .arg(stroked ? s->strokeColor.name(QColor::HexArgb) : QStringLiteral("none"))
                   .arg(stroked ? s->strokeWidthMm : 0, 0, 'f', 2)
                   .arg(stroked ? int(s->strokeStyle) : 0)
                   .arg(int(s->markerShape))
                   .arg(s->markerSizeMm, 0, 'f', 2)
                   .arg(s->svgMarker);
    }
    return out;
}

gis::Symbol symbol(const QColor& fill, const QColor& stroke, double widthMm,
                   Qt::PenStyle style = Qt::SolidLine) {
    gis::Symbol s;
    s.fillColor = fill;
    s.strokeColor = stroke;
    s.strokeWidthMm = widthMm;
    s.strokeStyle = style;
    return s;
}

void checkSameDecisions(const gis::Style& a, const gis::Style& b,
                        const std::vector<QVariantMap>& samples,
                        const std::vector<double>& scales = {0}) {
    for (const QVariantMap& sample : samples) {
        for (double scale : scales) {
            INFO(QStringList(sample.keys()).join(',').toStdString() << " at 1:" << scale);
            CHECK(decisions(b, sample, scale) == decisions(a, sample, scale));
        }
    }
}

}  // namespace

TEST_CASE("A categorized point style survives SLD and reads back as rules", "[gis][sld]") {
    gis::Style style;
    style.defaultSymbol = symbol(QColor(120, 90, 160), Qt::white, 0.28);
    style.defaultSymbol.markerShape = gis::MarkerShape::Diamond;
    style.categoryField = "kind";
    gis::Symbol airport = symbol(QColor(40, 110, 190), Qt::white, 0.28);
    airport.svgMarker = ":/markers/airport.svg";
    airport.markerSizeMm = 5.6;
    gis::Symbol station = symbol(QColor(150, 80, 170, 128), QColor(0, 0, 0, 51), 0.56);
    station.markerShape = gis::MarkerShape::Star;
    station.markerSizeMm = 4.2;
    style.categories = {{"airport", "机场", airport}, {"power_station", "电站", station}};
    style.label.enabled = true;
    style.label.field = "name_zh";
    style.label.bold = true;
    style.label.fontSizePt = 10;
    style.label.haloWidthMm = 0.56;

    const QString xml = gis::writeSld(style, "plan_projects", gis::GeometryKind::Point);
    CHECK(xml.contains("<se:PointSymbolizer>"));
    CHECK(xml.contains("xlink:href=\":/markers/airport.svg\""));
    CHECK(xml.contains("<se:ElseFilter/>"));
    const gis::Style back = gis::readSldFromString(xml);
    CHECK(back.kind() == gis::StyleKind::RuleBased);
    REQUIRE(back.rules.size() == 3);
    CHECK(back.rules[0].label == "机场");
    CHECK(back.rules[0].filter.expression() == "kind = 'airport'");
    checkSameDecisions(
        style, back, {{{"kind", "airport"}}, {{"kind", "power_station"}}, {{"kind", "city"}}, {}});
    CHECK(back.label.enabled);
    CHECK(back.label.field == "name_zh");
    CHECK(back.label.bold);
    CHECK(back.label.fontSizePt == Approx(10).epsilon(0.01));
    CHECK(back.label.haloWidthMm == Approx(0.56));
    CHECK(back.requiredColumns() == QStringList{"kind", "name_zh"});
}

TEST_CASE("A graduated polygon style with hatches, dashes and scales survives SLD", "[gis][sld]") {
    gis::Style style;
    style.defaultSymbol = symbol(Qt::lightGray, Qt::darkGray, 0.26);
    style.graduatedField = "density";
    gis::Symbol hatched = symbol(QColor(46, 139, 62), QColor(46, 139, 62), 0.5, Qt::DashLine);
    hatched.hatch = gis::Hatch::Cross;
    style.classes = {
        {0, 100.5, "sparse", symbol(QColor(255, 245, 235), Qt::black, 0.2)},
        {100.5, 1000, "medium", hatched},
        {1000, 25000, "dense", symbol(QColor(127, 39, 4), Qt::black, 0.2, Qt::DotLine)}};
    style.scaleRange = {10000, 3000000};

    const gis::Style back =
        gis::readSldFromString(gis::writeSld(style, "districts", gis::GeometryKind::Polygon));
    checkSameDecisions(style, back,
                       {{{"density", 0}},
                        {{"density", 100.4}},
                        {{"density", 100.5}},
                        {{"density", 25000}},
                        {{"density", 25001}},
                        {{"density", QVariant()}}},
                       {0, 5000, 10000, 500000, 3000000});
    REQUIRE(back.rules.size() == 4);
    CHECK(back.rules[1].symbol.hatch == gis::Hatch::Cross);
    CHECK(back.rules[0].scaleRange == gis::ScaleRange{10000, 3000000});
}

TEST_CASE("Rule-based styles with every filter form survive SLD", "[gis][sld]") {
    gis::Style style;
    const auto rule = [](const char* expression, const QColor& color, gis::ScaleRange range = {}) {
        return gis::StyleRule{expression, gis::FeatureFilter::parse(expression), range,
                              symbol(Qt::transparent, color, 0.5)};
    };
    style.rules = {rule("kind IN ('railway', 'highway') AND NOT lanes < 4", Qt::red),
                   rule("name LIKE '兰州%' OR name IS NULL", Qt::blue, {0, 250000}),
                   rule("speed BETWEEN 200 AND 350 AND code <> '007'", Qt::green, {25000, 0}),
                   rule("kind NOT IN ('path') AND \"设计速度\" >= 80.5", Qt::black)};
    style.rules.push_back({"rest", {}, {}, symbol(Qt::transparent, Qt::gray, 0.2), true});
    const gis::Style back =
        gis::readSldFromString(gis::writeSld(style, "roads", gis::GeometryKind::Line));
    REQUIRE(back.rules.size() == style.rules.size());
    for (size_t i = 0; i < style.rules.size(); ++i) {
        CHECK(back.rules[i].filter.fields() == style.rules[i].filter.fields());
    }
    checkSameDecisions(style, back,
                       {{{"kind", "railway"}, {"lanes", 2}, {"name", "兰州西站"}},
                        {{"kind", "highway"}, {"lanes", 6}, {"speed", 300}, {"code", "007"}},
                        {{"kind", "path"}, {"name", "x"}, {"speed", 350}, {"code", "7"}},
                        {{"kind", "road"}, {"name", "y"}, {"设计速度", 100}},
                        {{"kind", "road"}, {"name", "y"}, {"设计速度", 80}},
                        {}},
                       {0, 10000, 100000, 1000000});
}

TEST_CASE("A QGIS SLD file reads into rules, hatches and labels", "[gis][sld]") {
    const gis::Style style = gis::readSld(tests::testDataPath("styles/qgis_land_use.sld"));
    REQUIRE(style.rules.size() == 5);
    const gis::StyleRule& urban = style.rules[0];
    CHECK(urban.label == "城镇建设用地");
    CHECK(urban.symbol.fillColor == QColor("#e07b39"));
    CHECK(urban.symbol.strokeColor == QColor("#232323"));
    CHECK(urban.symbol.strokeWidthMm == Approx(0.28));
    const gis::Symbol& ecology = style.rules[1].symbol;
    CHECK(ecology.hatch == gis::Hatch::Slash);
    CHECK(ecology.fillColor == QColor("#2e8b3e"));
    CHECK(ecology.strokeStyle == Qt::DashLine);
    CHECK(ecology.strokeWidthMm == Approx(0.56));
    const gis::Symbol& water = style.rules[2].symbol;
    CHECK(water.fillColor.alpha() == 128);
    CHECK(water.strokeStyle == Qt::NoPen);
    const gis::StyleRule& large = style.rules[3];
    CHECK(large.scaleRange == gis::ScaleRange{50000, 5000000});
    CHECK(large.symbol.fillColor.alpha() == 0);
    CHECK(large.symbol.strokeStyle == Qt::DotLine);
    CHECK(large.symbol.strokeColor.alphaF() == Approx(0.8).margin(0.01));
    CHECK(style.rules[4].isElse);

    CHECK(decisions(style, {{"class", "river"}}) == decisions(style, {{"class", "lake"}}));
    CHECK(decisions(style, {{"class", "urban"}, {"area_km2", 500}}, 100000).size() == 2);
    CHECK(decisions(style, {{"class", "urban"}, {"area_km2", 500}}, 10000).size() == 1);
    CHECK(decisions(style, {{"class", "farm"}}) ==
          QStringList{decisions(style, {{"class", QVariant()}}).front()});

    CHECK(style.label.enabled);
    CHECK(style.label.field == "name");
    CHECK(style.label.fontFamily == "Noto Sans CJK SC");
    CHECK(style.label.fontSizePt == Approx(13 * 0.28 / (25.4 / 72)));
    CHECK(style.label.bold);
    CHECK(style.label.haloColor == QColor("#fafafa"));
    CHECK(style.label.haloWidthMm == Approx(0.56));
    CHECK(style.label.color == QColor("#323232"));
    CHECK(style.requiredColumns() == QStringList{"class", "area_km2", "name"});
}

TEST_CASE("A GeoServer SLD 1.0 file reads, with relative SVG paths resolved", "[gis][sld]") {
    const gis::Style style = gis::readSld(tests::testDataPath("styles/geoserver_projects.sld"));
    REQUIRE(style.rules.size() == 3);
    CHECK(style.rules[0].label == "Airports");
    CHECK(style.rules[0].filter.expression() == "kind LIKE 'air%'");
    const QString svg = style.rules[0].symbol.svgMarker;
    CHECK(QFileInfo(svg).isAbsolute());
    CHECK(QFileInfo::exists(svg));
    CHECK(svg.endsWith("resources/markers/airport.svg"));
    CHECK(style.rules[0].symbol.markerSizeMm == Approx(20 * 0.28));
    const gis::Symbol& station = style.rules[1].symbol;
    CHECK(station.markerShape == gis::MarkerShape::Diamond);
    CHECK(station.fillColor == QColor("#8e44ad"));
    CHECK(station.strokeColor == QColor(Qt::white));
    CHECK(station.markerSizeMm == Approx(14 * 0.28));
    CHECK(style.rules[1].scaleRange.maxDenominator == 2000000);
    CHECK(style.rules[1].filter.expression() ==
          "kind = 'power_station' AND capacity_mw BETWEEN 1000 AND 5000");
    CHECK(style.rules[2].symbol.fillColor == QColor(128, 128, 128));
    // Every matching rule draws: an airport gets its icon and the catch-all dot.
    CHECK(decisions(style, {{"kind", "airport"}}).size() == 2);
    CHECK(decisions(style, {{"kind", "power_station"}, {"capacity_mw", 1200}}, 1e6).size() == 2);
    CHECK(decisions(style, {{"kind", "power_station"}, {"capacity_mw", 1200}}, 3e6).size() == 1);
    CHECK_FALSE(style.label.enabled);
}

TEST_CASE("Bad SLD names the file, the line and the element", "[gis][sld]") {
    CHECK_THROWS_WITH(gis::readSldFromString("<StyledLayerDescriptor><NamedLayer>", "broken.sld"),
                      Catch::Contains("broken.sld") && Catch::Contains("line 1"));
    CHECK_THROWS_WITH(gis::readSldFromString("<svg/>", "a.sld"),
                      Catch::Contains("a.sld") && Catch::Contains("StyledLayerDescriptor"));
    CHECK_THROWS_WITH(gis::readSldFromString("<StyledLayerDescriptor/>", "empty.sld"),
                      Catch::Contains("UserStyle"));
    const QString badColour = R"(<StyledLayerDescriptor><NamedLayer><UserStyle>
<FeatureTypeStyle><Rule><LineSymbolizer><Stroke>
<CssParameter name="stroke">#zzzzzz</CssParameter>
</Stroke></LineSymbolizer></Rule></FeatureTypeStyle></UserStyle></NamedLayer>
</StyledLayerDescriptor>)";
    CHECK_THROWS_WITH(gis::readSldFromString(badColour, "colour.sld"),
                      Catch::Contains("colour.sld, line 3") && Catch::Contains("CssParameter") &&
                          Catch::Contains("#zzzzzz"));
    const QString spatial = R"(<StyledLayerDescriptor><NamedLayer><UserStyle>
<FeatureTypeStyle><Rule><ogc:Filter xmlns:ogc="http://www.opengis.net/ogc">
<ogc:BBOX><ogc:PropertyName>geom</ogc:PropertyName></ogc:BBOX>
</ogc:Filter></Rule></FeatureTypeStyle></UserStyle></NamedLayer></StyledLayerDescriptor>)";
    CHECK_THROWS_WITH(gis::readSldFromString(spatial, "bbox.sld"),
                      Catch::Contains("bbox.sld, line 3") && Catch::Contains("BBOX"));
    CHECK_THROWS_WITH(gis::readSld("/nonexistent/style.sld"),
                      Catch::Contains("/nonexistent/style.sld"));
}

TEST_CASE("An SLD file written to disk reads back the same", "[gis][sld]") {
    tests::ScratchDir scratch;
    const QString path = scratch.file("single.sld");
    gis::Style style;
    style.defaultSymbol =
        symbol(QColor(236, 231, 218), QColor(140, 120, 105), 0.5, Qt::DashDotLine);
    gis::writeSldFile(style, "provinces", gis::GeometryKind::Polygon, path);
    const gis::Style back = gis::readSld(path);
    REQUIRE(back.rules.size() == 1);
    checkSameDecisions(style, back, {{{"name", "甘肃"}}});
    CHECK_THROWS_WITH(gis::writeSldFile(style, "x", gis::GeometryKind::Polygon,
                                        scratch.file("missing/dir/x.sld")),
                      Catch::Contains("missing/dir/x.sld"));
}

TEST_CASE("Labels placed along lines survive SLD as a LinePlacement", "[gis][sld][labels]") {
    gis::Style style;
    style.defaultSymbol = symbol(Qt::transparent, QColor(95, 150, 200), 0.7);
    style.label.enabled = true;
    style.label.field = "name";
    style.label.placement = gis::LabelPlacement::AlongLine;
    const QString xml = gis::writeSld(style, "rivers", gis::GeometryKind::Line);
    // SE 1.1 order inside a TextSymbolizer: Label, Font, LabelPlacement, Halo, Fill.
    CHECK(xml.indexOf("<se:LabelPlacement>") > xml.indexOf("</se:Font>"));
    CHECK(xml.indexOf("<se:LinePlacement>") > xml.indexOf("<se:LabelPlacement>"));
    CHECK(xml.indexOf("<se:Halo>") > xml.indexOf("</se:LabelPlacement>"));
    const gis::Style back = gis::readSldFromString(xml, "rivers.sld");
    CHECK(back.label.enabled);
    CHECK(back.label.field == "name");
    CHECK(back.label.placement == gis::LabelPlacement::AlongLine);

    style.label.placement = gis::LabelPlacement::Horizontal;
    const QString horizontal = gis::writeSld(style, "rivers", gis::GeometryKind::Line);
    CHECK_FALSE(horizontal.contains("LinePlacement"));
    CHECK(gis::readSldFromString(horizontal, "h.sld").label.placement ==
          gis::LabelPlacement::Horizontal);
}

TEST_CASE("SLD 1.0 label placements read as along lines or horizontal", "[gis][sld][labels]") {
    const auto placement = [](const QString& inner) {
        const QString xml = QStringLiteral(R"(<StyledLayerDescriptor><NamedLayer><UserStyle>
<FeatureTypeStyle><Rule><TextSymbolizer><Label><PropertyName>name</PropertyName></Label>
%1</TextSymbolizer></Rule></FeatureTypeStyle></UserStyle></NamedLayer>
</StyledLayerDescriptor>)")
                                .arg(inner);
        return gis::readSldFromString(xml, "placement.sld").label.placement;
    };
    CHECK(placement("<LabelPlacement><LinePlacement><PerpendicularOffset>4</PerpendicularOffset>"
                    "</LinePlacement></LabelPlacement>") == gis::LabelPlacement::AlongLine);
    CHECK(placement("<LabelPlacement><PointPlacement><AnchorPoint><AnchorPointX>0.5"
                    "</AnchorPointX><AnchorPointY>0.5</AnchorPointY></AnchorPoint>"
                    "</PointPlacement></LabelPlacement>") == gis::LabelPlacement::Horizontal);
    CHECK(placement("") == gis::LabelPlacement::Horizontal);
}
