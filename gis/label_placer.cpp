// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/label_placer.h"

#include <QFontMetricsF>
#include <QPainterPath>

#include <algorithm>
#include <array>

namespace gis {

namespace {

constexpr double kGapPixels = 2.0;

bool overlapsAny(const QRectF& box, const std::vector<PlacedLabel>& placed) {
    return std::any_of(placed.begin(), placed.end(),
                       [&](const PlacedLabel& label) { return label.box.intersects(box); });
}

}  // namespace

LabelPlacer::LabelPlacer(QRectF bounds, double dpi) : bounds_(bounds), dpi_(dpi) {}

QFont LabelPlacer::fontFor(const LabelStyle& style) const {
    QFont font(style.fontFamily);
    // Pixel size from points at the output's dpi, so a PNG at 300 dpi keeps the same proportions.
    font.setPixelSize(std::max(1, qRound(style.fontSizePt * dpi_ / 72.0)));
    font.setBold(style.bold);
    return font;
}

std::vector<PlacedLabel> LabelPlacer::place(std::vector<LabelCandidate> candidates) const {
    std::stable_sort(
        candidates.begin(), candidates.end(),
        [](const LabelCandidate& a, const LabelCandidate& b) { return a.priority > b.priority; });
    std::vector<PlacedLabel> placed;
    for (const LabelCandidate& candidate : candidates) {
        const QFont font = fontFor(candidate.style);
        const QFontMetricsF metrics(font);
        const double width = metrics.horizontalAdvance(candidate.text);
        const double ascent = metrics.ascent();
        const double height = metrics.height();
        const double gap = candidate.clearancePixels + kGapPixels;
        const QPointF a = candidate.anchor;
        // Top-left corners of the candidate boxes: right, left, above, below, then the diagonals.
        const std::array<QPointF, 7> corners{
            QPointF(a.x() + gap, a.y() - height / 2),
            QPointF(a.x() - gap - width, a.y() - height / 2),
            QPointF(a.x() - width / 2, a.y() - gap - height),
            QPointF(a.x() - width / 2, a.y() + gap),
            QPointF(a.x() + gap * 0.7, a.y() - gap * 0.7 - height),
            QPointF(a.x() - gap * 0.7 - width, a.y() - gap * 0.7 - height),
            QPointF(a.x() + gap * 0.7, a.y() + gap * 0.7),
        };
        const std::size_t positions = candidate.clearancePixels > 0 ? corners.size() : 1;
        for (std::size_t i = 0; i < positions; ++i) {
            QPointF topLeft = corners[i];
            if (candidate.clearancePixels <= 0) {
                topLeft = QPointF(a.x() - width / 2, a.y() - height / 2);
            }
            const QRectF box(topLeft, QSizeF(width, height));
            if (!bounds_.contains(box) || overlapsAny(box, placed)) {
                continue;
            }
            placed.push_back({candidate.text, font, QPointF(box.left(), box.top() + ascent), box,
                              candidate.style});
            break;
        }
    }
    return placed;
}

void LabelPlacer::draw(QPainter& painter, const std::vector<PlacedLabel>& labels) const {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    for (const PlacedLabel& label : labels) {
        QPainterPath path;
        path.addText(label.baseline, label.font, label.text);
        const double halo = label.style.haloWidthMm * dpi_ / 25.4;
        if (halo > 0) {
            QPen pen(label.style.haloColor, 2 * halo);
            pen.setJoinStyle(Qt::RoundJoin);
            painter.strokePath(path, pen);
        }
        // Drawn as text, not as a path, so PDF and SVG output keep real, searchable text.
        painter.setPen(label.style.color);
        painter.setFont(label.font);
        painter.drawText(label.baseline, label.text);
    }
    painter.restore();
}

}  // namespace gis
