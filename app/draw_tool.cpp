// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/draw_tool.h"

#include "app/map_canvas.h"
#include "gis/error.h"
#include "gis/geodesic_measure.h"
#include "gis/snap_indexer.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLineF>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStyleHints>

namespace app {

namespace {
const QColor kLineColor(200, 30, 140);
const QColor kFillColor(200, 30, 140, 50);
const QColor kSnapColor(255, 0, 255);
constexpr double kVertexRadius = 3.5;
constexpr double kSnapMarkerSize = 7;
constexpr double kLabelOffset = 14;
constexpr double kLabelPadding = 5;

OGRLinearRing* makeRing(const std::vector<QPointF>& points) {
    auto* ring = new OGRLinearRing;
    for (const QPointF& point : points) {
        ring->addPoint(point.x(), point.y());
    }
    ring->closeRings();
    return ring;
}

OGRLineString* makeLine(const std::vector<QPointF>& points) {
    auto* line = new OGRLineString;
    for (const QPointF& point : points) {
        line->addPoint(point.x(), point.y());
    }
    return line;
}
}  // namespace

DrawTool::DrawTool(MapCanvas* canvas, Shape shape) : MapTool(canvas), shape_(shape) {
    connect(canvas, &MapCanvas::viewChanged, this, [this] { followCanvasCrs(); });
}

void DrawTool::setSnappingEnabled(bool enabled) {
    snapping_ = enabled;
    if (!enabled) {
        snap_.reset();
        canvas()->update();
    }
}

bool DrawTool::isDrawing() const {
    for (const auto& part : parts_) {
        for (const auto& ring : part) {
            if (!ring.empty()) {
                return true;
            }
        }
    }
    return false;
}

bool DrawTool::followCanvasCrs() {
    const gis::Crs crs = canvas()->mapSettings().crs;
    if (toLonLat_ && crs == crs_) {
        return true;
    }
    crs_ = crs;
    try {
        toLonLat_.emplace(crs, gis::Crs::wgs84());
    } catch (const gis::Error&) {
        toLonLat_.reset();  // no map CRS yet (no project open): nothing can be drawn
    }
    return toLonLat_.has_value();
}

QPointF DrawTool::toPixel(const QPointF& lonLat) const {
    return canvas()->mapToPixel(toLonLat_->inverseTransform(lonLat));
}

QPointF DrawTool::snappedMapPoint(const QPointF& pixel) {
    const QPointF mapPoint = canvas()->pixelToMap(pixel);
    snap_.reset();
    if (snapping_ && snapIndexer_) {
        snap_ = snapIndexer_->snap(mapPoint, canvas()->mapUnits(snapTolerancePixels_));
    }
    return snap_ ? snap_->point : mapPoint;
}

void DrawTool::addVertexLonLat(const QPointF& lonLat) {
    if (shape_ == Shape::Point) {
        Q_EMIT geometryCaptured(std::make_shared<const OGRPoint>(lonLat.x(), lonLat.y()));
        return;
    }
    addVertex(lonLat);
    changed();
}

void DrawTool::addVertex(const QPointF& lonLat) {
    if (parts_.empty()) {
        parts_.push_back({{}});
    }
    currentRing().push_back(lonLat);
}

void DrawTool::removeLastVertex() {
    if (parts_.empty()) {
        return;
    }
    if (currentRing().empty()) {
        // Undo the last "next part" or "hole" first.
        parts_.back().pop_back();
        if (parts_.back().empty()) {
            parts_.pop_back();
        }
    } else {
        currentRing().pop_back();
    }
    if (!isDrawing()) {
        parts_.clear();
    }
    changed();
}

void DrawTool::startNextPart() {
    if (shape_ == Shape::Point || parts_.empty() || currentRing().empty()) {
        return;
    }
    parts_.push_back({{}});
    changed();
}

void DrawTool::startHole() {
    if (shape_ != Shape::Polygon || parts_.empty() || currentRing().size() < 3) {
        return;
    }
    parts_.back().push_back({});
    changed();
}

bool DrawTool::finish() {
    OGRGeometryUniquePtr geometry = buildGeometry(false);
    if (!geometry) {
        return false;
    }
    parts_.clear();
    cursor_.reset();
    std::shared_ptr<const OGRGeometry> captured(geometry.release());
    changed();
    Q_EMIT geometryCaptured(std::move(captured));
    return true;
}

void DrawTool::cancel() {
    parts_.clear();
    cursor_.reset();
    changed();
    Q_EMIT drawingCancelled();
}

void DrawTool::deactivate() {
    parts_.clear();
    cursor_.reset();
    snap_.reset();
    changed();
}

OGRGeometryUniquePtr DrawTool::footprint(bool withCursor) const {
    return buildGeometry(withCursor);
}

OGRGeometryUniquePtr DrawTool::buildGeometry(bool withCursor) const {
    if (shape_ == Shape::Point) {
        if (withCursor && cursor_) {
            return OGRGeometryUniquePtr(new OGRPoint(cursor_->x(), cursor_->y()));
        }
        return nullptr;
    }
    const bool addCursor = withCursor && cursor_ && isDrawing();
    std::vector<std::unique_ptr<OGRGeometry>> built;
    for (std::size_t p = 0; p < parts_.size(); ++p) {
        std::unique_ptr<OGRPolygon> polygon;
        for (std::size_t r = 0; r < parts_[p].size(); ++r) {
            std::vector<QPointF> points = parts_[p][r];
            if (addCursor && p + 1 == parts_.size() && r + 1 == parts_[p].size()) {
                points.push_back(*cursor_);
            }
            if (shape_ == Shape::Line) {
                if (points.size() >= 2) {
                    built.emplace_back(makeLine(points));
                }
                break;
            }
            if (points.size() < 3) {
                continue;
            }
            if (r == 0) {
                polygon = std::make_unique<OGRPolygon>();
            }
            if (polygon) {
                polygon->addRingDirectly(makeRing(points));
            }
        }
        if (polygon) {
            built.push_back(std::move(polygon));
        }
    }
    if (built.empty()) {
        return nullptr;
    }
    if (built.size() == 1) {
        return OGRGeometryUniquePtr(built.front().release());
    }
    std::unique_ptr<OGRGeometryCollection> multi;
    if (shape_ == Shape::Line) {
        multi = std::make_unique<OGRMultiLineString>();
    } else {
        multi = std::make_unique<OGRMultiPolygon>();
    }
    for (auto& part : built) {
        multi->addGeometryDirectly(part.release());
    }
    return OGRGeometryUniquePtr(multi.release());
}

void DrawTool::changed() {
    canvas()->update();
    Q_EMIT footprintChanged();
}

void DrawTool::mousePress(QMouseEvent* event) {
    if (event->button() == Qt::RightButton) {
        finish();
        return;
    }
    if (event->button() != Qt::LeftButton || !followCanvasCrs()) {
        return;
    }
    const QPointF mapPoint = snappedMapPoint(event->position());
    const QPointF lonLat = toLonLat_->transform(mapPoint);
    cursor_ = lonLat;
    if (shape_ == Shape::Point) {
        addVertexLonLat(lonLat);
        return;
    }
    // A second press of a double click lands (nearly) on the last vertex: no zero-length edge.
    const int slack = QGuiApplication::styleHints()->mouseDoubleClickDistance();
    if (!isDrawing() || currentRing().empty() ||
        QLineF(toPixel(currentRing().back()), canvas()->mapToPixel(mapPoint)).length() > slack) {
        addVertex(lonLat);
    }
    changed();
}

void DrawTool::mouseMove(QMouseEvent* event) {
    if (!followCanvasCrs()) {
        return;
    }
    cursor_ = toLonLat_->transform(snappedMapPoint(event->position()));
    changed();
}

void DrawTool::mouseDoubleClick(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton || shape_ == Shape::Point) {
        return;
    }
    mousePress(event);
    finish();
}

