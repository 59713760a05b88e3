// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gis/coordinate_transform.h"

#include <memory>

namespace gis {

/// The calling thread's CoordinateTransforms, built once per CRS pair and kept while the thread
/// lives. Building one makes PROJ search its database for operations, which took half of a zoomed
/// render in a projected CRS when every layer job built its own. Each thread has its own cache,
/// as each has its own PROJ context.
class ThreadTransformCache {
public:
    /// Throws gis::Error, as CoordinateTransform does, when PROJ has no operation between them.
    /// Use the transform on this thread only.
    static std::shared_ptr<const CoordinateTransform> get(const Crs& source,
                                                          const Crs& destination);
};

}  // namespace gis
