// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan_catalog.h"
#include "core/project_database.h"
#include "gis/ogr/ogr_feature_iterator.h"
#include "tests/support/test_files.h"

#include <catch2/catch.hpp>

#include <QSet>

namespace {

/// The item id of every feature OGR returns from the plan_* tables of the default project under
/// `where`, repeats kept.
QStringList itemIdsFromOgr(const QString& where) {
    QStringList ids;
    for (const char* table : {"plan_point", "plan_line", "plan_area"}) {
        OGRLayer* layer = nullptr;
        const gis::GdalDatasetPtr dataset = gis::openOgrDataset(
            {tests::defaultProjectPath(), QString::fromUtf8(table), {}}, &layer);
        INFO(table << ": " << where.toStdString());
        REQUIRE(layer->SetAttributeFilter(where.toUtf8().constData()) == OGRERR_NONE);
        layer->ResetReading();
        for (OGRFeatureUniquePtr feature{layer->GetNextFeature()}; feature;
             feature.reset(layer->GetNextFeature())) {
            ids << QString::fromUtf8(feature->GetFieldAsString("item_id"));
        }
    }
    return ids;
}

QSet<QString> itemIdsFromCatalog(const core::PlanCatalog& catalog, const core::ItemFilter& filter) {
    QSet<QString> ids;
    for (const core::PlanItem& item : catalog.items()) {
        if (catalog.matches(item, filter)) {
            ids.insert(item.id);
        }
    }
    return ids;
}

}  // namespace

TEST_CASE("ItemFilter::toSql selects in the project file what PlanCatalog::matches selects",
          "[core][catalog][filter]") {
    const core::ProjectDatabase store(tests::defaultProjectPath(),
                                      core::ProjectDatabase::Access::ReadOnly);
    const core::PlanCatalog catalog = core::PlanCatalog::load(tests::defaultProjectPath(), store);

    core::ItemFilter railways;
    railways.kind = core::ItemKind::Railway;
    core::ItemFilter starting;
    starting.status = core::PlanStatus::ConstructionStart;
    core::ItemFilter byDrc;
    byDrc.departmentId = QStringLiteral("gs_drc");
    core::ItemFilter ledByDrc = byDrc;
    ledByDrc.leadOnly = true;
    core::ItemFilter chapterFour;
    chapterFour.sectionPrefix = QStringLiteral("四");
    core::ItemFilter centralCities;
    centralCities.sectionPrefix = QStringLiteral("二.(一)");
    core::ItemFilter combined;
    combined.kind = core::ItemKind::Highway;
    combined.sectionPrefix = QStringLiteral("四.(一)");
    combined.departmentId = QStringLiteral("gs_transport");
    combined.leadOnly = true;

    const std::pair<const char*, core::ItemFilter> cases[] = {
        {"kind", railways},       {"status", starting},
        {"department", byDrc},    {"lead department", ledByDrc},
        {"section", chapterFour}, {"sub-section", centralCities},
        {"combination", combined}};
    for (const auto& [name, filter] : cases) {
        INFO(name << ": " << filter.toSql().toStdString());
        const QSet<QString> expected = itemIdsFromCatalog(catalog, filter);
        const QStringList fromOgr = itemIdsFromOgr(filter.toSql());
        CHECK(fromOgr.size() > 0);
        CHECK(fromOgr.size() == expected.size());
        CHECK(QSet<QString>(fromOgr.begin(), fromOgr.end()) == expected);
    }
    // Leading is a narrower question than taking part.
    CHECK(itemIdsFromCatalog(catalog, ledByDrc).size() < itemIdsFromCatalog(catalog, byDrc).size());
    CHECK(ledByDrc.toSql().contains(QStringLiteral("is_lead = 1")));
    CHECK(itemIdsFromOgr(core::ItemFilter{}.toSql()).size() ==
          static_cast<qsizetype>(catalog.items().size()));
}
