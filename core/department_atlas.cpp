// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/department_atlas.h"

#include "core/plan_catalog.h"
#include "gis/error.h"

#include <algorithm>

namespace core {

std::vector<gis::AtlasPage> DepartmentAtlas::pages(const Project& project,
                                                   const gis::AtlasSettings& settings) {
    const PlanCatalog& catalog = project.catalog();
    std::vector<gis::AtlasPage> pages;
    for (const Department& department : catalog.departments()) {
        ItemFilter filter;
        filter.departmentId = department.id;
        filter.leadOnly = true;
        // Points have an empty extent, which QRectF::united ignores: take the bounds by hand.
        double minX = 0, minY = 0, maxX = 0, maxY = 0;
        int located = 0;
        for (const PlanItem& item : catalog.items()) {
            if (item.wkt.isEmpty() || !catalog.matches(item, filter)) {
                continue;
            }
            const QRectF& e = item.extentLonLat;
            minX = located ? std::min(minX, e.left()) : e.left();
            minY = located ? std::min(minY, e.top()) : e.top();
            maxX = located ? std::max(maxX, e.right()) : e.right();
            maxY = located ? std::max(maxY, e.bottom()) : e.bottom();
            ++located;
        }
        if (located == 0) {
            continue;
        }
        gis::AtlasPage page;
        page.index = int(pages.size());
        page.name = department.nameZh;
        page.attributes = {{QStringLiteral("id"), department.id},
                           {QStringLiteral("name_zh"), department.nameZh},
                           {QStringLiteral("name_en"), department.nameEn},
                           {QStringLiteral("items"), located}};
        page.extent = QRectF(QPointF(minX, minY), QPointF(maxX, maxY));
        page.crs = gis::Crs::wgs84();
        page.marginPercent = settings.marginPercent;
        if (page.extent.width() <= 0 && page.extent.height() <= 0) {
            page.minimumSizeMetres = settings.pointExtentKm * 1000;
        }
        page.layerFilter = filter.toSql();
        pages.push_back(std::move(page));
    }
    if (pages.empty()) {
        throw gis::Error(tr("Atlas of departments: no department of %1 leads a located plan item")
                             .arg(project.path()));
    }
    for (gis::AtlasPage& page : pages) {
        page.count = int(pages.size());
    }
    return pages;
}

}  // namespace core
