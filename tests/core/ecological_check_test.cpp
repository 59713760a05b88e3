// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ecological_check.h"

#include "gis/error.h"
#include "gis/gdal_environment.h"
#include "tests/support/test_files.h"

#include <catch2/catch.hpp>

#include <geodesic.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <cmath>

using Catch::Matchers::WithinRel;
using core::EcologicalCheck;
using core::EcologicalOverlap;

namespace {

OGRGeometryUniquePtr fromWkt(const char* wkt) {
    OGRGeometry* geometry = nullptr;
    REQUIRE(OGRGeometryFactory::createFromWkt(wkt, nullptr, &geometry) == OGRERR_NONE);
    return OGRGeometryUniquePtr(geometry);
}

/// A zone's geometry read straight from the project file, apart from EcologicalCheck.
OGRGeometryUniquePtr zoneGeometry(const char* itemId) {
    gis::initializeGdal();
    gis::GdalDatasetPtr dataset(GDALDataset::Open(tests::defaultProjectPath().toUtf8().constData(),
                                                  GDAL_OF_VECTOR | GDAL_OF_READONLY));
    REQUIRE(dataset);
    OGRLayer* layer = dataset->GetLayerByName("plan_area");
    REQUIRE(layer);
    layer->SetAttributeFilter(QStringLiteral("item_id = '%1'").arg(itemId).toUtf8());
    OGRFeatureUniquePtr feature(layer->GetNextFeature());
    REQUIRE(feature);
    return OGRGeometryUniquePtr(feature->GetGeometryRef()->clone());
}

const geod_geodesic& wgs84() {
    static const geod_geodesic geodesic = [] {
        geod_geodesic g;
        geod_init(&g, 6378137.0, 1 / 298.257223563);
        return g;
    }();
    return geodesic;
}

/// Independent geodesic area: PROJ's geod_polygonarea on each ring of a (multi)polygon.
double referenceArea(const OGRGeometry& geometry) {
    if (wkbFlatten(geometry.getGeometryType()) == wkbPolygon) {
        double total = 0;
        int ringIndex = 0;
        for (const OGRLinearRing* ring : *geometry.toPolygon()) {
            std::vector<double> lats;
            std::vector<double> lons;
            for (const OGRPoint& point : *ring) {
                lats.push_back(point.getY());
                lons.push_back(point.getX());
            }
            double area = 0;
            double perimeter = 0;
            geod_polygonarea(&wgs84(), lats.data(), lons.data(), static_cast<int>(lats.size()),
                             &area, &perimeter);
            total += (ringIndex++ == 0 ? 1 : -1) * std::abs(area);
        }
        return total;
    }
    double total = 0;
    if (OGR_GT_IsSubClassOf(geometry.getGeometryType(), wkbGeometryCollection)) {
        for (const OGRGeometry* part : *geometry.toGeometryCollection()) {
            total += referenceArea(*part);
        }
    }
    return total;
}

/// The same area a second way: planar area in a Lambert equal-area projection centred nearby.
double equalAreaArea(const OGRGeometry& lonLat) {
    OGRSpatialReference wgs84Srs;
    wgs84Srs.importFromEPSG(4326);
    wgs84Srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    OGRSpatialReference laea;
    laea.importFromProj4("+proj=laea +lat_0=37.5 +lon_0=101.5 +ellps=WGS84 +units=m");
    OGRGeometryUniquePtr projected(lonLat.clone());
    projected->assignSpatialReference(&wgs84Srs);
    REQUIRE(projected->transformTo(&laea) == OGRERR_NONE);
    double area = 0;
    if (wkbFlatten(projected->getGeometryType()) == wkbPolygon) {
        area = projected->toPolygon()->get_Area();
    } else {
        area = projected->toMultiPolygon()->get_Area();
    }
    return area;
}

double referenceLength(const OGRGeometry& geometry) {
    double total = 0;
    if (wkbFlatten(geometry.getGeometryType()) == wkbLineString) {
        const OGRLineString& line = *geometry.toLineString();
        for (int i = 1; i < line.getNumPoints(); ++i) {
            double distance = 0;
            geod_inverse(&wgs84(), line.getY(i - 1), line.getX(i - 1), line.getY(i), line.getX(i),
                         &distance, nullptr, nullptr);
            total += distance;
        }
    } else if (OGR_GT_IsSubClassOf(geometry.getGeometryType(), wkbGeometryCollection)) {
        for (const OGRGeometry* part : *geometry.toGeometryCollection()) {
            total += referenceLength(*part);
        }
    }
    return total;
}

const EcologicalOverlap* find(const std::vector<EcologicalOverlap>& overlaps, const QString& id) {
    const auto it = std::find_if(overlaps.begin(), overlaps.end(),
                                 [&](const EcologicalOverlap& o) { return o.itemId == id; });
    return it == overlaps.end() ? nullptr : &*it;
}

}  // namespace

