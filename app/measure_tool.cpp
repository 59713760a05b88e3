// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/measure_tool.h"

#include "app/map_canvas.h"
#include "gis/error.h"
#include "gis/geodesic_measure.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLineF>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QStyleHints>

namespace app {

namespace {
const QColor kLineColor(220, 60, 30);
const QColor kFillColor(220, 60, 30, 60);
constexpr double kVertexRadius = 3.5;
constexpr double kLabelOffset = 14;
constexpr double kLabelPadding = 5;
}  // namespace

MeasureTool::MeasureTool(MapCanvas* canvas, Mode mode) : MapTool(canvas), mode_(mode) {
    connect(canvas, &MapCanvas::viewChanged, this, &MeasureTool::followCanvasCrs);
}

QString MeasureTool::resultText() const {
    return mode_ == Mode::Distance ? gis::GeodesicMeasure::formatLength(result_)
                                   : gis::GeodesicMeasure::formatArea(result_);
}

void MeasureTool::deactivate() {
    clear();
}

void MeasureTool::mousePress(QMouseEvent* event) {
    if (event->button() == Qt::RightButton) {
        finish();
    } else if (event->button() == Qt::LeftButton) {
        if (finished_) {
            clear();
        }
        addVertex(event->position());
    }
}

void MeasureTool::mouseMove(QMouseEvent* event) {
    if (finished_ || vertices_.empty()) {
        return;
    }
    cursor_ = canvas()->pixelToMap(event->position());
    remeasure();
}

void MeasureTool::mouseDoubleClick(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) {
        return;
    }
    // The press before the double click usually added this vertex already; addVertex skips it.
    if (finished_) {
        clear();
    }
    addVertex(event->position());
    finish();
}

bool MeasureTool::keyPress(QKeyEvent* event) {
    if (event->key() == Qt::Key_Backspace && !finished_ && !vertices_.empty()) {
        vertices_.pop_back();
        remeasure();
        return true;
    }
    if (event->key() == Qt::Key_Escape && !vertices_.empty()) {
        clear();
        return true;
    }
    return false;
}

void MeasureTool::addVertex(const QPointF& pixel) {
    followCanvasCrs();
    if (!toLonLat_) {
        return;
    }
    const QPointF point = canvas()->pixelToMap(pixel);
    cursor_ = point;
    // A second press of a double click lands (nearly) on the last vertex: no zero-length edge.
    const int slack = QGuiApplication::styleHints()->mouseDoubleClickDistance();
    if (vertices_.empty() ||
        QLineF(canvas()->mapToPixel(vertices_.back()), pixel).length() > slack) {
        vertices_.push_back(point);
    }
    remeasure();
}

void MeasureTool::finish() {
    if (vertices_.empty() || finished_) {
        return;
    }
    finished_ = true;
    cursor_.reset();
    remeasure();
}

void MeasureTool::clear() {
    vertices_.clear();
    cursor_.reset();
    finished_ = false;
    remeasure();
}

void MeasureTool::followCanvasCrs() {
    const gis::Crs crs = canvas()->mapSettings().crs;
    if (toLonLat_ && crs == crs_) {
        return;
    }
    try {
        if (crs_.isValid() && (!vertices_.empty() || cursor_)) {
            const gis::CoordinateTransform reproject(crs_, crs);
            for (QPointF& vertex : vertices_) {
                vertex = reproject.transform(vertex);
            }
            if (cursor_) {
                cursor_ = reproject.transform(*cursor_);
            }
        }
        toLonLat_.emplace(crs, gis::Crs::wgs84());
    } catch (const gis::Error&) {
        // No usable map CRS yet (no project open): nothing can be measured.
        toLonLat_.reset();
        vertices_.clear();
        cursor_.reset();
    }
    crs_ = crs;
    remeasure();
}

