// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/snap_index.h"
#include "gis/snap_indexer.h"

#include "gis/coordinate_transform.h"
#include "gis/gdal_environment.h"
#include "gis/handles.h"
#include "gis/ogr/ogr_feature_source.h"
#include "tests/support/test_files.h"

#include <catch2/catch.hpp>

#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <QSignalSpy>

#include <memory>

using Catch::Matchers::WithinAbs;
using gis::SnapKind;

namespace {

/// Writes a GeoPackage layer "lines" in `epsg` with one feature per WKT and opens it as a source.
std::shared_ptr<const gis::FeatureSource> writeLayer(const QString& path, int epsg,
                                                     const std::vector<std::string>& wkts) {
    gis::initializeGdal();
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    REQUIRE(driver);
    {
        gis::GdalDatasetPtr dataset(
            driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
        REQUIRE(dataset);
        OGRSpatialReference srs;
        srs.importFromEPSG(epsg);
        OGRLayer* layer = dataset->CreateLayer("lines", &srs, wkbUnknown, nullptr);
        REQUIRE(layer);
        for (const std::string& wkt : wkts) {
            OGRFeatureUniquePtr feature(OGRFeature::CreateFeature(layer->GetLayerDefn()));
            OGRGeometry* geometry = nullptr;
            REQUIRE(OGRGeometryFactory::createFromWkt(wkt.c_str(), nullptr, &geometry) ==
                    OGRERR_NONE);
            feature->SetGeometryDirectly(geometry);
            REQUIRE(layer->CreateFeature(feature.get()) == OGRERR_NONE);
        }
    }
    return std::make_shared<gis::OgrFeatureSource>(
        gis::OgrLayerAddress{path, QStringLiteral("lines"), {}, {}, {}});
}

/// A road from west to east and a canal from south to north crossing it at (101.05, 36.0),
/// with a separate ring to the north.
std::shared_ptr<const gis::FeatureSource> crossingLines(const tests::ScratchDir& dir) {
    return writeLayer(
        dir.file(QStringLiteral("lines.gpkg")), 4326,
        {"LINESTRING (101.0 36.0, 101.1 36.0)", "LINESTRING (101.05 35.95, 101.05 36.05)",
         "POLYGON ((101.0 36.2, 101.1 36.2, 101.1 36.3, 101.0 36.2))"});
}

const QRectF kView(100.9, 35.9, 0.3, 0.5);

}  // namespace

TEST_CASE("Snapping takes a vertex within the tolerance", "[gis][snap]") {
    tests::ScratchDir dir;
    const auto index = gis::SnapIndex::build({crossingLines(dir)}, gis::Crs::wgs84(), kView);
    REQUIRE(index);
    CHECK(index->vertexCount() == 7);  // the ring's closing point counted once
    CHECK(index->segmentCount() == 5);
    const auto match = index->snap({101.003, 36.002}, 0.005);
    REQUIRE(match);
    CHECK(match->kind == SnapKind::Vertex);
    CHECK(match->point == QPointF(101.0, 36.0));
    CHECK_THAT(match->distance, WithinAbs(std::hypot(0.003, 0.002), 1e-12));
    // A ring vertex.
    const auto ring = index->snap({101.099, 36.299}, 0.005);
    REQUIRE(ring);
    CHECK(ring->point == QPointF(101.1, 36.3));
}

TEST_CASE("Snapping to a segment takes the foot of the perpendicular", "[gis][snap]") {
    tests::ScratchDir dir;
    const auto index = gis::SnapIndex::build({crossingLines(dir)}, gis::Crs::wgs84(), kView);
    const auto match = index->snap({101.02, 36.003}, 0.005);
    REQUIRE(match);
    CHECK(match->kind == SnapKind::Segment);
    CHECK_THAT(match->point.x(), WithinAbs(101.02, 1e-12));
    CHECK_THAT(match->point.y(), WithinAbs(36.0, 1e-12));
    // On the ring's sloping side: the foot is where the perpendicular meets the diagonal.
    const auto diagonal = index->snap({101.052, 36.248}, 0.005);
    REQUIRE(diagonal);
    CHECK(diagonal->kind == SnapKind::Segment);
    CHECK_THAT(diagonal->point.x(), WithinAbs(101.05, 1e-9));
    CHECK_THAT(diagonal->point.y(), WithinAbs(36.25, 1e-9));
}

TEST_CASE("Snapping prefers the intersection of two segments to either segment", "[gis][snap]") {
    tests::ScratchDir dir;
    const auto index = gis::SnapIndex::build({crossingLines(dir)}, gis::Crs::wgs84(), kView);
    const auto match = index->snap({101.052, 36.001}, 0.005);
    REQUIRE(match);
    CHECK(match->kind == SnapKind::Intersection);
    CHECK_THAT(match->point.x(), WithinAbs(101.05, 1e-12));
    CHECK_THAT(match->point.y(), WithinAbs(36.0, 1e-12));
}

TEST_CASE("Nothing is snapped beyond the tolerance", "[gis][snap]") {
    tests::ScratchDir dir;
    const auto index = gis::SnapIndex::build({crossingLines(dir)}, gis::Crs::wgs84(), kView);
    CHECK_FALSE(index->snap({101.02, 36.006}, 0.005));
    CHECK(index->snap({101.02, 36.006}, 0.007));
    // The vertex is 0.005 away, the road 0.004: the road is taken.
    CHECK(index->snap({101.003, 36.004}, 0.0049)->kind == SnapKind::Segment);
    // Outside the indexed extent.
    CHECK_FALSE(index->snap({105.0, 36.0}, 0.01));
}

TEST_CASE("A layer in Gauss-Kruger EPSG:4523 snaps on a lon/lat map", "[gis][snap]") {
    tests::ScratchDir dir;
    // A line between two points given in lon/lat, stored in CGCS2000 3° GK zone 35.
    const gis::CoordinateTransform toGk(gis::Crs::wgs84(), gis::Crs::fromEpsg(4523));
    const QPointF a = toGk.transform({104.5, 36.0});
    const QPointF b = toGk.transform({104.7, 36.1});
    REQUIRE(a.x() > 35000000);  // the zone number in front of the easting
    const auto source = writeLayer(dir.file(QStringLiteral("gk.gpkg")), 4523,
                                   {QStringLiteral("LINESTRING (%1 %2, %3 %4)")
                                        .arg(a.x(), 0, 'f', 4)
                                        .arg(a.y(), 0, 'f', 4)
                                        .arg(b.x(), 0, 'f', 4)
                                        .arg(b.y(), 0, 'f', 4)
                                        .toStdString()});
    const auto index =
        gis::SnapIndex::build({source}, gis::Crs::wgs84(), QRectF(104.4, 35.9, 0.4, 0.3));
    REQUIRE(index);
    CHECK(index->vertexCount() == 2);
    const auto match = index->snap({104.5004, 35.9997}, 0.001);
    REQUIRE(match);
    CHECK(match->kind == SnapKind::Vertex);
    CHECK_THAT(match->point.x(), WithinAbs(104.5, 1e-8));
    CHECK_THAT(match->point.y(), WithinAbs(36.0, 1e-8));
    // A point near the middle lands on the segment, in map (lon/lat) coordinates.
    const auto middle = index->snap({104.6, 36.0503}, 0.001);
    REQUIRE(middle);
    CHECK(middle->kind == SnapKind::Segment);
    CHECK_THAT(middle->point.y(), WithinAbs(36.05, 1e-3));
}

TEST_CASE("The snap indexer builds in the background for the view", "[gis][snap]") {
    tests::ensureApplication();
    tests::ScratchDir dir;
    gis::SnapIndexer indexer;
    QSignalSpy ready(&indexer, &gis::SnapIndexer::indexReady);
    CHECK_FALSE(indexer.snap({101.0, 36.0}, 0.01));
    indexer.setSources({crossingLines(dir)});
    indexer.setView(gis::Crs::wgs84(), QRectF(101.0, 35.95, 0.1, 0.1));
    REQUIRE((ready.count() > 0 || ready.wait(10000)));
    CHECK(indexer.isReady());
    CHECK(indexer.index()->extent().contains(QRectF(100.96, 35.91, 0.18, 0.18)));
    const auto match = indexer.snap({101.001, 36.0}, 0.005);
    REQUIRE(match);
    CHECK(match->point == QPointF(101.0, 36.0));
    // A view far away needs a new index; the old one stays in use until it is ready.
    indexer.setView(gis::Crs::wgs84(), QRectF(101.0, 36.2, 0.1, 0.1));
    CHECK_FALSE(indexer.isReady());
    REQUIRE(ready.wait(10000));
    CHECK(indexer.isReady());
    CHECK(indexer.snap({101.1, 36.299}, 0.005));
}
