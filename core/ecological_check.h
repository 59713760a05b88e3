// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan_vocabulary.h"
#include "gis/handles.h"

#include <ogr_geometry.h>
#include <QCoreApplication>

#include <QString>

#include <memory>
#include <vector>

namespace core {

/// An ecological zone of the plan: a 生态保护 area a footprint must be checked against.
struct EcologicalZone {
    QString itemId;
    QString nameZh;
    QString nameEn;
    ItemKind kind = ItemKind::EcologicalZone;
    OGRGeometryUniquePtr geometry;  // polygonal, EPSG:4326
};

/// How much of a footprint lies in one ecological zone.
struct EcologicalOverlap {
    QString itemId;
    QString nameZh;
    QString nameEn;
    ItemKind kind = ItemKind::EcologicalZone;
    /// Geodesic area of the overlap (polygon footprints), in square metres.
    double areaSquareMetres = 0;
    /// Geodesic length of the overlap (line footprints), in metres.
    double lengthMetres = 0;
    /// The overlap itself (polygons, lines or the points inside), in EPSG:4326, for highlighting.
    std::shared_ptr<const OGRGeometry> geometry;

    double hectares() const { return areaSquareMetres / 1e4; }
    double kilometres() const { return lengthMetres / 1e3; }
};

/// Intersects footprints with the ecological zones of a project (plan_area items of kind
/// ecological_zone, ecological_corridor and protected_area). The zones are loaded once, prepared
/// (GEOS prepared geometries) and indexed in an STRtree, so that a check is quick enough to follow
/// the mouse. Owns its GEOS context: use one instance on one thread at a time.
class EcologicalCheck {
    Q_DECLARE_TR_FUNCTIONS(EcologicalCheck)

public:
    explicit EcologicalCheck(std::vector<EcologicalZone> zones);
    ~EcologicalCheck();
    EcologicalCheck(const EcologicalCheck&) = delete;
    EcologicalCheck& operator=(const EcologicalCheck&) = delete;

    /// Reads the zones from the plan_area table of a project file. Throws gis::Error naming the
    /// file when it cannot be read.
    static std::unique_ptr<EcologicalCheck> fromProjectFile(const QString& path);
    /// The kinds whose items count as ecological zones.
    static bool isEcologicalKind(ItemKind kind);

    std::size_t zoneCount() const { return zones_.size(); }
    const EcologicalZone& zone(std::size_t index) const { return zones_[index]; }

    /// The zones `footprintLonLat` (point, line or polygon, possibly multi-part, EPSG:4326)
    /// crosses, in zone order, each with its overlap. Zones only touched (no area, no length) are
    /// left out. An invalid polygon (a ring still being drawn that crosses itself) is repaired
    /// first.
    std::vector<EcologicalOverlap> overlaps(const OGRGeometry& footprintLonLat) const;

    /// Geodesic area (m²) of the polygons and geodesic length (m) of the lines in `lonLat`.
    static double geodesicArea(const OGRGeometry& lonLat);
    static double geodesicLength(const OGRGeometry& lonLat);

private:
    struct Prepared;
    struct TreeDestroyer {
        GEOSContextHandle_t context = nullptr;
        void operator()(GEOSSTRtree* tree) const { GEOSSTRtree_destroy_r(context, tree); }
    };

    std::vector<EcologicalZone> zones_;
    gis::GeosContextPtr context_;
    std::vector<std::unique_ptr<Prepared>> prepared_;  // aligned with zones_
    // Items are 1 + indices into zones_ (stored as pointers, as the C API wants; never null).
    std::unique_ptr<GEOSSTRtree, TreeDestroyer> tree_;
};

}  // namespace core
