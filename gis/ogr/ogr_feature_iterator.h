// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gis/feature_source.h"
#include "gis/handles.h"
#include "gis/ogr/ogr_feature_source.h"

namespace gis {

/// Opens an OGR layer on the calling thread and streams the features of one query.
class OgrFeatureIterator final : public FeatureIterator {
public:
    /// Throws gis::Error naming the dataset and layer if they cannot be opened.
    OgrFeatureIterator(const OgrLayerAddress& address, const FeatureQuery& query);

    bool next(Feature& feature) override;

private:
    OGRLayer* layer_ = nullptr;  // owned by dataset_; declared first so that opening it sets it
    GdalDatasetPtr dataset_;
    std::vector<int> fieldIndexes_;
};

/// Opens `address.dataset` read-only for vector access on the calling thread and finds the layer.
/// Throws gis::Error naming what failed.
GdalDatasetPtr openOgrDataset(const OgrLayerAddress& address, OGRLayer** layer);

}  // namespace gis
