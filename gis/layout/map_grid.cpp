// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/layout/map_grid.h"

#include "gis/coordinate_transform.h"
#include "gis/error.h"
#include "gis/gauss_kruger.h"

#include <QPainterPath>

#include <cmath>
#include <optional>

namespace gis {

namespace {

constexpr int kDensifySteps = 64;

double niceInterval(double span, bool degrees) {
    static const double degreeSteps[] = {0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 15, 30};
    static const double metreSteps[] = {1000, 2000, 5000, 10000, 20000, 50000, 100000, 200000};
    const double* begin = degrees ? std::begin(degreeSteps) : std::begin(metreSteps);
    const double* end = degrees ? std::end(degreeSteps) : std::end(metreSteps);
    for (const double* step = begin; step != end; ++step) {
        if (span / *step <= 7) {
            return *step;
        }
    }
    return *(end - 1);
}

/// Where the polyline crosses the horizontal line y = `edge` (or vertical x = `edge`).
std::optional<QPointF> crossing(const QPolygonF& line, double edge, bool horizontalEdge) {
    for (qsizetype i = 1; i < line.size(); ++i) {
        const QPointF a = line[i - 1];
        const QPointF b = line[i];
        const double av = horizontalEdge ? a.y() : a.x();
        const double bv = horizontalEdge ? b.y() : b.x();
        if ((av - edge) * (bv - edge) <= 0 && av != bv) {
            const double t = (edge - av) / (bv - av);
            return a + (b - a) * t;
        }
    }
    return std::nullopt;
}

}  // namespace

QJsonObject MapGrid::toJson() const {
    return {{"kind", kind == Kind::Graticule ? "graticule" : "metric"},
            {"crs", crs.isValid() ? crs.authId() : QString()},
            {"interval", interval},
            {"labels", labels},
            {"color", color.name(QColor::HexArgb)},
            {"line_width_mm", lineWidthMm},
            {"label_size_pt", labelSizePt}};
}

MapGrid MapGrid::fromJson(const QJsonObject& json) {
    MapGrid grid;
    grid.kind = json["kind"].toString() == QLatin1String("metric") ? Kind::Metric : Kind::Graticule;
    if (!json["crs"].toString().isEmpty()) {
        grid.crs = Crs::fromUserInput(json["crs"].toString());
    }
    grid.interval = json["interval"].toDouble(0);
    grid.labels = json["labels"].toBool(true);
    const QColor color = QColor::fromString(json["color"].toString());
    grid.color = color.isValid() ? color : grid.color;
    grid.lineWidthMm = json["line_width_mm"].toDouble(grid.lineWidthMm);
    grid.labelSizePt = json["label_size_pt"].toDouble(grid.labelSizePt);
    return grid;
}

MapGridPainter::MapGridPainter(const MapSettings& settings, const QRectF& frameRect, double dpi)
    : settings_(settings), frameRect_(frameRect), dpi_(dpi) {}

QString MapGridPainter::formatDegrees(double value, bool longitude) {
    const QChar hemisphere = longitude ? (value < 0 ? u'W' : u'E') : (value < 0 ? u'S' : u'N');
    const double absolute = std::abs(value);
    int degrees = int(std::floor(absolute + 1e-9));
    int minutes = int(std::lround((absolute - degrees) * 60));
    if (minutes == 60) {
        ++degrees;
        minutes = 0;
    }
    return minutes == 0 ? QStringLiteral("%1°%2").arg(degrees).arg(hemisphere)
                        : QStringLiteral("%1°%2′%3")
                              .arg(degrees)
                              .arg(minutes, 2, 10, QChar(u'0'))
                              .arg(hemisphere);
}

QString MapGridPainter::draw(QPainter& painter, const MapGrid& grid) const {
    Crs gridCrs = grid.kind == MapGrid::Kind::Graticule ? Crs::wgs84() : grid.crs;
    const QRectF visible = settings_.visibleExtent();
    try {
        if (!gridCrs.isValid()) {
            if (!settings_.crs.isGeographic()) {
                gridCrs = settings_.crs;
            } else {
                const QPointF center =
                    CoordinateTransform(settings_.crs, Crs::wgs84()).transform(visible.center());
                gridCrs = Crs::fromEpsg(gaussKrugerZone3Epsg(gaussKrugerZone3(center.x())));
            }
        }
        const CoordinateTransform toMap(gridCrs, settings_.crs);
        // The view in the grid's CRS, from points along its edges (one transform, not two).
        double minX = INFINITY, minY = INFINITY, maxX = -INFINITY, maxY = -INFINITY;
        for (int i = 0; i <= kDensifySteps; ++i) {
            const double t = double(i) / kDensifySteps;
            for (const QPointF& edge :
                 {QPointF(visible.left() + t * visible.width(), visible.top()),
                  QPointF(visible.left() + t * visible.width(), visible.bottom()),
                  QPointF(visible.left(), visible.top() + t * visible.height()),
                  QPointF(visible.right(), visible.top() + t * visible.height())}) {
                const QPointF p = toMap.inverseTransform(edge);
                if (std::isfinite(p.x()) && std::isfinite(p.y())) {
                    minX = std::min(minX, p.x());
                    maxX = std::max(maxX, p.x());
                    minY = std::min(minY, p.y());
                    maxY = std::max(maxY, p.y());
                }
            }
        }
        const QRectF bounds = minX < maxX && minY < maxY
                                  ? QRectF(QPointF(minX, minY), QPointF(maxX, maxY))
                                  : QRectF();
        if (bounds.isEmpty()) {
            return QStringLiteral("grid: the frame cannot be expressed in %1")
                .arg(gridCrs.authId());
        }
        const bool degrees = grid.kind == MapGrid::Kind::Graticule;
        const double step = grid.interval > 0
                                ? grid.interval
                                : niceInterval(std::max(bounds.width(), bounds.height()), degrees);
        const QTransform toPixel =
            settings_.mapToPixel() * QTransform::fromTranslate(frameRect_.left(), frameRect_.top());
        const auto polyline = [&](bool vertical, double value) {
            QPolygonF line;
            const double from = vertical ? bounds.top() : bounds.left();
            const double to = vertical ? bounds.bottom() : bounds.right();
            for (int i = 0; i <= kDensifySteps; ++i) {
                const double t = from + (to - from) * i / kDensifySteps;
                const QPointF point =
                    toMap.transform(vertical ? QPointF(value, t) : QPointF(t, value));
                if (std::isfinite(point.x()) && std::isfinite(point.y())) {
                    line << toPixel.map(point);
                }
            }
            return line;
        };

        painter.save();
        QPen pen(grid.color, grid.lineWidthMm * dpi_ / 25.4);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.setClipRect(frameRect_);
        std::vector<std::pair<double, QPolygonF>> verticals;
        std::vector<std::pair<double, QPolygonF>> horizontals;
        for (double x = std::ceil(bounds.left() / step) * step; x <= bounds.right(); x += step) {
            verticals.emplace_back(x, polyline(true, x));
            painter.drawPolyline(verticals.back().second);
        }
        for (double y = std::ceil(bounds.top() / step) * step; y <= bounds.bottom(); y += step) {
            horizontals.emplace_back(y, polyline(false, y));
            painter.drawPolyline(horizontals.back().second);
        }
        painter.setClipping(false);
        if (grid.labels) {
            QFont font(QStringLiteral("WenQuanYi Micro Hei"));
            font.setPixelSize(std::max(1, int(std::lround(grid.labelSizePt * dpi_ / 72))));
            painter.setFont(font);
            painter.setPen(QColor(40, 40, 40));
            const QFontMetricsF metrics(font);
            const double gap = dpi_ / 25.4 * 0.8;
            const auto text = [&](double value, bool longitude) {
                return degrees ? formatDegrees(value, longitude)
                               : QString::number(value / 1000.0, 'f', step < 1000 ? 1 : 0);
            };
            for (const auto& [value, line] : verticals) {
                const QString label = text(value, true);
                const double w = metrics.horizontalAdvance(label);
                if (const auto top = crossing(line, frameRect_.top(), true)) {
                    painter.drawText(
                        QPointF(top->x() - w / 2, frameRect_.top() - gap - metrics.descent()),
                        label);
                }
                if (const auto bottom = crossing(line, frameRect_.bottom(), true)) {
                    painter.drawText(
                        QPointF(bottom->x() - w / 2, frameRect_.bottom() + gap + metrics.ascent()),
                        label);
                }
            }
            for (const auto& [value, line] : horizontals) {
                const QString label = text(value, false);
                const double w = metrics.horizontalAdvance(label);
                const double baseline = metrics.ascent() / 2 - metrics.descent() / 2;
                if (const auto left = crossing(line, frameRect_.left(), false)) {
                    painter.drawText(QPointF(frameRect_.left() - gap - w, left->y() + baseline),
                                     label);
                }
                if (const auto right = crossing(line, frameRect_.right(), false)) {
                    painter.drawText(QPointF(frameRect_.right() + gap, right->y() + baseline),
                                     label);
                }
            }
        }
        painter.restore();
    } catch (const Error& error) {
        return error.message();
    }
    return {};
}

}  // namespace gis
