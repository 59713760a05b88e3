// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan_item_writer.h"

#include "core/plan_vocabulary.h"
#include "gis/error.h"
#include "gis/gdal_environment.h"

#include <ogrsf_frmts.h>

#include <map>

namespace core {

namespace {

OGRSpatialReference wgs84() {
    OGRSpatialReference srs;
    srs.importFromEPSG(4326);
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    return srs;
}

OGRLayer* createTable(GDALDataset& dataset, const char* name, OGRwkbGeometryType type) {
    OGRSpatialReference srs = wgs84();
    const char* options[] = {"GEOMETRY_NAME=geom", "FID=fid", nullptr};
    OGRLayer* layer = dataset.CreateLayer(name, &srs, type, const_cast<char**>(options));
    if (!layer) {
        throw gis::Error(
            PlanItemWriter::tr("Cannot create table %1: %2").arg(name, gis::lastGdalError()));
    }
    for (const QString& column : PlanItemWriter::fieldNames()) {
        OGRFieldDefn field(column.toUtf8().constData(), OFTString);
        if (column == QLatin1String("beyond_region")) {
            field.SetType(OFTInteger);
            field.SetSubType(OFSTBoolean);
        }
        layer->CreateField(&field);
    }
    return layer;
}

OGRwkbGeometryType tableTypeFor(OGRwkbGeometryType type) {
    switch (wkbFlatten(type)) {
        case wkbPoint:
            return wkbPoint;
        case wkbLineString:
        case wkbMultiLineString:
            return wkbMultiLineString;
        case wkbPolygon:
        case wkbMultiPolygon:
            return wkbMultiPolygon;
        default:
            return wkbUnknown;
    }
}

/// Checks one row's closed-set values; throws naming the column and value.
void checkVocabulary(const CsvTable& items, std::size_t row, const QString& where) {
    const auto fail = [&](const QString& column) {
        throw gis::Error(PlanItemWriter::tr("%1: \"%2\" is not a valid %3")
                             .arg(where, items.value(row, column), column));
    };
    if (!PlanVocabulary::itemKind(items.value(row, "kind")))
        fail("kind");
    if (!PlanVocabulary::planStatus(items.value(row, "status")))
        fail("status");
    if (!PlanVocabulary::cityTier(items.value(row, "tier")))
        fail("tier");
    const auto accuracy = PlanVocabulary::positionAccuracy(items.value(row, "accuracy"));
    if (!accuracy)
        fail("accuracy");
    if (*accuracy == PositionAccuracy::Surveyed) {
        throw gis::Error(PlanItemWriter::tr("%1: nothing in the plan data is surveyed; mark it "
                                            "approximate or schematic")
                             .arg(where));
    }
    if (items.value(row, "name_zh").isEmpty()) {
        throw gis::Error(PlanItemWriter::tr("%1: the Chinese name is empty").arg(where));
    }
}

OGRGeometryUniquePtr readGeometry(const CsvTable& items, std::size_t row, const QString& where) {
    const QByteArray wkt = items.value(row, "wkt").toUtf8();
    OGRGeometry* raw = nullptr;
    if (OGRGeometryFactory::createFromWkt(wkt.constData(), nullptr, &raw) != OGRERR_NONE || !raw) {
        throw gis::Error(PlanItemWriter::tr("%1: the geometry is not valid WKT").arg(where));
    }
    OGRGeometryUniquePtr geometry(raw);
    if (geometry->IsEmpty() || !geometry->IsValid()) {
        throw gis::Error(
            PlanItemWriter::tr("%1: the geometry of %2 is invalid (self-intersecting or "
                               "badly nested rings)")
                .arg(where, items.value(row, "id")));
    }
    OGREnvelope envelope;
    geometry->getEnvelope(&envelope);
    const QRectF region = PlanItemWriter::region();
    const bool inside = envelope.MinX >= region.left() && envelope.MaxX <= region.right() &&
                        envelope.MinY >= region.top() && envelope.MaxY <= region.bottom();
    const bool flagged = items.value(row, "beyond_region") == QLatin1String("yes");
    if (!inside && !flagged) {
        throw gis::Error(PlanItemWriter::tr("%1: %2 reaches outside the region (98.5–106.5°E, "
                                            "33.5–38.8°N); check its coordinates or set "
                                            "beyond_region to yes")
                             .arg(where, items.value(row, "id")));
    }
    return geometry;
}

}  // namespace

QRectF PlanItemWriter::region() {
    return QRectF(QPointF(98.5, 33.5), QPointF(106.5, 38.8));
}

QStringList PlanItemWriter::fieldNames() {
    return {"item_id", "name_zh",   "aliases", "name_en",  "kind",          "tier",
            "status",  "status_zh", "section", "accuracy", "geometry_note", "beyond_region"};
}

PlanItemWriter::PlanItemWriter(const CsvTable& items) : items_(items) {}

void PlanItemWriter::write(GDALDataset& dataset) const {
    std::map<OGRwkbGeometryType, OGRLayer*> tables{
        {wkbPoint, createTable(dataset, "plan_point", wkbPoint)},
        {wkbMultiLineString, createTable(dataset, "plan_line", wkbMultiLineString)},
        {wkbMultiPolygon, createTable(dataset, "plan_area", wkbMultiPolygon)}};
    QSet<QString> ids;
    QSet<QString> names;
    for (std::size_t row = 0; row < items_.rowCount(); ++row) {
        const QString where = tr("%1, line %2").arg(items_.origin()).arg(items_.lineOf(row));
        const QString id = items_.value(row, "id");
        if (id.isEmpty() || ids.contains(id)) {
            throw gis::Error(tr("%1: the id \"%2\" is empty or used twice").arg(where, id));
        }
        if (names.contains(items_.value(row, "name_zh"))) {
            throw gis::Error(
                tr("%1: the name %2 is used twice").arg(where, items_.value(row, "name_zh")));
        }
        ids.insert(id);
        names.insert(items_.value(row, "name_zh"));
        checkVocabulary(items_, row, where);
        OGRGeometryUniquePtr geometry = readGeometry(items_, row, where);
        const OGRwkbGeometryType tableType = tableTypeFor(geometry->getGeometryType());
        if (tableType == wkbUnknown) {
            throw gis::Error(tr("%1: unsupported geometry type %2")
                                 .arg(where, QString::fromUtf8(geometry->getGeometryName())));
        }
        if (tableType == wkbMultiLineString) {
            geometry.reset(OGRGeometryFactory::forceToMultiLineString(geometry.release()));
        } else if (tableType == wkbMultiPolygon) {
            geometry.reset(OGRGeometryFactory::forceToMultiPolygon(geometry.release()));
        }
        OGRLayer* table = tables.at(tableType);
        OGRFeatureUniquePtr feature(OGRFeature::CreateFeature(table->GetLayerDefn()));
        for (const QString& field : fieldNames()) {
            const QString column = field == QLatin1String("item_id") ? QStringLiteral("id") : field;
            if (field == QLatin1String("beyond_region")) {
                feature->SetField("beyond_region",
                                  items_.value(row, column) == QLatin1String("yes") ? 1 : 0);
            } else {
                feature->SetField(field.toUtf8().constData(),
                                  items_.value(row, column).toUtf8().constData());
            }
        }
        feature->SetGeometryDirectly(geometry.release());
        if (table->CreateFeature(feature.get()) != OGRERR_NONE) {
            throw gis::Error(tr("%1: cannot store the item: %2").arg(where, gis::lastGdalError()));
        }
    }
}

}  // namespace core
