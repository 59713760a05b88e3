// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Owning smart pointers for the C handles of GDAL, PROJ and GEOS, so that no ordinary code calls a
// destroy function by hand.

#include <gdal_priv.h>
#include <gdal_utils.h>
#include <geos_c.h>
#include <ogrsf_frmts.h>
#include <proj.h>

#include <memory>

namespace gis {

struct GdalDatasetCloser {
    void operator()(GDALDataset* dataset) const { GDALClose(GDALDataset::ToHandle(dataset)); }
};
using GdalDatasetPtr = std::unique_ptr<GDALDataset, GdalDatasetCloser>;

struct GdalVectorTranslateOptionsFree {
    void operator()(GDALVectorTranslateOptions* options) const {
        GDALVectorTranslateOptionsFree(options);
    }
};
using GdalVectorTranslateOptionsPtr =
    std::unique_ptr<GDALVectorTranslateOptions, GdalVectorTranslateOptionsFree>;

struct ProjContextDestroyer {
    void operator()(PJ_CONTEXT* context) const { proj_context_destroy(context); }
};
using ProjContextPtr = std::unique_ptr<PJ_CONTEXT, ProjContextDestroyer>;

struct ProjDestroyer {
    void operator()(PJ* pj) const { proj_destroy(pj); }
};
using ProjPtr = std::unique_ptr<PJ, ProjDestroyer>;

struct GeosContextFinisher {
    void operator()(GEOSContextHandle_t context) const { GEOS_finish_r(context); }
};
using GeosContextPtr = std::unique_ptr<GEOSContextHandle_HS, GeosContextFinisher>;

/// Destroys a GEOS geometry in the context that made it.
struct GeosGeometryDestroyer {
    GEOSContextHandle_t context = nullptr;
    void operator()(GEOSGeometry* geometry) const { GEOSGeom_destroy_r(context, geometry); }
};
using GeosGeometryPtr = std::unique_ptr<GEOSGeometry, GeosGeometryDestroyer>;

}  // namespace gis
