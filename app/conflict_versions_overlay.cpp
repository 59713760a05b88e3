// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/conflict_versions_overlay.h"

#include "app/map_canvas.h"
#include "gis/coordinate_transform.h"
#include "gis/error.h"

#include <QEvent>
#include <QPainter>

namespace app {

namespace {

/// Adds a geometry's rings, lines and points to the lists, transformed by `toMap`.
void collect(const OGRGeometry& geometry, const gis::CoordinateTransform& toMap,
             std::vector<QPolygonF>& parts, std::vector<QPointF>& points) {
    switch (wkbFlatten(geometry.getGeometryType())) {
        case wkbPoint:
            points.push_back(
                toMap.transform({geometry.toPoint()->getX(), geometry.toPoint()->getY()}));
            break;
        case wkbLineString:
        case wkbLinearRing: {
            QPolygonF line;
            for (const OGRPoint& point : *geometry.toLineString()) {
                line << toMap.transform({point.getX(), point.getY()});
            }
            parts.push_back(line);
            break;
        }
        case wkbPolygon:
            for (const OGRLinearRing* ring : *geometry.toPolygon()) {
                collect(*ring, toMap, parts, points);
            }
            break;
        default:
            if (OGR_GT_IsSubClassOf(geometry.getGeometryType(), wkbGeometryCollection)) {
                for (const OGRGeometry* part : *geometry.toGeometryCollection()) {
                    collect(*part, toMap, parts, points);
                }
            }
    }
}

}  // namespace

ConflictVersionsOverlay::ConflictVersionsOverlay(MapCanvas* canvas,
                                                 const core::FeatureConflict& conflict,
                                                 const gis::Crs& layerCrs)
    : QWidget(canvas),
      canvas_(canvas),
      theirs_(outlinesOf(conflict.theirs, layerCrs, canvas->mapSettings().crs)),
      mine_(outlinesOf(conflict.mine, layerCrs, canvas->mapSettings().crs)) {
    setObjectName(QStringLiteral("conflictVersionsOverlay"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setGeometry(canvas->rect());
    canvas->installEventFilter(this);
    connect(canvas, &MapCanvas::viewChanged, this, qOverload<>(&QWidget::update));
    show();
}

ConflictVersionsOverlay::Outlines ConflictVersionsOverlay::outlinesOf(
    const std::optional<core::FeatureState>& state, const gis::Crs& layerCrs,
    const gis::Crs& mapCrs) {
    Outlines outlines;
    const OGRGeometryUniquePtr geometry = state ? state->geometry() : nullptr;
    if (!geometry) {
        return outlines;
    }
    try {
        collect(*geometry, gis::CoordinateTransform(layerCrs, mapCrs), outlines.parts,
                outlines.points);
    } catch (const gis::Error&) {
        // No map CRS yet: nothing can be placed on the map.
    }
    return outlines;
}

bool ConflictVersionsOverlay::eventFilter(QObject* watched, QEvent* event) {
    if (watched == canvas_ && event->type() == QEvent::Resize) {
        setGeometry(canvas_->rect());
    }
    return QWidget::eventFilter(watched, event);
}

void ConflictVersionsOverlay::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setBrush(Qt::NoBrush);
    // Mine under theirs: where the shapes coincide, the dashes of theirs show mine between them.
    painter.setPen(QPen(mineColor(), 4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    paintOutlines(painter, mine_);
    QPen dashed(theirsColor(), 3, Qt::CustomDashLine, Qt::FlatCap, Qt::MiterJoin);
    dashed.setDashPattern({3, 2});
    painter.setPen(dashed);
    paintOutlines(painter, theirs_);
}

void ConflictVersionsOverlay::paintOutlines(QPainter& painter, const Outlines& outlines) const {
    for (const QPolygonF& part : outlines.parts) {
        QPolygonF pixels;
        pixels.reserve(part.size());
        for (const QPointF& point : part) {
            pixels << canvas_->mapToPixel(point);
        }
        painter.drawPolyline(pixels);
    }
    for (const QPointF& point : outlines.points) {
        painter.drawEllipse(canvas_->mapToPixel(point), 11, 11);
    }
}

}  // namespace app
