// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ecological_check.h"

#include "gis/error.h"
#include "gis/gdal_environment.h"
#include "gis/geodesic_measure.h"

#include <ogrsf_frmts.h>

#include <QStringList>

#include <algorithm>

namespace core {

namespace {

struct PreparedDestroyer {
    GEOSContextHandle_t context = nullptr;
    void operator()(const GEOSPreparedGeometry* prepared) const {
        GEOSPreparedGeom_destroy_r(context, prepared);
    }
};

std::vector<QPointF> ringPoints(const OGRSimpleCurve& curve) {
    std::vector<QPointF> points;
    points.reserve(curve.getNumPoints());
    for (const OGRPoint& point : curve) {
        points.emplace_back(point.getX(), point.getY());
    }
    return points;
}

/// True when the overlap has nothing of the footprint's own dimension (a polygon only touched).
bool isEmptyOverlap(const EcologicalOverlap& overlap, int footprintDimension) {
    switch (footprintDimension) {
        case 0:
            return !overlap.geometry || overlap.geometry->IsEmpty();
        case 1:
            return overlap.lengthMetres <= 0;
        default:
            return overlap.areaSquareMetres <= 0;
    }
}

}  // namespace

struct EcologicalCheck::Prepared {
    gis::GeosGeometryPtr geometry;
    std::unique_ptr<const GEOSPreparedGeometry, PreparedDestroyer> prepared;
};

EcologicalCheck::EcologicalCheck(std::vector<EcologicalZone> zones)
    : zones_(std::move(zones)),
      context_(GEOS_init_r()),
      tree_(GEOSSTRtree_create_r(context_.get(), 10), TreeDestroyer{context_.get()}) {
    GEOSContextHandle_t context = context_.get();
    // Zones that GEOS cannot take are dropped, so indices stay aligned with prepared_.
    zones_.erase(std::remove_if(zones_.begin(), zones_.end(),
                                [](const EcologicalZone& zone) {
                                    return !zone.geometry || zone.geometry->IsEmpty();
                                }),
                 zones_.end());
    for (std::size_t i = 0; i < zones_.size(); ++i) {
        auto entry = std::make_unique<Prepared>();
        entry->geometry = gis::GeosGeometryPtr(zones_[i].geometry->exportToGEOS(context),
                                               gis::GeosGeometryDestroyer{context});
        if (entry->geometry && !GEOSisValid_r(context, entry->geometry.get())) {
            entry->geometry.reset(GEOSMakeValid_r(context, entry->geometry.get()));
        }
        if (entry->geometry) {
            entry->prepared = {GEOSPrepare_r(context, entry->geometry.get()),
                               PreparedDestroyer{context}};
            GEOSSTRtree_insert_r(context, tree_.get(), entry->geometry.get(),
                                 reinterpret_cast<void*>(i + 1));
        }
        prepared_.push_back(std::move(entry));
    }
}

EcologicalCheck::~EcologicalCheck() {
    // The tree and prepared geometries must go before the context that made them.
    tree_.reset();
    prepared_.clear();
}

bool EcologicalCheck::isEcologicalKind(ItemKind kind) {
    return kind == ItemKind::EcologicalZone || kind == ItemKind::EcologicalCorridor ||
           kind == ItemKind::ProtectedArea;
}

std::unique_ptr<EcologicalCheck> EcologicalCheck::fromProjectFile(const QString& path) {
    gis::initializeGdal();
    gis::GdalDatasetPtr dataset(
        GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    if (!dataset) {
        throw gis::Error(
            tr("Cannot read the ecological zones: %1 does not open as a GeoPackage").arg(path));
    }
    OGRLayer* layer = dataset->GetLayerByName("plan_area");
    if (!layer) {
        throw gis::Error(
            tr("Cannot read the ecological zones: %1 has no plan_area table").arg(path));
    }
    QStringList keys;
    for (ItemKind kind : PlanVocabulary::allKinds()) {
        if (isEcologicalKind(kind)) {
            keys << QStringLiteral("'%1'").arg(PlanVocabulary::key(kind));
        }
    }
    layer->SetAttributeFilter(QStringLiteral("kind IN (%1)").arg(keys.join(u',')).toUtf8());
    std::vector<EcologicalZone> zones;
    for (const auto& feature : *layer) {
        const OGRGeometry* geometry = feature->GetGeometryRef();
        const auto kind =
            PlanVocabulary::itemKind(QString::fromUtf8(feature->GetFieldAsString("kind")));
        const bool polygonal =
            geometry &&
            (OGR_GT_IsSubClassOf(wkbFlatten(geometry->getGeometryType()), wkbCurvePolygon) ||
             OGR_GT_IsSubClassOf(wkbFlatten(geometry->getGeometryType()), wkbMultiSurface));
        if (!polygonal || !kind) {
            continue;
        }
        EcologicalZone zone;
        zone.itemId = QString::fromUtf8(feature->GetFieldAsString("item_id"));
        zone.nameZh = QString::fromUtf8(feature->GetFieldAsString("name_zh"));
        zone.nameEn = QString::fromUtf8(feature->GetFieldAsString("name_en"));
        zone.kind = *kind;
        zone.geometry.reset(geometry->clone());
        zones.push_back(std::move(zone));
    }
    return std::make_unique<EcologicalCheck>(std::move(zones));
}

std::vector<EcologicalOverlap> EcologicalCheck::overlaps(const OGRGeometry& footprintLonLat) const {
    std::vector<EcologicalOverlap> result;
    if (footprintLonLat.IsEmpty()) {
        return result;
    }
    GEOSContextHandle_t context = context_.get();
    gis::GeosGeometryPtr footprint(footprintLonLat.exportToGEOS(context),
                                   gis::GeosGeometryDestroyer{context});
    if (!footprint) {
        return result;
    }
    const int dimension = GEOSGeom_getDimensions_r(context, footprint.get());
    if (dimension == 2 && !GEOSisValid_r(context, footprint.get())) {
        footprint.reset(GEOSMakeValid_r(context, footprint.get()));
        if (!footprint) {
            return result;
        }
    }

    std::vector<std::size_t> candidates;
    GEOSSTRtree_query_r(
        context, tree_.get(), footprint.get(),
        [](void* item, void* found) {
            static_cast<std::vector<std::size_t>*>(found)->push_back(
                reinterpret_cast<std::size_t>(item) - 1);
        },
        &candidates);
    std::sort(candidates.begin(), candidates.end());

    for (std::size_t index : candidates) {
        const Prepared& zone = *prepared_[index];
        if (GEOSPreparedIntersects_r(context, zone.prepared.get(), footprint.get()) != 1) {
            continue;
        }
        gis::GeosGeometryPtr overlap(
            GEOSIntersection_r(context, zone.geometry.get(), footprint.get()),
            gis::GeosGeometryDestroyer{context});
        if (!overlap) {
            continue;
        }
        std::shared_ptr<const OGRGeometry> ogr(
            OGRGeometryFactory::createFromGEOS(context, overlap.get()));
        if (!ogr) {
            continue;
        }
        EcologicalOverlap entry;
        entry.itemId = zones_[index].itemId;
        entry.nameZh = zones_[index].nameZh;
        entry.nameEn = zones_[index].nameEn;
        entry.kind = zones_[index].kind;
        entry.areaSquareMetres = geodesicArea(*ogr);
        entry.lengthMetres = geodesicLength(*ogr);
        entry.geometry = std::move(ogr);
        if (!isEmptyOverlap(entry, dimension)) {
            result.push_back(std::move(entry));
        }
    }
    return result;
}

double EcologicalCheck::geodesicArea(const OGRGeometry& lonLat) {
    const OGRwkbGeometryType type = wkbFlatten(lonLat.getGeometryType());
    if (type == wkbPolygon) {
        double area = 0;
        bool exterior = true;
        for (const OGRLinearRing* ring : *lonLat.toPolygon()) {
            const double ringArea = gis::GeodesicMeasure::area(ringPoints(*ring));
            area += exterior ? ringArea : -ringArea;
            exterior = false;
        }
        return area;
    }
    double area = 0;
    if (OGR_GT_IsSubClassOf(type, wkbGeometryCollection)) {
        for (const OGRGeometry* part : *lonLat.toGeometryCollection()) {
            area += geodesicArea(*part);
        }
    }
    return area;
}

double EcologicalCheck::geodesicLength(const OGRGeometry& lonLat) {
    const OGRwkbGeometryType type = wkbFlatten(lonLat.getGeometryType());
    if (type == wkbLineString) {
        return gis::GeodesicMeasure::length(ringPoints(*lonLat.toLineString()));
    }
    double length = 0;
    if (OGR_GT_IsSubClassOf(type, wkbGeometryCollection)) {
        for (const OGRGeometry* part : *lonLat.toGeometryCollection()) {
            length += geodesicLength(*part);
        }
    }
    return length;
}

}  // namespace core
