// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/thread_transform_cache.h"

#include "gis/proj_context.h"

#include <QHash>
#include <QString>

#include <memory>

namespace gis {

namespace {
// A map shows a handful of CRSs; the bound only guards against unbounded growth.
constexpr qsizetype kMaximumEntries = 64;
}  // namespace

std::shared_ptr<const CoordinateTransform> ThreadTransformCache::get(const Crs& source,
                                                                     const Crs& destination) {
    // The PROJ context first: thread-locals die in reverse order, so the transforms below are
    // destroyed before the context they were made in.
    projContextForThisThread();
    thread_local QHash<QString, std::shared_ptr<const CoordinateTransform>> transforms;
    const QString key = source.definition() + QLatin1Char('\n') + destination.definition();
    if (const auto found = transforms.constFind(key); found != transforms.constEnd()) {
        return *found;
    }
    auto made = std::make_shared<const CoordinateTransform>(source, destination);
    if (transforms.size() >= kMaximumEntries) {
        transforms.clear();
    }
    transforms.insert(key, made);
    return made;
}

}  // namespace gis