TEST_CASE("The ecological zones of the default project are loaded", "[core][ecology]") {
    const auto check = EcologicalCheck::fromProjectFile(tests::defaultProjectPath());
    // 14 ecological_zone + 2 ecological_corridor + 1 protected_area polygons in plan_area.
    CHECK(check->zoneCount() == 17);
    bool park = false;
    for (std::size_t i = 0; i < check->zoneCount(); ++i) {
        CHECK(EcologicalCheck::isEcologicalKind(check->zone(i).kind));
        park = park || check->zone(i).nameZh == QStringLiteral("祁连山国家公园");
    }
    CHECK(park);
}

TEST_CASE("A polygon across the Qilian national park overlaps it by the geodesic area",
          "[core][ecology]") {
    const auto check = EcologicalCheck::fromProjectFile(tests::defaultProjectPath());
    const auto footprint =
        fromWkt("POLYGON ((101.0 37.4, 101.6 37.4, 101.6 38.0, 101.0 38.0, 101.0 37.4))");
    const auto overlaps = check->overlaps(*footprint);

    const EcologicalOverlap* park = find(overlaps, QStringLiteral("pa_qilian_np"));
    REQUIRE(park);
    CHECK(park->nameZh == QStringLiteral("祁连山国家公园"));
    CHECK(park->kind == core::ItemKind::ProtectedArea);
    CHECK(park->lengthMetres == 0);
    REQUIRE(park->geometry);

    // Independent: OGR's own GEOS intersection, then PROJ's geod_polygonarea and an equal-area
    // projection.
    const OGRGeometryUniquePtr expected(
        zoneGeometry("pa_qilian_np")->Intersection(footprint.get()));
    REQUIRE(expected);
    const double reference = referenceArea(*expected);
    CHECK(reference > 1e8);  // a real overlap: more than 10 000 ha
    CHECK_THAT(park->areaSquareMetres, WithinRel(reference, 1e-9));
    CHECK_THAT(park->areaSquareMetres, WithinRel(equalAreaArea(*expected), 2e-3));
    CHECK_THAT(park->hectares(), WithinRel(reference / 1e4, 1e-9));
    // The footprint lies wholly in the 环祁连山 governance zone: the overlap is the footprint.
    const EcologicalOverlap* governance = find(overlaps, QStringLiteral("eco_gov_qilian"));
    REQUIRE(governance);
    CHECK_THAT(governance->areaSquareMetres, WithinRel(referenceArea(*footprint), 1e-9));
    // Far from the Yellow River.
    CHECK_FALSE(find(overlaps, QStringLiteral("eco_huanghe_upper")));
}

TEST_CASE("A polygon with a hole overlaps less by the hole's area", "[core][ecology]") {
    const auto check = EcologicalCheck::fromProjectFile(tests::defaultProjectPath());
    const auto solid =
        fromWkt("POLYGON ((101.0 37.4, 101.6 37.4, 101.6 38.0, 101.0 38.0, 101.0 37.4))");
    const auto holed = fromWkt(
        "POLYGON ((101.0 37.4, 101.6 37.4, 101.6 38.0, 101.0 38.0, 101.0 37.4),"
        " (101.2 37.6, 101.4 37.6, 101.4 37.8, 101.2 37.8, 101.2 37.6))");
    const auto hole =
        fromWkt("POLYGON ((101.2 37.6, 101.4 37.6, 101.4 37.8, 101.2 37.8, 101.2 37.6))");
    const double solidArea =
        find(check->overlaps(*solid), QStringLiteral("eco_gov_qilian"))->areaSquareMetres;
    const double holedArea =
        find(check->overlaps(*holed), QStringLiteral("eco_gov_qilian"))->areaSquareMetres;
    CHECK_THAT(solidArea - holedArea, WithinRel(referenceArea(*hole), 1e-6));
}

