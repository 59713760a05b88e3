// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/pixel_grid_transform.h"

#include <algorithm>
#include <cmath>

namespace gis {

namespace {
constexpr int kFirstCells = 16;
constexpr int kMostCells = 64;
}  // namespace

PixelGridTransform::PixelGridTransform(const CoordinateTransform& toMap,
                                       const QTransform& mapToPixel, const QRectF& sourceRect,
                                       double tolerancePixels)
    : toMap_(toMap),
      mapToPixel_(mapToPixel),
      left_(sourceRect.left()),
      top_(sourceRect.top()),
      right_(sourceRect.right()),
      bottom_(sourceRect.bottom()),
      tolerance_(tolerancePixels) {
    if (toMap.isIdentity() || !(sourceRect.width() > 0) || !(sourceRect.height() > 0)) {
        return;  // nothing to save: pixels are an affine map of the source already
    }
    for (int cells = kFirstCells; cells <= kMostCells && !usable_; cells *= 2) {
        usable_ = build(cells);
    }
}

QPointF PixelGridTransform::exact(double x, double y) const {
    toMap_.transformInPlace(&x, &y, 1);
    return mapToPixel_.map(QPointF(x, y));
}

bool PixelGridTransform::build(int cells) {
    cells_ = cells;
    cellWidth_ = (right_ - left_) / cells;
    cellHeight_ = (bottom_ - top_) / cells;
    const int side = cells + 1;
    std::vector<double> xs(std::size_t(side) * side);
    std::vector<double> ys(xs.size());
    for (int row = 0; row < side; ++row) {
        for (int column = 0; column < side; ++column) {
            xs[row * side + column] = left_ + column * cellWidth_;
            ys[row * side + column] = top_ + row * cellHeight_;
        }
    }
    toMap_.transformInPlace(xs.data(), ys.data(), xs.size());
    nodes_.resize(xs.size());
    for (std::size_t i = 0; i < xs.size(); ++i) {
        if (!std::isfinite(xs[i]) || !std::isfinite(ys[i])) {
            return false;  // part of the rectangle cannot be projected: no grid
        }
        nodes_[i] = mapToPixel_.map(QPointF(xs[i], ys[i]));
    }
    // Bilinear error is largest half-way between nodes.
    for (int row = 0; row < cells; ++row) {
        for (int column = 0; column < cells; ++column) {
            const double x = left_ + (column + 0.5) * cellWidth_;
            const double y = top_ + (row + 0.5) * cellHeight_;
            for (const QPointF& probe : {QPointF(x, y), QPointF(x, top_ + row * cellHeight_),
                                         QPointF(left_ + column * cellWidth_, y)}) {
                const QPointF error = map(probe.x(), probe.y()) - exact(probe.x(), probe.y());
                if (!(std::abs(error.x()) <= tolerance_ && std::abs(error.y()) <= tolerance_)) {
                    return false;
                }
            }
        }
    }
    return true;
}

QPointF PixelGridTransform::map(double x, double y) const {
    const double u = (x - left_) / cellWidth_;
    const double v = (y - top_) / cellHeight_;
    const int column = std::clamp(int(u), 0, cells_ - 1);
    const int row = std::clamp(int(v), 0, cells_ - 1);
    const double s = u - column;
    const double t = v - row;
    const int side = cells_ + 1;
    const QPointF& a = nodes_[row * side + column];
    const QPointF& b = nodes_[row * side + column + 1];
    const QPointF& c = nodes_[(row + 1) * side + column];
    const QPointF& d = nodes_[(row + 1) * side + column + 1];
    return (a * (1 - s) + b * s) * (1 - t) + (c * (1 - s) + d * s) * t;
}

}  // namespace gis
