// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QRectF>

namespace app {

/// Maps page millimetres to widget pixels and back: the page scaled by `pixelsPerMm` with its
/// top-left corner at `originPx`. A plain value, recomputed whenever the view is resized.
struct LayoutPageTransform {
    double pixelsPerMm = 1;
    QPointF originPx;

    QPointF toPixels(const QPointF& mm) const { return originPx + mm * pixelsPerMm; }
    QPointF toMm(const QPointF& px) const { return (px - originPx) / pixelsPerMm; }
    QRectF toPixels(const QRectF& mm) const {
        return QRectF(toPixels(mm.topLeft()), mm.size() * pixelsPerMm);
    }
};

}  // namespace app
