// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan_catalog.h"

#include "gis/error.h"
#include "gis/ogr/ogr_feature_iterator.h"

#include <algorithm>

namespace core {

namespace {

const QStringList kItemTables{"plan_point", "plan_line", "plan_area"};

QString sqlQuoted(const QString& text) {
    QString escaped = text;
    escaped.replace(u'\'', QStringLiteral("''"));
    return u'\'' + escaped + u'\'';
}

/// Reads every item of one plan_* table with its fid, envelope and WKT.
void readItems(const QString& path, const QString& table, std::vector<PlanItem>& items) {
    OGRLayer* layer = nullptr;
    gis::GdalDatasetPtr dataset = gis::openOgrDataset({path, table, {}}, &layer);
    layer->ResetReading();
    for (OGRFeatureUniquePtr feature{layer->GetNextFeature()}; feature;
         feature.reset(layer->GetNextFeature())) {
        const auto text = [&](const char* field) {
            return QString::fromUtf8(feature->GetFieldAsString(field));
        };
        PlanItem item;
        item.id = text("item_id");
        item.nameZh = text("name_zh");
        item.aliases = text("aliases").split(u'|', Qt::SkipEmptyParts);
        item.nameEn = text("name_en");
        item.kind = PlanVocabulary::itemKind(text("kind")).value_or(ItemKind::Facility);
        item.tier = PlanVocabulary::cityTier(text("tier")).value_or(CityTier::None);
        item.status = PlanVocabulary::planStatus(text("status")).value_or(PlanStatus::None);
        item.statusZh = text("status_zh");
        item.section = text("section");
        item.accuracy = PlanVocabulary::positionAccuracy(text("accuracy"))
                            .value_or(PositionAccuracy::Schematic);
        item.geometryNote = text("geometry_note");
        item.beyondRegion = feature->GetFieldAsInteger("beyond_region") != 0;
        item.table = table;
        item.fid = feature->GetFID();
        if (const OGRGeometry* geometry = feature->GetGeometryRef()) {
            OGREnvelope envelope;
            geometry->getEnvelope(&envelope);
            item.extentLonLat = QRectF(QPointF(envelope.MinX, envelope.MinY),
                                       QPointF(envelope.MaxX, envelope.MaxY));
            char* wkt = nullptr;
            geometry->exportToWkt(&wkt);
            item.wkt = QString::fromUtf8(wkt);
            CPLFree(wkt);
        }
        items.push_back(std::move(item));
    }
}

}  // namespace

bool ItemFilter::isEmpty() const {
    return !kind && !status && departmentId.isEmpty() && sectionPrefix.isEmpty();
}

QString ItemFilter::toSql() const {
    QStringList terms;
    if (kind) {
        terms << QStringLiteral("kind = %1").arg(sqlQuoted(PlanVocabulary::key(*kind)));
    }
    if (status) {
        terms << QStringLiteral("status = %1").arg(sqlQuoted(PlanVocabulary::key(*status)));
    }
    if (!departmentId.isEmpty()) {
        terms
            << QStringLiteral(
                   "item_id IN (SELECT it.item_id FROM lx_item_task it JOIN lx_task_department td "
                   "ON td.task_id = it.task_id WHERE td.department_id = %1%2)")
                   .arg(sqlQuoted(departmentId),
                        leadOnly ? QStringLiteral(" AND td.is_lead = 1") : QString());
    }
    if (!sectionPrefix.isEmpty()) {
        terms << QStringLiteral("substr(section, 1, %1) = %2")
                     .arg(sectionPrefix.toUcs4().size())  // SQLite counts code points
                     .arg(sqlQuoted(sectionPrefix));
    }
    return terms.join(QStringLiteral(" AND "));
}

PlanCatalog PlanCatalog::load(const QString& projectPath, const ProjectStore& store) {
    PlanCatalog catalog;
    for (const QString& table : kItemTables) {
        readItems(projectPath, table, catalog.items_);
    }
    catalog.tables_ = store.catalog();
    for (std::size_t i = 0; i < catalog.items_.size(); ++i) {
        catalog.itemIndex_.insert(catalog.items_[i].id, i);
    }
    // The link table is the one store of an item's tasks.
    for (const auto& [itemId, taskId] : catalog.tables_.itemTasks) {
        const auto found = catalog.itemIndex_.constFind(itemId);
        if (found != catalog.itemIndex_.cend()) {
            catalog.items_[*found].taskIds << taskId;
        }
    }
    for (std::size_t i = 0; i < catalog.tables_.tasks.size(); ++i) {
        catalog.taskIndex_.insert(catalog.tables_.tasks[i].id, i);
    }
    for (std::size_t i = 0; i < catalog.tables_.departments.size(); ++i) {
        catalog.departmentIndex_.insert(catalog.tables_.departments[i].id, i);
    }
    return catalog;
}

const PlanItem* PlanCatalog::item(const QString& id) const {
    const auto found = itemIndex_.constFind(id);
    return found == itemIndex_.cend() ? nullptr : &items_[*found];
}

const PlanItem* PlanCatalog::itemAt(const QString& table, std::int64_t fid) const {
    const auto found = std::find_if(items_.begin(), items_.end(), [&](const PlanItem& item) {
        return item.table == table && item.fid == fid;
    });
    return found == items_.end() ? nullptr : &*found;
}

const PlanTask* PlanCatalog::task(const QString& id) const {
    const auto found = taskIndex_.constFind(id);
    return found == taskIndex_.cend() ? nullptr : &tables_.tasks[*found];
}

const Department* PlanCatalog::department(const QString& id) const {
    const auto found = departmentIndex_.constFind(id);
    return found == departmentIndex_.cend() ? nullptr : &tables_.departments[*found];
}

std::vector<const PlanTask*> PlanCatalog::tasksOf(const PlanItem& item) const {
    std::vector<const PlanTask*> tasks;
    for (const auto& [itemId, taskId] : tables_.itemTasks) {
        if (itemId == item.id) {
            if (const PlanTask* found = task(taskId)) {
                tasks.push_back(found);
            }
        }
    }
    return tasks;
}

QStringList PlanCatalog::departmentIdsOf(const PlanItem& item, bool leadsOnly) const {
    QStringList leads;
    QStringList others;
    for (const PlanTask* task : tasksOf(item)) {
        for (const QString& id : task->departmentIds) {
            QStringList& list = task->leadDepartmentIds.contains(id) ? leads : others;
            if (!list.contains(id)) {
                list << id;
            }
        }
    }
    if (leadsOnly) {
        return leads;
    }
    for (const QString& id : others) {
        if (!leads.contains(id)) {
            leads << id;
        }
    }
    return leads;
}

std::vector<const PlanItem*> PlanCatalog::search(const QString& text) const {
    const QString needle = text.trimmed();
    std::vector<std::pair<int, const PlanItem*>> ranked;
    if (needle.isEmpty()) {
        return {};
    }
    for (const PlanItem& item : items_) {
        int best = 0;
        for (const QString& name : QStringList{item.nameZh, item.nameEn} + item.aliases) {
            if (name.compare(needle, Qt::CaseInsensitive) == 0) {
                best = std::max(best, 3);
            } else if (name.startsWith(needle, Qt::CaseInsensitive)) {
                best = std::max(best, 2);
            } else if (name.contains(needle, Qt::CaseInsensitive)) {
                best = std::max(best, 1);
            }
        }
        if (best > 0) {
            ranked.emplace_back(best, &item);
        }
    }
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    std::vector<const PlanItem*> result;
    for (const auto& [rank, item] : ranked) {
        result.push_back(item);
    }
    return result;
}

bool PlanCatalog::matches(const PlanItem& item, const ItemFilter& filter) const {
    if (filter.kind && item.kind != *filter.kind)
        return false;
    if (filter.status && item.status != *filter.status)
        return false;
    if (!filter.sectionPrefix.isEmpty() && !item.section.startsWith(filter.sectionPrefix))
        return false;
    if (!filter.departmentId.isEmpty() &&
        !departmentIdsOf(item, filter.leadOnly).contains(filter.departmentId))
        return false;
    return true;
}

}  // namespace core