TEST_CASE("A line across the Huangshui corridor overlaps it by a geodesic length",
          "[core][ecology]") {
    const auto check = EcologicalCheck::fromProjectFile(tests::defaultProjectPath());
    // A north–south road through 西宁 crossing the 湟水 valley.
    const auto road = fromWkt("LINESTRING (101.78 36.3, 101.78 36.9)");
    const auto overlaps = check->overlaps(*road);
    const EcologicalOverlap* corridor = find(overlaps, QStringLiteral("eco_huangshui_corridor"));
    REQUIRE(corridor);
    CHECK(corridor->areaSquareMetres == 0);
    const OGRGeometryUniquePtr expected(
        zoneGeometry("eco_huangshui_corridor")->Intersection(road.get()));
    const double reference = referenceLength(*expected);
    CHECK(reference > 5000);
    CHECK(reference < 30000);
    CHECK_THAT(corridor->lengthMetres, WithinRel(reference, 1e-9));
    CHECK_THAT(corridor->kilometres(), WithinRel(reference / 1e3, 1e-9));
}

TEST_CASE("A point footprint lists the zones it lies in", "[core][ecology]") {
    const auto check = EcologicalCheck::fromProjectFile(tests::defaultProjectPath());
    const auto inPark = check->overlaps(*fromWkt("POINT (100.5 38.2)"));
    REQUIRE(find(inPark, QStringLiteral("pa_qilian_np")));
    CHECK(find(inPark, QStringLiteral("pa_qilian_np"))->geometry->getGeometryType() == wkbPoint);
    // The Gobi north of the region: no zone.
    CHECK(check->overlaps(*fromWkt("POINT (105.5 39.5)")).empty());
}

TEST_CASE("Every zone is found by a point inside it", "[core][ecology]") {
    const auto check = EcologicalCheck::fromProjectFile(tests::defaultProjectPath());
    for (std::size_t i = 0; i < check->zoneCount(); ++i) {
        const OGRGeometryUniquePtr inside(OGRGeometry::FromHandle(
            OGR_G_PointOnSurface(OGRGeometry::ToHandle(check->zone(i).geometry.get()))));
        REQUIRE(inside);
        INFO(check->zone(i).itemId.toStdString());
        CHECK(find(check->overlaps(*inside), check->zone(i).itemId));
    }
}

TEST_CASE("A ring that crosses itself while drawn is repaired, not refused", "[core][ecology]") {
    const auto check = EcologicalCheck::fromProjectFile(tests::defaultProjectPath());
    const auto bowTie =
        fromWkt("POLYGON ((101.0 37.4, 101.6 38.0, 101.6 37.4, 101.0 38.0, 101.0 37.4))");
    const auto overlaps = check->overlaps(*bowTie);
    const EcologicalOverlap* governance = find(overlaps, QStringLiteral("eco_gov_qilian"));
    REQUIRE(governance);
    // The two triangles, each a quarter of the box.
    const auto box =
        fromWkt("POLYGON ((101.0 37.4, 101.6 37.4, 101.6 38.0, 101.0 38.0, 101.0 37.4))");
    CHECK_THAT(governance->areaSquareMetres, WithinRel(referenceArea(*box) / 2, 1e-2));
}

TEST_CASE("A file without plan areas is refused with a message naming it", "[core][ecology]") {
    tests::ScratchDir dir;
    const QString path = dir.file(QStringLiteral("nothing.gpkg"));
    CHECK_THROWS_AS(EcologicalCheck::fromProjectFile(path), gis::Error);
    try {
        EcologicalCheck::fromProjectFile(path);
    } catch (const gis::Error& error) {
        CHECK(error.message().contains(path));
    }
}
