// SPDX-License-Identifier: GPL-3.0-or-later
// Writes the deterministic benchmark dataset: parcels (6–30 vertices, 8 land-use classes), roads
// (20–200 vertices, 4 classes) and points (6 kinds) over the Lanzhou area, EPSG:4326, GeoPackage.
//   lanxi-bench-generate OUT.gpkg PARCELS   (roads = PARCELS/5, points = PARCELS/2)

#include "gis/gdal_environment.h"
#include "gis/handles.h"

#include <cmath>
#include <cstdio>
#include <random>
#include <string>

namespace {

constexpr double kWest = 103.40;
constexpr double kEast = 104.30;
constexpr double kSouth = 35.85;
constexpr double kNorth = 36.35;
constexpr const char* kLandUse[] = {"residential", "commercial", "industrial", "farmland",
                                    "forest",      "water",      "green",      "public"};
constexpr const char* kRoadClass[] = {"expressway", "arterial", "secondary", "local"};
constexpr const char* kPointKind[] = {"school", "hospital", "station", "shop", "factory", "park"};

OGRLayer* createLayer(GDALDataset& dataset, const char* name, OGRwkbGeometryType type) {
    OGRSpatialReference srs;
    srs.importFromEPSG(4326);
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    const char* options[] = {"GEOMETRY_NAME=geom", "SPATIAL_INDEX=YES", nullptr};
    OGRLayer* layer = dataset.CreateLayer(name, &srs, type, const_cast<char**>(options));
    for (const char* field : {"class", "name"}) {
        OGRFieldDefn definition(field, OFTString);
        layer->CreateField(&definition);
    }
    return layer;
}

void writeParcels(OGRLayer& layer, int count, std::mt19937& random) {
    // Parcels tile the area in a jittered grid so that they look like a city's blocks.
    const int columns =
        static_cast<int>(std::ceil(std::sqrt(count * (kEast - kWest) / (kNorth - kSouth))));
    const double cellWidth = (kEast - kWest) / columns;
    const int rows = (count + columns - 1) / columns;
    const double cellHeight = (kNorth - kSouth) / rows;
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::uniform_int_distribution<int> vertices(6, 30);
    std::uniform_int_distribution<int> landUse(0, 7);
    for (int i = 0; i < count; ++i) {
        const double cx = kWest + (i % columns + 0.5) * cellWidth;
        const double cy = kSouth + (i / columns + 0.5) * cellHeight;
        const int n = vertices(random);
        OGRLinearRing ring;
        for (int v = 0; v < n; ++v) {
            const double angle = 2 * M_PI * v / n;
            const double radius = 0.42 * (0.75 + 0.25 * unit(random));
            ring.addPoint(cx + std::cos(angle) * radius * cellWidth,
                          cy + std::sin(angle) * radius * cellHeight);
        }
        ring.closeRings();
        OGRPolygon polygon;
        polygon.addRing(&ring);
        OGRFeature feature(layer.GetLayerDefn());
        feature.SetField("class", kLandUse[landUse(random)]);
        feature.SetField("name", ("地块" + std::to_string(i + 1)).c_str());
        feature.SetGeometry(&polygon);
        layer.CreateFeature(&feature);
    }
}

void writeRoads(OGRLayer& layer, int count, std::mt19937& random) {
    std::uniform_real_distribution<double> x(kWest, kEast);
    std::uniform_real_distribution<double> y(kSouth, kNorth);
    std::uniform_real_distribution<double> turn(-0.35, 0.35);
    std::uniform_int_distribution<int> vertices(20, 200);
    std::uniform_int_distribution<int> roadClass(0, 3);
    std::uniform_real_distribution<double> heading(0, 2 * M_PI);
    for (int i = 0; i < count; ++i) {
        OGRLineString line;
        double px = x(random);
        double py = y(random);
        double direction = heading(random);
        const int n = vertices(random);
        for (int v = 0; v < n; ++v) {
            line.addPoint(px, py);
            direction += turn(random);
            px += std::cos(direction) * 0.0015;
            py += std::sin(direction) * 0.0012;
        }
        OGRFeature feature(layer.GetLayerDefn());
        feature.SetField("class", kRoadClass[roadClass(random)]);
        feature.SetField("name", ("道路" + std::to_string(i + 1)).c_str());
        feature.SetGeometry(&line);
        layer.CreateFeature(&feature);
    }
}

void writePoints(OGRLayer& layer, int count, std::mt19937& random) {
    std::uniform_real_distribution<double> x(kWest, kEast);
    std::uniform_real_distribution<double> y(kSouth, kNorth);
    std::uniform_int_distribution<int> kind(0, 5);
    for (int i = 0; i < count; ++i) {
        OGRPoint point(x(random), y(random));
        OGRFeature feature(layer.GetLayerDefn());
        feature.SetField("class", kPointKind[kind(random)]);
        feature.SetField("name", ("设施" + std::to_string(i + 1)).c_str());
        feature.SetGeometry(&point);
        layer.CreateFeature(&feature);
    }
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s OUT.gpkg PARCELS\n", argv[0]);
        return 2;
    }
    const int parcels = std::atoi(argv[2]);
    gis::initializeGdal();
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    gis::GdalDatasetPtr dataset{driver->Create(argv[1], 0, 0, 0, GDT_Unknown, nullptr)};
    if (!dataset || parcels <= 0) {
        std::fprintf(stderr, "cannot create %s\n", argv[1]);
        return 1;
    }
    std::mt19937 random(20221207);  // fixed seed: the same data on every machine
    dataset->StartTransaction();
    writeParcels(*createLayer(*dataset, "parcels", wkbPolygon), parcels, random);
    writeRoads(*createLayer(*dataset, "roads", wkbLineString), parcels / 5, random);
    writePoints(*createLayer(*dataset, "points", wkbPoint), parcels / 2, random);
    dataset->CommitTransaction();
    std::printf("%s: %d parcels, %d roads, %d points\n", argv[1], parcels, parcels / 5,
                parcels / 2);
    return 0;
}
