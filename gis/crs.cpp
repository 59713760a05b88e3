// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/crs.h"

#include "gis/error.h"
#include "gis/handles.h"
#include "gis/proj_context.h"

#include <cpl_conv.h>
#include <ogr_spatialref.h>

#include <QCoreApplication>
#include <QRegularExpression>

namespace gis {

PJ_CONTEXT* projContextForThisThread() {
    thread_local ProjContextPtr context{[] {
        PJ_CONTEXT* made = proj_context_create();
        // Failures reach the user as gis::Error messages; PROJ's own stderr log would only repeat
        // them.
        proj_log_level(made, PJ_LOG_NONE);
        return made;
    }()};
    return context.get();
}

namespace {

bool isGeographicType(PJ_TYPE type) {
    return type == PJ_TYPE_GEOGRAPHIC_2D_CRS || type == PJ_TYPE_GEOGRAPHIC_3D_CRS ||
           type == PJ_TYPE_GEOGRAPHIC_CRS;
}

}  // namespace

Crs Crs::fromUserInput(const QString& definition) {
    PJ_CONTEXT* context = projContextForThisThread();
    const QString trimmed = definition.trimmed();
    // An authority code, a PROJ string, WKT or PROJJSON; not a bare name, which PROJ would match
    // loosely against its database ("foo" must not quietly become some CRS).
    static const QRegularExpression authorityCode(QStringLiteral("^[A-Za-z]+:[0-9A-Za-z_.]+$"));
    const bool acceptable = authorityCode.match(trimmed).hasMatch() || trimmed.startsWith(u'+') ||
                            trimmed.contains(u'[') || trimmed.startsWith(u'{');
    ProjPtr pj{acceptable ? proj_create(context, trimmed.toUtf8().constData()) : nullptr};
    if (!pj || !proj_is_crs(pj.get())) {
        throw Error(
            QCoreApplication::translate("gis::Crs", "Unknown coordinate reference system \"%1\"")
                .arg(definition));
    }
    Crs crs;
    crs.definition_ = trimmed;
    const char* authority = proj_get_id_auth_name(pj.get(), 0);
    const char* code = proj_get_id_code(pj.get(), 0);
    crs.authId_ = authority && code ? QStringLiteral("%1:%2").arg(authority, code) : trimmed;
    crs.name_ = QString::fromUtf8(proj_get_name(pj.get()));
    crs.geographic_ = isGeographicType(proj_get_type(pj.get()));
    return crs;
}

Crs Crs::fromOgr(const OGRSpatialReference& srs) {
    const char* authority = srs.GetAuthorityName(nullptr);
    const char* code = srs.GetAuthorityCode(nullptr);
    if (authority && code) {
        return fromUserInput(QStringLiteral("%1:%2").arg(authority, code));
    }
    char* wkt = nullptr;
    srs.exportToWkt(&wkt);
    const QString definition = QString::fromUtf8(wkt);
    CPLFree(wkt);
    return fromUserInput(definition);
}

Crs Crs::fromEpsg(int code) {
    return fromUserInput(QStringLiteral("EPSG:%1").arg(code));
}

}  // namespace gis
