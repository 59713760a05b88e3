// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/gdal_environment.h"

#include <cpl_conv.h>
#include <cpl_error.h>
#include <gdal.h>
#include <ogr_api.h>

#include <mutex>

namespace gis {

namespace {

void CPL_STDCALL quietErrorHandler(CPLErr, CPLErrorNum, const char*) {
    // GDAL keeps the message in CPLGetLastErrorMsg(); callers turn it into a gis::Error.
}

}  // namespace

void initializeGdal() {
    static std::once_flag once;
    std::call_once(once, [] {
        GDALAllRegister();
        CPLSetErrorHandler(quietErrorHandler);
        // GeoPackages we write must stay readable by QGIS while we hold them open.
        CPLSetConfigOption("OGR_SQLITE_JOURNAL", "WAL");
    });
}

QString lastGdalError() {
    return QString::fromUtf8(CPLGetLastErrorMsg());
}

}  // namespace gis
