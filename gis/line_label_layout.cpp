// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/line_label_layout.h"

#include <QTextBoundaryFinder>
#include <QtMath>

#include <algorithm>
#include <cmath>

namespace gis {

namespace {

// Neighbouring glyphs may turn this much against each other; more and the text reads broken.
constexpr double kMaxBendDegrees = 30.0;
// A glyph turned further than this from the reading direction would stand on its head.
constexpr double kMaxTiltDegrees = 100.0;
// Positions tried on each side of a stretch's middle before giving up on that stretch: few, as
// on a crowded map most candidates fail and each try costs a layout.
constexpr int kMaxShiftsEachSide = 4;

/// Cuts the segment a-b to `rect` (Liang-Barsky); false if nothing of it is inside. Ends that are
/// inside stay bit-identical, so that consecutive segments still join.
bool clipSegment(QPointF& a, QPointF& b, const QRectF& rect) {
    const QPointF d = b - a;
    const double p[4] = {-d.x(), d.x(), -d.y(), d.y()};
    const double q[4] = {a.x() - rect.left(), rect.right() - a.x(), a.y() - rect.top(),
                         rect.bottom() - a.y()};
    double t0 = 0;
    double t1 = 1;
    for (int k = 0; k < 4; ++k) {
        if (p[k] == 0) {
            if (q[k] < 0) {
                return false;
            }
            continue;
        }
        const double t = q[k] / p[k];
        if (p[k] < 0) {
            if (t > t1) {
                return false;
            }
            t0 = std::max(t0, t);
        } else {
            if (t < t0) {
                return false;
            }
            t1 = std::min(t1, t);
        }
    }
    const QPointF start = a;
    if (t1 < 1) {
        b = start + d * t1;
    }
    if (t0 > 0) {
        a = start + d * t0;
    }
    return true;
}

/// The stretches of `line` inside `rect`, in order.
std::vector<QPolygonF> partsInside(const QPolygonF& line, const QRectF& rect) {
    std::vector<QPolygonF> parts;
    // Most lines reach the placer already cut to the view: nothing to clip then.
    if (rect.contains(line.boundingRect())) {
        parts.push_back(line);
        return parts;
    }
    QPolygonF current;
    const auto flush = [&] {
        if (current.size() >= 2) {
            parts.push_back(std::move(current));
        }
        current = QPolygonF();
    };
    for (qsizetype i = 1; i < line.size(); ++i) {
        QPointF a = line[i - 1];
        QPointF b = line[i];
        if (!clipSegment(a, b, rect)) {
            flush();
            continue;
        }
        if (current.isEmpty() || current.back() != a) {
            flush();
            current << a;
        }
        current << b;
        if (b != line[i]) {
            flush();
        }
    }
    flush();
    return parts;
}

double angleBetween(double from, double to) {
    return std::remainder(to - from, 360.0);
}

/// Whether every character of `text` is a grapheme of its own (no surrogate pairs, combining
/// marks or joiners), the common case that needs no boundary finder.
bool isOneCharPerGrapheme(const QString& text) {
    return std::none_of(text.begin(), text.end(), [](QChar c) {
        return c.isSurrogate() || c.isMark() || c.unicode() == 0x200D;
    });
}

}  // namespace

LineLabelLayout::LineLabelLayout(const QString& text, const QFontMetricsF& metrics)
    : ascent_(metrics.ascent()), descent_(metrics.descent()) {
    // Measured one character at a time where possible: that needs no text shaping, which would
    // cost more than the whole placement of a label.
    if (isOneCharPerGrapheme(text)) {
        for (const QChar c : text) {
            glyphs_.emplace_back(c);
            advances_.push_back(metrics.horizontalAdvance(c));
            width_ += advances_.back();
        }
        return;
    }
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, text);
    qsizetype from = 0;
    while (graphemes.toNextBoundary() != -1) {
        const qsizetype to = graphemes.position();
        const QString glyph = text.mid(from, to - from);
        glyphs_.push_back(glyph);
        advances_.push_back(metrics.horizontalAdvance(glyph));
        width_ += advances_.back();
        from = to;
    }
}

