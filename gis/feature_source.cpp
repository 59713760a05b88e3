// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/feature_source.h"

namespace gis {

FeatureSource::~FeatureSource() = default;

}  // namespace gis
