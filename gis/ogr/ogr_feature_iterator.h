// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gis/feature_source.h"
#include "gis/handles.h"
#include "gis/ogr/ogr_feature_source.h"
#include "gis/ogr/thread_dataset_cache.h"

namespace gis {

/// Opens an OGR layer on the calling thread (or takes a handle kept open there, see
/// ThreadDatasetCache) and streams the features of one query.
class OgrFeatureIterator final : public FeatureIterator {
public:
    /// Throws gis::Error naming the dataset and layer if they cannot be opened.
    OgrFeatureIterator(const OgrLayerAddress& address, const FeatureQuery& query);
    ~OgrFeatureIterator() override;
    OgrFeatureIterator(const OgrFeatureIterator&) = delete;
    OgrFeatureIterator& operator=(const OgrFeatureIterator&) = delete;

    bool next(Feature& feature) override;

private:
    ThreadDatasetCache::Lease lease_;  // a handle kept open on this thread between queries
    OGRLayer* layer_ = nullptr;        // owned by lease_.dataset
    std::vector<int> fieldIndexes_;
};

/// Opens `address.dataset` read-only for vector access on the calling thread and finds the layer.
/// Throws gis::Error naming what failed.
GdalDatasetPtr openOgrDataset(const OgrLayerAddress& address, OGRLayer** layer);

}  // namespace gis
