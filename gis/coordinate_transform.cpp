// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/coordinate_transform.h"

#include "gis/error.h"
#include "gis/proj_context.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>

namespace gis {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr int kBoundsDensity = 21;

void replaceFailures(double* x, double* y, std::size_t count) {
    for (std::size_t i = 0; i < count; ++i) {
        if (!std::isfinite(x[i]) || !std::isfinite(y[i]) || x[i] == HUGE_VAL) {
            x[i] = kNaN;
            y[i] = kNaN;
        }
    }
}

}  // namespace

CoordinateTransform::CoordinateTransform(const Crs& source, const Crs& destination)
    : source_(source), destination_(destination) {
    if (source == destination) {
        return;
    }
    PJ_CONTEXT* context = projContextForThisThread();
    ProjPtr raw{proj_create_crs_to_crs(context, source.definition().toUtf8().constData(),
                                       destination.definition().toUtf8().constData(), nullptr)};
    if (raw) {
        pj_.reset(proj_normalize_for_visualization(context, raw.get()));
    }
    if (!pj_) {
        throw Error(QCoreApplication::translate("gis::CoordinateTransform",
                                                "No transformation from %1 to %2")
                        .arg(source.authId(), destination.authId()));
    }
}

QPointF CoordinateTransform::transform(const QPointF& point) const {
    double x = point.x();
    double y = point.y();
    transformInPlace(&x, &y, 1);
    return {x, y};
}

QPointF CoordinateTransform::inverseTransform(const QPointF& point) const {
    if (!pj_) {
        return point;
    }
    PJ_COORD coord = proj_coord(point.x(), point.y(), 0, 0);
    coord = proj_trans(pj_.get(), PJ_INV, coord);
    double x = coord.xy.x;
    double y = coord.xy.y;
    replaceFailures(&x, &y, 1);
    return {x, y};
}

void CoordinateTransform::transformInPlace(double* x, double* y, std::size_t count) const {
    if (!pj_ || count == 0) {
        return;
    }
    proj_trans_generic(pj_.get(), PJ_FWD, x, sizeof(double), count, y, sizeof(double), count,
                       nullptr, 0, 0, nullptr, 0, 0);
    replaceFailures(x, y, count);
}

QRectF CoordinateTransform::transformBounds(const QRectF& rect) const {
    if (!pj_) {
        return rect;
    }
    double xmin = 0, ymin = 0, xmax = 0, ymax = 0;
    const int ok =
        proj_trans_bounds(projContextForThisThread(), pj_.get(), PJ_FWD, rect.left(), rect.top(),
                          rect.right(), rect.bottom(), &xmin, &ymin, &xmax, &ymax, kBoundsDensity);
    if (!ok || !std::isfinite(xmin) || !std::isfinite(ymax)) {
        return {};
    }
    return QRectF(QPointF(xmin, ymin), QPointF(xmax, ymax));
}

}  // namespace gis