bool DrawTool::keyPress(QKeyEvent* event) {
    switch (event->key()) {
        case Qt::Key_Backspace:
        case Qt::Key_Delete:
            if (!isDrawing() && parts_.empty()) {
                return false;
            }
            removeLastVertex();
            return true;
        case Qt::Key_Escape:
            if (!isDrawing()) {
                return false;
            }
            cancel();
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            return finish();
        case Qt::Key_N:
            startNextPart();
            return isDrawing();
        case Qt::Key_H:
            startHole();
            return isDrawing();
        default:
            return false;
    }
}

QStringList DrawTool::labelLines() const {
    QStringList lines;
    if (!cursor_ || parts_.empty() || parts_.back().back().empty()) {
        return lines;
    }
    const QPointF from = parts_.back().back().back();
    const double segment = gis::GeodesicMeasure::length({from, *cursor_});
    if (segment > 0) {
        lines << tr("Segment: %1, bearing %2°")
                     .arg(gis::GeodesicMeasure::formatLength(segment),
                          QLocale().toString(gis::GeodesicMeasure::initialBearing(from, *cursor_),
                                             'f', 1));
    }
    std::vector<QPointF> ring = parts_.back().back();
    ring.push_back(*cursor_);
    if (shape_ == Shape::Line) {
        lines << tr("Length: %1")
                     .arg(gis::GeodesicMeasure::formatLength(gis::GeodesicMeasure::length(ring)));
    } else if (ring.size() >= 3) {
        lines << tr("Ring area: %1")
                     .arg(gis::GeodesicMeasure::formatArea(gis::GeodesicMeasure::area(ring)));
    }
    return lines;
}