std::optional<std::vector<PlacedGlyph>> LineLabelLayout::layoutAt(const MeasuredPath& path,
                                                                  double start,
                                                                  const Free& free) const {
    if (glyphs_.empty() || start < 0 || start + width_ > path.length()) {
        return std::nullopt;
    }
    // Read the stretch the way that runs left to right (top to bottom when it is vertical).
    const QPointF first = path.pointAt(start);
    const QPointF last = path.pointAt(start + width_);
    const bool reversed = last.x() < first.x() || (last.x() == first.x() && last.y() < first.y());
    const double height = ascent_ + descent_;
    std::vector<PlacedGlyph> glyphs;
    glyphs.reserve(glyphs_.size());
    double offset = 0;
    std::optional<double> previousAngle;
    for (std::size_t i = 0; i < glyphs_.size(); ++i) {
        const double advance = advances_[i];
        const double from = reversed ? start + width_ - offset : start + offset;
        const double to = reversed ? from - advance : from + advance;
        offset += advance;
        if (advance <= 0 || glyphs_[i].trimmed().isEmpty()) {
            continue;
        }
        // The glyph turns with the chord under it, which smooths the line's pixel-level zigzags.
        const QPointF chord = path.pointAt(to) - path.pointAt(from);
        const double angle = qRadiansToDegrees(std::atan2(chord.y(), chord.x()));
        if (std::abs(angle) > kMaxTiltDegrees ||
            (previousAngle && std::abs(angleBetween(*previousAngle, angle)) > kMaxBendDegrees)) {
            return std::nullopt;
        }
        previousAngle = angle;
        const QPointF center = path.pointAt((from + to) / 2);
        const double cosine = std::abs(std::cos(qDegreesToRadians(angle)));
        const double sine = std::abs(std::sin(qDegreesToRadians(angle)));
        const QSizeF extent(advance * cosine + height * sine, advance * sine + height * cosine);
        const QRectF box(center - QPointF(extent.width(), extent.height()) / 2, extent);
        if (free && !free(box)) {
            return std::nullopt;
        }
        // Centred on the line: half the glyph above it, half below.
        glyphs.push_back(
            {glyphs_[i], center, angle, QPointF(-advance / 2, (ascent_ - descent_) / 2), box});
    }
    if (glyphs.empty()) {
        return std::nullopt;
    }
    return glyphs;
}

int LineLabelLayout::place(const QPolygonF& path, const QRectF& bounds, double spacing,
                           const Free& free, const Take& take) const {
    if (width_ <= 0) {
        return 0;
    }
    const double margin = (ascent_ + descent_) / 2;
    const QRectF inner = bounds.adjusted(margin, margin, -margin, -margin);
    const double stretch = std::max(spacing, 2 * width_);
    const Free inside = [&](const QRectF& box) { return bounds.contains(box) && free(box); };
    int taken = 0;
    for (QPolygonF& part : partsInside(path, inner)) {
        const MeasuredPath run(std::move(part));
        const double length = run.length();
        if (length < width_) {
            continue;
        }
        const int slots = std::max(1, int(length / stretch));
        const double slotLength = length / slots;
        // How far a label may slide either way from its slot's middle and stay in the slot.
        const double room = (slotLength - width_) / 2;
        const double step = std::max(room / kMaxShiftsEachSide, width_ / 4);
        for (int slot = 0; slot < slots; ++slot) {
            const double middle = slot * slotLength + room;
            for (int i = 0; i <= 2 * kMaxShiftsEachSide; ++i) {
                const double shift = ((i + 1) / 2) * step * (i % 2 ? 1 : -1);
                if (std::abs(shift) > room) {
                    break;
                }
                const auto glyphs = layoutAt(run, middle + shift, inside);
                if (glyphs && take(*glyphs)) {
                    ++taken;
                    break;
                }
            }
        }
    }
    return taken;
}

}  // namespace gis
