// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/rect_clipper.h"

namespace gis {

RectClipper::RectClipper(const QRectF& rect) : rect_(rect), context_(GEOS_init_r()) {}

bool RectClipper::contains(const OGRGeometry& geometry) const {
    OGREnvelope envelope;
    geometry.getEnvelope(&envelope);
    return rect_.contains(
        QRectF(QPointF(envelope.MinX, envelope.MinY), QPointF(envelope.MaxX, envelope.MaxY)));
}

OGRGeometryUniquePtr RectClipper::clip(const OGRGeometry& geometry) const {
    GEOSContextHandle_t context = context_.get();
    GeosGeometryPtr input(geometry.exportToGEOS(context), GeosGeometryDestroyer{context});
    if (!input) {
        return nullptr;
    }
    GeosGeometryPtr clipped(GEOSClipByRect_r(context, input.get(), rect_.left(), rect_.top(),
                                             rect_.right(), rect_.bottom()),
                            GeosGeometryDestroyer{context});
    if (!clipped || GEOSisEmpty_r(context, clipped.get()) != 0) {
        return nullptr;
    }
    return OGRGeometryUniquePtr(OGRGeometryFactory::createFromGEOS(context, clipped.get()));
}

}  // namespace gis