std::vector<QPointF> MeasureTool::lonLatPoints(bool withCursor) const {
    std::vector<QPointF> points;
    if (!toLonLat_) {
        return points;
    }
    points.reserve(vertices_.size() + 1);
    for (const QPointF& vertex : vertices_) {
        points.push_back(toLonLat_->transform(vertex));
    }
    if (withCursor && cursor_ && !finished_ && !vertices_.empty()) {
        points.push_back(toLonLat_->transform(*cursor_));
    }
    return points;
}

void MeasureTool::remeasure() {
    const std::vector<QPointF> points = lonLatPoints(true);
    const double value = mode_ == Mode::Distance ? gis::GeodesicMeasure::length(points)
                                                 : gis::GeodesicMeasure::area(points);
    canvas()->update();
    if (value != result_) {
        result_ = value;
        Q_EMIT measured(result_, resultText());
    }
}

QStringList MeasureTool::labelLines() const {
    if (mode_ == Mode::Area) {
        return {tr("Area: %1").arg(resultText())};
    }
    QStringList lines{tr("Total: %1").arg(resultText())};
    if (!finished_ && cursor_ && !vertices_.empty() && toLonLat_) {
        const QPointF from = toLonLat_->transform(vertices_.back());
        const QPointF to = toLonLat_->transform(*cursor_);
        const double segment = gis::GeodesicMeasure::length({from, to});
        if (segment > 0) {
            const double bearing = gis::GeodesicMeasure::initialBearing(from, to);
            lines << tr("Segment: %1, bearing %2°")
                         .arg(gis::GeodesicMeasure::formatLength(segment),
                              QLocale().toString(bearing, 'f', 1));
        }
    }
    return lines;
}

void MeasureTool::paint(QPainter& painter) {
    if (vertices_.empty()) {
        return;
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    QPolygonF fixed;
    for (const QPointF& vertex : vertices_) {
        fixed << canvas()->mapToPixel(vertex);
    }
    const bool rubberBand = !finished_ && cursor_;
    const QPointF end = rubberBand ? canvas()->mapToPixel(*cursor_) : fixed.back();
    if (mode_ == Mode::Area) {
        QPolygonF filled = fixed;
        if (rubberBand) {
            filled << end;
        }
        painter.setPen(Qt::NoPen);
        painter.setBrush(kFillColor);
        painter.drawPolygon(filled);
        if (finished_) {
            fixed << fixed.front();
        }
    }
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(kLineColor, 2));
    painter.drawPolyline(fixed);
    if (rubberBand) {
        painter.setPen(QPen(kLineColor, 1.5, Qt::DashLine));
        painter.drawLine(fixed.back(), end);
        if (mode_ == Mode::Area && vertices_.size() > 1) {
            painter.drawLine(end, fixed.front());
        }
    }
    painter.setPen(QPen(kLineColor, 1.5));
    painter.setBrush(Qt::white);
    for (const QPointF& vertex : vertices_) {
        painter.drawEllipse(canvas()->mapToPixel(vertex), kVertexRadius, kVertexRadius);
    }

    // The label box beside the last point, kept inside the canvas.
    const QString text = labelLines().join(QLatin1Char('\n'));
    const QFontMetricsF metrics(painter.font());
    QRectF box = metrics.boundingRect(QRectF(0, 0, 1000, 1000), Qt::AlignLeft, text)
                     .adjusted(-kLabelPadding, -kLabelPadding, kLabelPadding, kLabelPadding);
    box.moveTopLeft(end + QPointF(kLabelOffset, kLabelOffset));
    const QRectF bounds = canvas()->rect();
    if (box.right() > bounds.right()) {
        box.moveRight(end.x() - kLabelOffset);
    }
    if (box.bottom() > bounds.bottom()) {
        box.moveBottom(end.y() - kLabelOffset);
    }
    painter.setPen(QPen(QColor(80, 80, 80), 1));
    painter.setBrush(QColor(255, 255, 255, 230));
    painter.drawRoundedRect(box, 3, 3);
    painter.setPen(Qt::black);
    painter.drawText(box.adjusted(kLabelPadding, kLabelPadding, -kLabelPadding, -kLabelPadding),
                     Qt::AlignLeft | Qt::AlignTop, text);
    painter.restore();
}

}  // namespace app
