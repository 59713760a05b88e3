// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/symbol_preview.h"

#include "gis/coordinate_transform.h"
#include "gis/geometry_painter.h"

#include <ogr_geometry.h>

#include <QPainter>

namespace gis {

QImage SymbolPreview::render(const Symbol& symbol, GeometryKind kind, const QSize& size,
                             double dpi) {
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing, true);
    // Geometries are built in pixels, so the transform to the "map" is the identity.
    const CoordinateTransform identity(Crs::wgs84(), Crs::wgs84());
    GeometryPainter geometryPainter(identity, QTransform(), dpi / 25.4, QRectF());
    const double w = size.width();
    const double h = size.height();
    switch (kind) {
        case GeometryKind::Point: {
            Symbol small = symbol;
            small.markerSizeMm = std::min(symbol.markerSizeMm, (h - 2) * 25.4 / dpi);
            geometryPainter.draw(painter, OGRPoint(w / 2, h / 2), small);
            break;
        }
        case GeometryKind::Line: {
            OGRLineString line;
            line.addPoint(2, h * 0.7);
            line.addPoint(w * 0.4, h * 0.3);
            line.addPoint(w * 0.6, h * 0.7);
            line.addPoint(w - 2, h * 0.3);
            geometryPainter.draw(painter, line, symbol);
            break;
        }
        default: {
            OGRLinearRing ring;
            ring.addPoint(2, 2);
            ring.addPoint(w - 2, 2);
            ring.addPoint(w - 2, h - 2);
            ring.addPoint(2, h - 2);
            ring.closeRings();
            OGRPolygon patch;
            patch.addRing(&ring);
            geometryPainter.draw(painter, patch, symbol);
        }
    }
    return image;
}

}  // namespace gis
