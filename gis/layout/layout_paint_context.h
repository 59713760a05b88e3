// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gis/layout/atlas.h"
#include "gis/map_layer.h"
#include "gis/map_settings.h"

#include <QFont>
#include <QHash>
#include <QPainter>
#include <QStringList>

#include <map>
#include <vector>

namespace gis {

class LayoutDataSource;
class PrintLayout;

/// A map frame as drawn on this page: where it is on the device, what it shows and at what true
/// scale (the geodesic 1:N at its centre).
struct MapFrameState {
    QRectF rectPixels;
    MapSettings settings;
    std::vector<MapLayer> layers;
    double scaleDenominator = 0;
};

/// What the items of one page draw with: the painter in device pixels at `dpi`, the data, the
/// atlas page (or none) and the map frames already computed. One per page render.
struct LayoutPaintContext {
    QPainter* painter = nullptr;
    double dpi = 300;
    const PrintLayout* layout = nullptr;
    const LayoutDataSource* data = nullptr;
    const AtlasPage* atlasPage = nullptr;
    QHash<QString, QString> variables;
    std::map<QString, MapFrameState> frames;
    QStringList errors;

    double pixels(double millimetres) const { return millimetres * dpi / 25.4; }
    QRectF pixelRect(const QRectF& millimetres) const;
    /// A font of `pointSize` at this dpi (pixel-sized, as the map labels are).
    QFont font(const QString& family, double pointSize, bool bold = false) const;
    /// Replaces {name} variables ({title}, {date}, {scale}, {atlas.name}, {page}, {pages} …).
    QString expand(const QString& text) const;
    const MapFrameState* frame(const QString& id) const;
};

}  // namespace gis
