// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/label_placer.h"

#include <QFontMetricsF>
#include <QGlyphRun>
#include <QLineF>
#include <QPaintEngine>
#include <QPainterPath>
#include <QTextLayout>

#include <cmath>

#include <algorithm>
#include <array>
#include <map>
#include <tuple>
#include <unordered_map>

namespace gis {

namespace {

constexpr double kGapPixels = 2.0;
constexpr int kHaloSteps = 12;
constexpr int kMayCoverSymbolsPriority = 50;
// A long line repeats its label about this often (millimetres on the output).
constexpr double kLineLabelSpacingMm = 100.0;

/// A uniform grid over the map of the boxes placed so far, so that a collision test looks at the
/// few boxes near a candidate instead of all of them.
class OccupancyGrid {
public:
    explicit OccupancyGrid(const QRectF& bounds) : bounds_(bounds) {
        columns_ = std::max(1, int(bounds.width() / kCellPixels) + 1);
        rows_ = std::max(1, int(bounds.height() / kCellPixels) + 1);
        cells_.resize(std::size_t(columns_) * rows_);
    }

    bool overlaps(const QRectF& box) const {
        bool hit = false;
        forCells(box, [&](std::vector<QRectF>& cell) {
            hit = hit || std::any_of(cell.begin(), cell.end(),
                                     [&](const QRectF& other) { return other.intersects(box); });
        });
        return hit;
    }

    void insert(const QRectF& box) {
        forCells(box, [&](std::vector<QRectF>& cell) { cell.push_back(box); });
    }

private:
    static constexpr double kCellPixels = 64.0;

    template <typename Visit>
    void forCells(const QRectF& box, Visit visit) const {
        const int x0 =
            std::clamp(int((box.left() - bounds_.left()) / kCellPixels), 0, columns_ - 1);
        const int x1 =
            std::clamp(int((box.right() - bounds_.left()) / kCellPixels), 0, columns_ - 1);
        const int y0 = std::clamp(int((box.top() - bounds_.top()) / kCellPixels), 0, rows_ - 1);
        const int y1 = std::clamp(int((box.bottom() - bounds_.top()) / kCellPixels), 0, rows_ - 1);
        for (int y = y0; y <= y1; ++y) {
            for (int x = x0; x <= x1; ++x) {
                visit(cells_[std::size_t(y) * columns_ + x]);
            }
        }
    }

