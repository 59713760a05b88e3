// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/feature_locator.h"

#include "gis/coordinate_transform.h"

#include <algorithm>

namespace gis {

std::vector<LocatedFeature> FeatureLocator::locate(const MapLayer& layer, const Crs& mapCrs,
                                                   const QPointF& mapPoint, double tolerance) {
    std::vector<LocatedFeature> found;
    if (!layer.source) {
        return found;
    }
    const QRectF mapSquare(mapPoint - QPointF(tolerance, tolerance),
                           QSizeF(2 * tolerance, 2 * tolerance));
    const CoordinateTransform toSource(mapCrs, layer.source->crs());
    const QRectF sourceSquare = toSource.transformBounds(mapSquare);
    const QPointF sourcePoint = toSource.transform(mapPoint);
    // The tolerance in source units: half the square's diagonal extent.
    const double sourceTolerance = std::max(sourceSquare.width(), sourceSquare.height()) / 2;
    const OGRPoint click(sourcePoint.x(), sourcePoint.y());
    QStringList columns;
    for (const Field& field : layer.source->fields()) {
        columns << field.name;
    }
    auto features = layer.source->query({sourceSquare, columns});
    Feature feature;
    while (features->next(feature)) {
        // What the map leaves out (an unsaved deletion) is not there to find either.
        if (!feature.geometry ||
            (layer.excludedFeatures && layer.excludedFeatures->count(feature.id) > 0)) {
            continue;
        }
        const double distance = feature.geometry->Distance(&click);
        if (distance >= 0 && distance <= sourceTolerance) {
            LocatedFeature located{layer.id,
                                   feature.id,
                                   distance,
                                   std::shared_ptr<const OGRGeometry>(feature.geometry.release()),
                                   {}};
            for (qsizetype i = 0; i < columns.size(); ++i) {
                located.attributes.emplace_back(columns[i], feature.attributes[i].toString());
            }
            found.push_back(std::move(located));
        }
    }
    std::stable_sort(
        found.begin(), found.end(),
        [](const LocatedFeature& a, const LocatedFeature& b) { return a.distance < b.distance; });
    return found;
}

std::optional<LocatedFeature> FeatureLocator::topmost(const std::vector<MapLayer>& layers,
                                                      const Crs& mapCrs, const QPointF& mapPoint,
                                                      double tolerance) {
    for (auto layer = layers.rbegin(); layer != layers.rend(); ++layer) {
        if (!layer->visible) {
            continue;
        }
        std::vector<LocatedFeature> found = locate(*layer, mapCrs, mapPoint, tolerance);
        if (!found.empty()) {
            return found.front();
        }
    }
    return std::nullopt;
}

}  // namespace gis