void DrawTool::paintSnapMarker(QPainter& painter) const {
    if (!snap_) {
        return;
    }
    const QPointF centre = canvas()->mapToPixel(snap_->point);
    const double s = kSnapMarkerSize;
    painter.setPen(QPen(kSnapColor, 2));
    painter.setBrush(Qt::NoBrush);
    switch (snap_->kind) {
        case gis::SnapKind::Vertex:
            painter.drawRect(QRectF(centre - QPointF(s, s), QSizeF(2 * s, 2 * s)));
            break;
        case gis::SnapKind::Intersection:
            painter.drawLine(centre + QPointF(-s, -s), centre + QPointF(s, s));
            painter.drawLine(centre + QPointF(-s, s), centre + QPointF(s, -s));
            painter.drawEllipse(centre, s, s);
            break;
        case gis::SnapKind::Segment:
            painter.drawPolygon(QPolygonF{centre + QPointF(0, -s), centre + QPointF(s, 0),
                                          centre + QPointF(0, s), centre + QPointF(-s, 0)});
            break;
    }
}

void DrawTool::paint(QPainter& painter) {
    if (!toLonLat_) {
        return;
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    const bool rubberBand = cursor_ && isDrawing();
    const std::optional<QPointF> end =
        rubberBand ? std::optional<QPointF>(toPixel(*cursor_)) : std::nullopt;

    for (std::size_t p = 0; p < parts_.size(); ++p) {
        QPainterPath area;
        area.setFillRule(Qt::OddEvenFill);
        for (std::size_t r = 0; r < parts_[p].size(); ++r) {
            const bool current = p + 1 == parts_.size() && r + 1 == parts_[p].size();
            QPolygonF pixels;
            for (const QPointF& vertex : parts_[p][r]) {
                pixels << toPixel(vertex);
            }
            if (pixels.isEmpty()) {
                continue;
            }
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(kLineColor, 2));
            if (shape_ == Shape::Polygon && !current) {
                pixels << pixels.front();
            }
            painter.drawPolyline(pixels);
            if (current && end) {
                painter.setPen(QPen(kLineColor, 1.5, Qt::DashLine));
                painter.drawLine(pixels.back(), *end);
                if (shape_ == Shape::Polygon && pixels.size() > 1) {
                    painter.drawLine(*end, pixels.front());
                }
                pixels << *end;
            }
            if (shape_ == Shape::Polygon) {
                area.addPolygon(pixels);
                area.closeSubpath();
            }
        }
        painter.fillPath(area, kFillColor);
    }
    painter.setPen(QPen(kLineColor, 1.5));
    painter.setBrush(Qt::white);
    for (const auto& part : parts_) {
        for (const auto& ring : part) {
            for (const QPointF& vertex : ring) {
                painter.drawEllipse(toPixel(vertex), kVertexRadius, kVertexRadius);
            }
        }
    }
    paintSnapMarker(painter);

    const QString text = labelLines().join(QLatin1Char('\n'));
    if (end && !text.isEmpty()) {
        // The label box beside the cursor, kept inside the canvas.
        const QFontMetricsF metrics(painter.font());
        QRectF box = metrics.boundingRect(QRectF(0, 0, 1000, 1000), Qt::AlignLeft, text)
                         .adjusted(-kLabelPadding, -kLabelPadding, kLabelPadding, kLabelPadding);
        box.moveTopLeft(*end + QPointF(kLabelOffset, kLabelOffset));
        const QRectF bounds = canvas()->rect();
        if (box.right() > bounds.right()) {
            box.moveRight(end->x() - kLabelOffset);
        }
        if (box.bottom() > bounds.bottom()) {
            box.moveBottom(end->y() - kLabelOffset);
        }
        painter.setPen(QPen(QColor(80, 80, 80), 1));
        painter.setBrush(QColor(255, 255, 255, 230));
        painter.drawRoundedRect(box, 3, 3);
        painter.setPen(Qt::black);
        painter.drawText(box.adjusted(kLabelPadding, kLabelPadding, -kLabelPadding, -kLabelPadding),
                         Qt::AlignLeft | Qt::AlignTop, text);
    }
    painter.restore();
}

}  // namespace app
