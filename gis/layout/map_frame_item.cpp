// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/layout/map_frame_item.h"

#include "gis/coordinate_transform.h"
#include "gis/error.h"
#include "gis/layout/atlas.h"
#include "gis/layout/layout_data_source.h"
#include "gis/layout/layout_paint_context.h"
#include "gis/map_renderer.h"
#include "gis/map_scale.h"

#include <QJsonArray>

#include <cmath>

namespace gis {

namespace {

constexpr double kMetresPerDegree = 111320.0;

/// Grows `extent` by `percent` on each side, and to at least `minimumMetres` wide and high.
QRectF padded(const QRectF& extent, double percent, double minimumMetres, const Crs& crs,
              double latitude) {
    const double unitsPerMetre =
        crs.isGeographic()
            ? 1.0 / (kMetresPerDegree * std::max(0.2, std::cos(latitude * M_PI / 180)))
            : 1.0;
    const double minimum = minimumMetres * unitsPerMetre;
    const double width = std::max(extent.width() * (1 + 2 * percent / 100), minimum);
    const double height = std::max(extent.height() * (1 + 2 * percent / 100), minimum);
    QRectF grown(0, 0, width, height);
    grown.moveCenter(extent.center());
    return grown;
}

}  // namespace

std::unique_ptr<LayoutItem> MapFrameItem::clone() const {
    return std::make_unique<MapFrameItem>(*this);
}

MapFrameState MapFrameItem::state(double dpi, const LayoutDataSource& data,
                                  const AtlasPage* atlasPage) const {
    MapFrameState state;
    state.rectPixels = QRectF(rectMm.x() * dpi / 25.4, rectMm.y() * dpi / 25.4,
                              rectMm.width() * dpi / 25.4, rectMm.height() * dpi / 25.4);
    MapSettings& settings = state.settings;
    settings.crs = crs.isValid() ? crs : data.defaultCrs();
    settings.dpi = dpi;
    settings.background = background.alpha() > 0 ? background : QColor(Qt::white);
    settings.outputSize = QSize(std::max(1, int(std::lround(state.rectPixels.width()))),
                                std::max(1, int(std::lround(state.rectPixels.height()))));
    if (atlasPage && followsAtlas && locatorOf.isEmpty()) {
        const CoordinateTransform toFrame(atlasPage->crs, settings.crs);
        const bool point = atlasPage->extent.width() <= 0 && atlasPage->extent.height() <= 0;
        const QRectF featureExtent =
            point ? QRectF(toFrame.transform(atlasPage->extent.center()), QSizeF(0, 0))
                  : toFrame.transformBounds(atlasPage->extent);
        const QPointF lonLat =
            CoordinateTransform(settings.crs, Crs::wgs84()).transform(featureExtent.center());
        settings.extent = padded(featureExtent, atlasPage->marginPercent,
                                 atlasPage->minimumSizeMetres, settings.crs, lonLat.y());
    } else if (extent.isValid() && !extent.isEmpty()) {
        settings.extent = extent;
    } else {
        settings.extent = CoordinateTransform(data.defaultCrs(), settings.crs)
                              .transformBounds(data.defaultExtent());
    }
    if (!settings.isValid()) {
        throw Error(tr("Map frame \"%1\": its extent is empty or its CRS unknown").arg(id));
    }
    if (scaleDenominator > 0) {
        // The nominal units per pixel differ from the true scale by the projection's scale factor
        // (and by latitude in a geographic CRS): correct by the measured geodesic scale.
        const QPointF center = settings.extent.center();
        double unitsPerPixel = settings.mapUnitsPerPixel();
        for (int iteration = 0; iteration < 3; ++iteration) {
            QRectF view(0, 0, unitsPerPixel * settings.outputSize.width(),
                        unitsPerPixel * settings.outputSize.height());
            view.moveCenter(center);
            settings.extent = view;
            const double measured = gis::scaleDenominator(settings);
            if (measured <= 0) {
                break;
            }
            unitsPerPixel *= this->scaleDenominator / measured;
        }
        QRectF view(0, 0, unitsPerPixel * settings.outputSize.width(),
                    unitsPerPixel * settings.outputSize.height());
        view.moveCenter(center);
        settings.extent = view;
    }
    state.scaleDenominator = gis::scaleDenominator(settings);
    state.layers = atlasPage && followsAtlas && locatorOf.isEmpty()
                       ? data.pageLayers(themeId, state.scaleDenominator, *atlasPage)
                       : data.layers(themeId, state.scaleDenominator);
    return state;
}

void MapFrameItem::draw(LayoutPaintContext& context) const {
    const MapFrameState* state = context.frame(id);
    QPainter& painter = *context.painter;
    if (state) {
        painter.save();
        painter.setClipRect(state->rectPixels);
        painter.translate(state->rectPixels.topLeft());
        context.errors << MapRenderer(state->settings, state->layers).render(painter);
        painter.restore();
        if (const MapFrameState* located = context.frame(locatorOf)) {
            // The located frame's view, densified so that a curved outline stays curved.
            const QRectF view = located->settings.visibleExtent();
            QPolygonF outline;
            const CoordinateTransform toHere(located->settings.crs, state->settings.crs);
            const QTransform toPixel =
                state->settings.mapToPixel() *
                QTransform::fromTranslate(state->rectPixels.left(), state->rectPixels.top());
            const QPointF corners[] = {view.topLeft(), view.topRight(), view.bottomRight(),
                                       view.bottomLeft(), view.topLeft()};
            for (int side = 0; side < 4; ++side) {
                for (int i = 0; i < 16; ++i) {
                    const QPointF p =
                        corners[side] + (corners[side + 1] - corners[side]) * (i / 16.0);
                    outline << toPixel.map(toHere.transform(p));
                }
            }
            painter.save();
            painter.setClipRect(state->rectPixels);
            painter.setPen(QPen(locatorColor, context.pixels(0.5)));
            QColor fill = locatorColor;
            fill.setAlpha(40);
            painter.setBrush(fill);
            painter.drawPolygon(outline);
            painter.restore();
        }
        for (const MapGrid& grid : grids) {
            const QString problem =
                MapGridPainter(state->settings, state->rectPixels, context.dpi).draw(painter, grid);
            if (!problem.isEmpty()) {
                context.errors << tr("Map frame \"%1\": %2").arg(id, problem);
            }
        }
    }
    drawFrame(context);
}

void MapFrameItem::writeProperties(QJsonObject& json) const {
    json["crs"] = crs.isValid() ? crs.authId() : QString();
    json["extent"] =
        extent.isEmpty()
            ? QJsonValue()
            : QJsonValue(QJsonArray{extent.left(), extent.top(), extent.right(), extent.bottom()});
    json["scale"] = scaleDenominator;
    json["theme"] = themeId;
    QJsonArray gridArray;
    for (const MapGrid& grid : grids) {
        gridArray.append(grid.toJson());
    }
    json["grids"] = gridArray;
    json["locator_of"] = locatorOf;
    json["follows_atlas"] = followsAtlas;
    json["locator_color"] = colorToJson(locatorColor);
}

void MapFrameItem::readProperties(const QJsonObject& json) {
    const QString crsText = json["crs"].toString();
    crs = crsText.isEmpty() ? Crs() : Crs::fromUserInput(crsText);
    const QJsonArray e = json["extent"].toArray();
    extent = e.size() == 4 ? QRectF(QPointF(e[0].toDouble(), e[1].toDouble()),
                                    QPointF(e[2].toDouble(), e[3].toDouble()))
                           : QRectF();
    scaleDenominator = json["scale"].toDouble(0);
    if (scaleDenominator < 0) {
        throw Error(tr("Map frame \"%1\": the scale must be positive").arg(id));
    }
    themeId = json["theme"].toString();
    grids.clear();
    for (const QJsonValue& grid : json["grids"].toArray()) {
        grids.push_back(MapGrid::fromJson(grid.toObject()));
    }
    locatorOf = json["locator_of"].toString();
    followsAtlas = json["follows_atlas"].toBool(true);
    locatorColor = colorFromJson(json["locator_color"], locatorColor);
}

}  // namespace gis
