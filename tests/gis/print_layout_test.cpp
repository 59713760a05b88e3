// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/layout/print_layout.h"
#include "gis/coordinate_transform.h"
#include "gis/error.h"
#include "gis/gdal_environment.h"
#include "gis/handles.h"
#include "gis/layout/layout_data_source.h"
#include "gis/layout/layout_exporter.h"
#include "gis/layout/layout_renderer.h"
#include "gis/layout/legend_item.h"
#include "gis/layout/map_frame_item.h"
#include "gis/layout/north_arrow_item.h"
#include "gis/layout/picture_item.h"
#include "gis/layout/scale_bar_item.h"
#include "gis/layout/shape_item.h"
#include "gis/layout/text_item.h"
#include "gis/ogr/ogr_feature_source.h"
#include "tests/support/pdf_tools.h"
#include "tests/support/test_files.h"

#include <geodesic.h>
#include <proj.h>
#include <catch2/catch.hpp>

#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>

using Catch::Matchers::WithinAbs;
using Catch::Matchers::WithinRel;

namespace {

/// Layers given by the test; coverage is a GDAL dataset path.
class TestData : public gis::LayoutDataSource {
public:
    std::vector<gis::MapLayer> mapLayers;
    gis::Crs crs = gis::Crs::fromEpsg(4543);
    QRectF extent;