    QRectF bounds_;
    int columns_ = 1;
    int rows_ = 1;
    mutable std::vector<std::vector<QRectF>> cells_;
};

/// What placing labels along lines reads and adds to.
struct LinePlacementState {
    const QRectF& bounds;
    double spacing;
    OccupancyGrid& occupied;
    const OccupancyGrid& symbols;
    /// The middles of the labels with the same text placed so far.
    std::vector<QPointF>& centres;
    std::vector<PlacedLabel>& placed;
};

void placeAlongLine(const LabelCandidate& candidate, const QFont& font,
                    const QFontMetricsF& metrics, const LinePlacementState& state) {
    const LineLabelLayout layout(candidate.text, metrics);
    const auto free = [&](const QRectF& box) {
        return !state.occupied.overlaps(box) && !state.symbols.overlaps(box);
    };
    const auto take = [&](const std::vector<PlacedGlyph>& glyphs) {
        const QPointF centre = glyphs[glyphs.size() / 2].center;
        if (std::any_of(state.centres.begin(), state.centres.end(), [&](const QPointF& other) {
                return QLineF(centre, other).length() < state.spacing / 2;
            })) {
            return false;
        }
        QRectF box;
        for (const PlacedGlyph& glyph : glyphs) {
            state.occupied.insert(glyph.box);
            box |= glyph.box;
        }
        state.centres.push_back(centre);
        state.placed.push_back({candidate.text, font, centre, box, candidate.style, glyphs});
        return true;
    };
    for (const QPolygonF& path : candidate.linePaths) {
        layout.place(path, state.bounds, state.spacing, free, take);
    }
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

std::vector<PlacedLabel> LabelPlacer::place(std::vector<LabelCandidate> candidates,
                                            const std::vector<QRectF>& obstacles) const {
    std::stable_sort(
        candidates.begin(), candidates.end(),
        [](const LabelCandidate& a, const LabelCandidate& b) { return a.priority > b.priority; });
    std::vector<PlacedLabel> placed;
    OccupancyGrid occupied(bounds_);
    OccupancyGrid symbols(bounds_);
    for (const QRectF& obstacle : obstacles) {
        symbols.insert(obstacle);
    }
    const double lineSpacing = kLineLabelSpacingMm * dpi_ / 25.4;
    // Where each text already stands along lines: a river cut into several features is named
    // once per stretch of `lineSpacing`, not once per piece.
    std::unordered_map<QString, std::vector<QPointF>> lineLabelCentres;
    // Fonts and their metrics are made once per distinct label style, not once per label.
    std::map<std::tuple<QString, double, bool>, std::pair<QFont, QFontMetricsF>> fonts;
    for (const LabelCandidate& candidate : candidates) {
        const auto key = std::make_tuple(candidate.style.fontFamily, candidate.style.fontSizePt,
                                         candidate.style.bold);
        auto found = fonts.find(key);
        if (found == fonts.end()) {
            const QFont made = fontFor(candidate.style);
            found = fonts.emplace(key, std::make_pair(made, QFontMetricsF(made))).first;
        }
        const QFont& font = found->second.first;
        const QFontMetricsF& metrics = found->second.second;
        if (candidate.style.placement == LabelPlacement::AlongLine &&
            !candidate.linePaths.empty()) {
            placeAlongLine(candidate, font, metrics,
                           LinePlacementState{bounds_, lineSpacing, occupied, symbols,
                                              lineLabelCentres[candidate.text], placed});
            continue;
        }
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
        // First every position clear of labels and symbols; if none is, an important label (a city
        // among project markers) may take one clear of labels only, so that it keeps its name.
        bool done = false;
        for (const bool avoidSymbols : {true, false}) {
            if (!avoidSymbols && candidate.priority < kMayCoverSymbolsPriority) {
                break;
            }
            for (std::size_t i = 0; i < positions && !done; ++i) {
                QPointF topLeft = corners[i];
                if (candidate.clearancePixels <= 0) {
                    topLeft = QPointF(a.x() - width / 2, a.y() - height / 2);
                }
                const QRectF box(topLeft, QSizeF(width, height));
                if (!bounds_.contains(box) || occupied.overlaps(box) ||
                    (avoidSymbols && symbols.overlaps(box))) {
                    continue;
                }
                occupied.insert(box);
                placed.push_back({candidate.text,
                                  font,
                                  QPointF(box.left(), box.top() + ascent),
                                  box,
                                  candidate.style,
                                  {}});
                done = true;
            }
            if (done) {
                break;
            }
        }
    }
    return placed;
}

void LabelPlacer::draw(QPainter& painter, const std::vector<PlacedLabel>& labels) const {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    const bool raster =
        painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Raster;
    const QTransform base = painter.transform();
    for (const PlacedLabel& label : labels) {
        // A horizontal label is one glyph run at its baseline; a line label one run per glyph,
        // each in its own turned frame.
        const PlacedGlyph horizontal{label.text, {}, 0, label.baseline, {}};
        const std::vector<PlacedGlyph> single{horizontal};
        const std::vector<PlacedGlyph>& glyphs = label.glyphs.empty() ? single : label.glyphs;
        const auto frame = [&](const PlacedGlyph& glyph) {
            QTransform turned = base;
            if (!label.glyphs.empty()) {
                turned.translate(glyph.center.x(), glyph.center.y()).rotate(glyph.angleDegrees);
            }
            return turned;
        };
        painter.setFont(label.font);
        const double halo = label.style.haloWidthMm * dpi_ / 25.4;
        if (halo > 0 && raster) {
            // On images the halo is the text itself stamped around the baseline: cached glyphs make
            // that far cheaper than stroking the outline of every label. The text is shaped once
            // into glyph runs, not once per stamp.
            painter.setPen(label.style.haloColor);
            for (const PlacedGlyph& glyph : glyphs) {
                painter.setTransform(frame(glyph));
                QTextLayout layout(glyph.text, label.font);
                layout.beginLayout();
                const QTextLine line = layout.createLine();
                layout.endLayout();
                const QPointF topLeft = glyph.origin - QPointF(0, line.ascent());
                const QList<QGlyphRun> runs = layout.glyphRuns();
                for (int step = 0; step < kHaloSteps; ++step) {
                    const double angle = 2 * M_PI * step / kHaloSteps;
                    const QPointF offset(halo * std::cos(angle), halo * std::sin(angle));
                    for (const QGlyphRun& run : runs) {
                        painter.drawGlyphRun(topLeft + offset, run);
                    }
                }
            }
        } else if (halo > 0) {
            // In PDF and SVG the halo is one stroked outline, so the text appears once.
            QPainterPath path;
            for (const PlacedGlyph& glyph : glyphs) {
                QPainterPath outline;
                outline.addText(glyph.origin, label.font, glyph.text);
                path.addPath((frame(glyph) * base.inverted()).map(outline));
            }
            painter.setTransform(base);
            QPen pen(label.style.haloColor, 2 * halo);
            pen.setJoinStyle(Qt::RoundJoin);
            painter.strokePath(path, pen);
        }
        // Drawn as text, not as a path, so PDF and SVG output keep real, searchable text.
        painter.setPen(label.style.color);
        for (const PlacedGlyph& glyph : glyphs) {
            painter.setTransform(frame(glyph));
            painter.drawText(glyph.origin, glyph.text);
        }
    }
    painter.restore();
}

}  // namespace gis