    std::vector<gis::MapLayer> layers(const QString&, double) const override { return mapLayers; }
    gis::Crs defaultCrs() const override { return crs; }
    QRectF defaultExtent() const override { return extent; }
    std::shared_ptr<const gis::FeatureSource> coverage(const QString& name,
                                                       const QString& filter) const override {
        return std::make_shared<gis::OgrFeatureSource>(
            gis::OgrLayerAddress{name, {}, filter, {}, {}});
    }
    QString variable(const QString& name) const override {
        return name == "title" ? QStringLiteral("测试工程") : QString();
    }
};

/// Three squares 0.5° wide along 36°N, named 甲区, 乙区, 丙区, written with GDAL.
QString writeDistricts(const tests::ScratchDir& scratch) {
    gis::initializeGdal();
    const QString path = scratch.file("districts.gpkg");
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    REQUIRE(driver);
    gis::GdalDatasetPtr dataset(
        driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    REQUIRE(dataset);
    OGRSpatialReference wgs84;
    wgs84.importFromEPSG(4326);
    OGRLayer* layer = dataset->CreateLayer("district", &wgs84, wkbPolygon, nullptr);
    REQUIRE(layer);
    OGRFieldDefn name("name", OFTString);
    REQUIRE(layer->CreateField(&name) == OGRERR_NONE);
    const char* names[] = {"甲区", "乙区", "丙区"};
    for (int i = 0; i < 3; ++i) {
        OGRFeature feature(layer->GetLayerDefn());
        feature.SetField(0, names[i]);
        OGRLinearRing ring;
        const double x = 102 + i;
        ring.addPoint(x, 35.75);
        ring.addPoint(x + 0.5, 35.75);
        ring.addPoint(x + 0.5, 36.25);
        ring.addPoint(x, 36.25);
        ring.closeRings();
        OGRPolygon polygon;
        polygon.addRing(&ring);
        feature.SetGeometry(&polygon);
        REQUIRE(layer->CreateFeature(&feature) == OGRERR_NONE);
    }
    return path;
}

gis::MapLayer districtLayer(const QString& path) {
    gis::MapLayer layer;
    layer.id = "district";
    layer.name = QStringLiteral("行政区");
    layer.source =
        std::make_shared<gis::OgrFeatureSource>(gis::OgrLayerAddress{path, {}, {}, {}, {}});
    layer.style.defaultSymbol.fillColor = QColor(230, 200, 150);
    layer.style.label.enabled = true;
    layer.style.label.field = "name";
    return layer;
}

/// An A4 landscape page with a map, title, legend, scale bar and north arrow.
gis::PrintLayout sampleLayout() {
    gis::PrintLayout layout;
    layout.name = QStringLiteral("测试布局");
    layout.page.paper = gis::PaperSize::A4;
    auto map = std::make_unique<gis::MapFrameItem>();
    map->id = "map";
    map->rectMm = QRectF(20, 30, 200, 150);
    map->frameVisible = true;
    map->grids.push_back(gis::MapGrid{});
    layout.add(std::move(map));
    auto title = std::make_unique<gis::TextItem>();
    title->id = "title";
    title->rectMm = QRectF(20, 8, 257, 14);
    title->text = QStringLiteral("{title}专题图");
    title->atlasText = QStringLiteral("{atlas.name}专题图");
    title->fontSizePt = 20;
    title->bold = true;
    layout.add(std::move(title));
    auto legend = std::make_unique<gis::LegendItem>();
    legend->id = "legend";
    legend->frameId = "map";
    legend->title = QStringLiteral("图例");
    legend->rectMm = QRectF(228, 30, 55, 60);
    layout.add(std::move(legend));
    auto bar = std::make_unique<gis::ScaleBarItem>();
    bar->id = "bar";
    bar->frameId = "map";
    bar->rectMm = QRectF(228, 150, 60, 16);
    layout.add(std::move(bar));
    auto arrow = std::make_unique<gis::NorthArrowItem>();
    arrow->id = "north";
    arrow->frameId = "map";
    arrow->rectMm = QRectF(228, 100, 12, 20);
    layout.add(std::move(arrow));
    return layout;
}

/// Geodesic metres between two points of `crs`, straight through PROJ (not the engine's code).
double projDistance(const gis::Crs& crs, const QPointF& a, const QPointF& b) {
    PJ_CONTEXT* context = proj_context_create();
    PJ* raw =
        proj_create_crs_to_crs(context, crs.authId().toUtf8().constData(), "EPSG:4326", nullptr);
    PJ* pj = proj_normalize_for_visualization(context, raw);
    const PJ_COORD ga = proj_trans(pj, PJ_FWD, proj_coord(a.x(), a.y(), 0, 0));
    const PJ_COORD gb = proj_trans(pj, PJ_FWD, proj_coord(b.x(), b.y(), 0, 0));
    proj_destroy(pj);
    proj_destroy(raw);
    proj_context_destroy(context);
    geod_geodesic geodesic;
    geod_init(&geodesic, 6378137, 1 / 298.257223563);
    double metres = 0;
    geod_inverse(&geodesic, ga.lp.phi, ga.lp.lam, gb.lp.phi, gb.lp.lam, &metres, nullptr, nullptr);
    return metres;
}

}  // namespace

TEST_CASE("A layout round-trips through JSON with every kind of item", "[gis][layout]") {
    gis::PrintLayout layout = sampleLayout();
    layout.page.paper = gis::PaperSize::Custom;
    layout.page.customSizeMm = QSizeF(500, 300);
    layout.atlas.coverage = "coverage.gpkg";
    layout.atlas.filter = "name <> ''";
    auto picture = std::make_unique<gis::PictureItem>();
    picture->id = "logo";
    picture->path = ":/markers/airport.svg";
    picture->rectMm = QRectF(5, 5, 10, 10);
    layout.add(std::move(picture));
    auto line = std::make_unique<gis::ShapeItem>();
    line->id = "rule";
    line->shape = gis::ShapeItem::Shape::Line;
    line->rectMm = QRectF(20, 25, 257, 0);
    layout.add(std::move(line));
    auto* legend = static_cast<gis::LegendItem*>(layout.item("legend"));
    legend->labels.insert("district", QStringLiteral("区县"));
    legend->order << "district";
    static_cast<gis::MapFrameItem*>(layout.item("map"))->scaleDenominator = 250000;

    const QJsonObject json = layout.toJson();
    const gis::PrintLayout copy = gis::PrintLayout::fromJson(json);
    CHECK(copy.toJson() == json);
    CHECK(copy.items.size() == 7);
    CHECK(copy.page.sizeMm() == QSizeF(500, 300));
    CHECK(static_cast<gis::MapFrameItem*>(copy.item("map"))->crs == gis::Crs());
    CHECK(static_cast<gis::LegendItem*>(copy.item("legend"))->labels.value("district") == "区县");

    // A copy is deep: editing it leaves the original alone.
    gis::PrintLayout edited = layout;
    static_cast<gis::TextItem*>(edited.item("title"))->text = "changed";
    CHECK(static_cast<gis::TextItem*>(layout.item("title"))->text != "changed");

    QJsonObject bad = json;
    QJsonArray items = bad["items"].toArray();
    QJsonObject unknown = items[0].toObject();
    unknown["type"] = "hologram";
    items[0] = unknown;
    bad["items"] = items;
    CHECK_THROWS_WITH(gis::PrintLayout::fromJson(bad), Catch::Contains("hologram"));
}

TEST_CASE("The page sizes are the ISO sizes, oriented", "[gis][layout]") {
    gis::PageSetup page;
    page.paper = gis::PaperSize::A0;
    page.orientation = gis::PageOrientation::Portrait;
    CHECK(page.sizeMm() == QSizeF(841, 1189));
    page.paper = gis::PaperSize::A4;
    page.orientation = gis::PageOrientation::Landscape;
    CHECK(page.sizeMm() == QSizeF(297, 210));
}

TEST_CASE("A frame at an exact scale shows 1:N at its centre", "[gis][layout][scale]") {
    tests::ensureApplication();
    TestData data;
    data.extent = QRectF(QPointF(300000, 3900000), QPointF(500000, 4100000));
    gis::MapFrameItem frame;
    frame.rectMm = QRectF(0, 0, 200, 150);
    frame.scaleDenominator = 500000;
    // Off the central meridian (102°E) the GK scale factor differs from 1: still exact.
    frame.extent = QRectF(QPointF(600000, 3950000), QPointF(700000, 4050000));
    const gis::MapFrameState state = frame.state(300, data, nullptr);
    CHECK_THAT(state.scaleDenominator, WithinRel(500000.0, 0.0005));
    // 200 mm at 1:500 000 is about 100 km of ground.
    CHECK_THAT(state.settings.visibleExtent().width(), WithinRel(100000.0, 0.01));
}

TEST_CASE("The scale bar drawn is as long as its ground length at the map scale",
          "[gis][layout][scale]") {
    tests::ensureApplication();
    TestData data;
    data.extent = QRectF(QPointF(520000, 3900000), QPointF(720000, 4080000));
    gis::PrintLayout layout = sampleLayout();
    const double dpi = 254;  // 10 pixels a millimetre
    const gis::LayoutRenderer renderer(layout, data);
    QImage page(QSize(2970, 2100), QImage::Format_ARGB32_Premultiplied);
    page.setDotsPerMeterX(10000);
    page.setDotsPerMeterY(10000);
    page.fill(Qt::white);
    {
        QPainter painter(&page);
        renderer.render(painter, dpi);
    }
    const auto* bar = static_cast<const gis::ScaleBarItem*>(layout.item("bar"));
    const auto states = renderer.frameStates(dpi, nullptr);
    const gis::MapFrameState& map = states.at("map");
    const gis::ScaleBarItem::Geometry geometry = bar->geometry(map.scaleDenominator);
    REQUIRE(geometry.segments == 4);

    // Measure the drawn bar: the dark pixels across the middle of the bar.
    const int row = int((bar->barOriginMm().y() + 0.8) * 10);
    int first = -1;
    int last = -1;
    for (int x = int(bar->rectMm.left() * 10); x < int(bar->rectMm.right() * 10); ++x) {
        if (qGray(page.pixel(x, row)) < 100) {
            first = first < 0 ? x : first;
            last = x;
        }
    }
    REQUIRE(first >= 0);
    const double drawnMm = (last - first + 1) / 10.0;
    // The same length laid along the map's centre, measured on the ellipsoid with PROJ's geodesic.
    const QPointF center = map.settings.visibleExtent().center();
    const double halfUnits = drawnMm / 2 * dpi / 25.4 * map.settings.mapUnitsPerPixel();
    const double metres = projDistance(map.settings.crs, center - QPointF(halfUnits, 0),
                                       center + QPointF(halfUnits, 0));
    INFO("bar " << drawnMm << " mm for " << geometry.groundMetres << " m; PROJ: " << metres);
    CHECK_THAT(metres, WithinRel(geometry.groundMetres, 0.01));
    CHECK(geometry.kilometres);
}

TEST_CASE("The north arrow points to true north in a Gauss-Kruger frame", "[gis][layout]") {
    gis::MapSettings settings;
    settings.crs = gis::Crs::fromEpsg(4543);  // central meridian 102°E
    settings.outputSize = QSize(1000, 1000);
    const gis::CoordinateTransform toMap(gis::Crs::wgs84(), settings.crs);
    const QPointF center = toMap.transform(QPointF(104.5, 36));
    settings.extent = QRectF(center - QPointF(20000, 20000), QSizeF(40000, 40000));
    // Grid convergence from PROJ's own factors of the projection of EPSG:4543: east of the central
    // meridian true north lies west of grid north.
    PJ* pj = proj_create(nullptr, "+proj=tmerc +lat_0=0 +lon_0=102 +k=1 +x_0=500000 +ellps=GRS80");
    const PJ_FACTORS factors =
        proj_factors(pj, proj_coord(proj_torad(104.5), proj_torad(36), 0, 0));
    proj_destroy(pj);
    const double convergence = proj_todeg(factors.meridian_convergence);
    CHECK(std::abs(convergence) > 1.0);
    CHECK_THAT(gis::NorthArrowItem::trueNorthDegrees(settings), WithinAbs(-convergence, 0.02));
    settings.crs = gis::Crs::wgs84();
    settings.extent = QRectF(103, 35, 2, 2);
    CHECK_THAT(gis::NorthArrowItem::trueNorthDegrees(settings), WithinAbs(0.0, 1e-6));
}

TEST_CASE("An atlas over a polygon layer gives one titled page per feature",
          "[gis][layout][atlas]") {
    tests::ensureApplication();
    tests::ScratchDir scratch;
    const QString districts = writeDistricts(scratch);
    TestData data;
    data.mapLayers = {districtLayer(districts)};
    data.extent = QRectF(QPointF(500000, 3900000), QPointF(800000, 4100000));
    gis::PrintLayout layout = sampleLayout();
    layout.atlas.coverage = districts;
    const std::vector<gis::AtlasPage> pages =
        gis::AtlasPages::read(*data.coverage(districts, {}), layout.atlas);
    REQUIRE(pages.size() == 3);
    CHECK(pages[1].name == QStringLiteral("乙区"));
    CHECK_THAT(pages[1].extent.center().x(), WithinAbs(103.25, 1e-9));

    // The frame follows the page: its view holds the feature with the margin around it.
    const auto states = gis::LayoutRenderer(layout, data).frameStates(100, &pages[2]);
    const QRectF view = gis::CoordinateTransform(gis::Crs::fromEpsg(4543), gis::Crs::wgs84())
                            .transformBounds(states.at("map").settings.visibleExtent());
    CHECK(view.contains(QRectF(104, 35.75, 0.5, 0.5)));
    CHECK(view.width() < 1.2);

    const QString pdf = scratch.file("atlas.pdf");
    const gis::ExportResult result = gis::LayoutExporter(layout, data).exportTo(pdf, 300, pages);
    INFO(result.warnings.join("\n").toStdString());
    CHECK(result.warnings.isEmpty());
    REQUIRE(tests::pdfPageCount(pdf) == 3);
    const char* names[] = {"甲区", "乙区", "丙区"};
    for (int i = 0; i < 3; ++i) {
        const QString text = tests::pdfText(pdf, i + 1);
        INFO("page " << i + 1 << ": " << text.toStdString());
        CHECK(text.contains(QStringLiteral("%1专题图").arg(QString::fromUtf8(names[i]))));
        CHECK(text.contains(QStringLiteral("行政区")));  // the legend
    }

    const gis::ExportResult perPage =
        gis::LayoutExporter(layout, data).exportTo(scratch.file("atlas.svg"), 300, pages);
    REQUIRE(perPage.files.size() == 3);
    CHECK(perPage.files[0].endsWith("atlas-01.svg"));
    CHECK(QImage(perPage.files[2]).width() > 0);

    layout.atlas.nameField = "nom";
    CHECK_THROWS_WITH(gis::AtlasPages::read(*data.coverage(districts, {}), layout.atlas),
                      Catch::Contains("nom"));
}

TEST_CASE("A PNG export is georeferenced by its world file and CRS", "[gis][layout][export]") {
    tests::ensureApplication();
    tests::ScratchDir scratch;
    TestData data;
    data.mapLayers = {districtLayer(writeDistricts(scratch))};
    data.extent = QRectF(QPointF(500000, 3900000), QPointF(800000, 4100000));
    const gis::PrintLayout layout = sampleLayout();
    for (const QString name : {QStringLiteral("map.png"), QStringLiteral("map.tif")}) {
        const QString path = scratch.file(name);
        gis::LayoutExporter exporter(layout, data);
        exporter.exportTo(path, 100, {});
        REQUIRE(QFileInfo::exists(gis::LayoutExporter::worldFilePath(path)));
        gis::GdalDatasetPtr dataset(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_RASTER));
        REQUIRE(dataset);
        CHECK(dataset->GetRasterXSize() == 1169);  // 297 mm at 100 dpi
        double geoTransform[6] = {};
        REQUIRE(dataset->GetGeoTransform(geoTransform) == CE_None);
        // The pixel at the centre of the map frame shows the centre of the frame's view.
        const auto states = gis::LayoutRenderer(layout, data).frameStates(100, nullptr);
        const gis::MapFrameState& map = states.at("map");
        const QPointF pixel = map.rectPixels.center();
        const double x = geoTransform[0] + pixel.x() * geoTransform[1];
        const double y = geoTransform[3] + pixel.y() * geoTransform[5];
        const QPointF expected = map.settings.visibleExtent().center();
        CHECK_THAT(x, WithinAbs(expected.x(), map.settings.mapUnitsPerPixel()));
        CHECK_THAT(y, WithinAbs(expected.y(), map.settings.mapUnitsPerPixel()));
        CHECK_THAT(geoTransform[1], WithinRel(map.settings.mapUnitsPerPixel(), 1e-9));
        const OGRSpatialReference* srs = dataset->GetSpatialRef();
        REQUIRE(srs);
        OGRSpatialReference expectedSrs;
        expectedSrs.importFromEPSG(4543);
        const char* options[] = {"IGNORE_DATA_AXIS_TO_SRS_AXIS_MAPPING=YES", nullptr};
        INFO(name.toStdString() << ": " << srs->GetName());
        CHECK(srs->IsSame(&expectedSrs, options));
    }
    CHECK_THROWS_WITH(gis::LayoutExporter::formatOf("map.bmp"), Catch::Contains("map.bmp"));
}
