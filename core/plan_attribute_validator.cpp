// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan_attribute_validator.h"

#include "core/item_task_links.h"
#include "core/plan_vocabulary.h"

namespace core {

bool PlanAttributeValidator::isPlanLayer(const QString& layerName) {
    return layerName == QLatin1String("plan_point") || layerName == QLatin1String("plan_line") ||
           layerName == QLatin1String("plan_area");
}

std::vector<AttributeProblem> PlanAttributeValidator::check(const QVariantMap& attributes,
                                                            const QSet<QString>* knownTaskIds) {
    std::vector<AttributeProblem> problems;
    const auto text = [&](const char* field) {
        return attributes.value(QLatin1String(field)).toString().trimmed();
    };
    if (text("name_zh").isEmpty()) {
        problems.push_back(
            {QStringLiteral("name_zh"), tr("The Chinese name (name_zh) is required")});
    }
    const QString kind = text("kind");
    if (kind.isEmpty()) {
        problems.push_back({QStringLiteral("kind"), tr("The kind is required")});
    } else if (!PlanVocabulary::itemKind(kind)) {
        problems.push_back(
            {QStringLiteral("kind"), tr("\"%1\" is not a known kind of plan item").arg(kind)});
    }
    if (attributes.contains(QStringLiteral("status")) &&
        !PlanVocabulary::planStatus(text("status"))) {
        problems.push_back({QStringLiteral("status"),
                            tr("\"%1\" is not a known plan status").arg(text("status"))});
    }
    if (attributes.contains(QStringLiteral("tier")) && !PlanVocabulary::cityTier(text("tier"))) {
        problems.push_back(
            {QStringLiteral("tier"), tr("\"%1\" is not a known city tier").arg(text("tier"))});
    }
    if (!text("accuracy").isEmpty() && !PlanVocabulary::positionAccuracy(text("accuracy"))) {
        problems.push_back({QStringLiteral("accuracy"),
                            tr("\"%1\" is not a known position accuracy").arg(text("accuracy"))});
    }
    if (!text("item_id").isEmpty() && !ItemTaskLinks::isValidId(text("item_id"))) {
        problems.push_back({QStringLiteral("item_id"),
                            tr("The item id \"%1\" may hold only letters, digits, '_', '-' and '.'")
                                .arg(text("item_id"))});
    }
    if (knownTaskIds) {
        for (const QString& task : ItemTaskLinks::parse(text("tasks"))) {
            if (!knownTaskIds->contains(task)) {
                problems.push_back(
                    {QStringLiteral("tasks"),
                     tr("Unknown plan task %1: the project has no task with that id").arg(task)});
            }
        }
    }
    for (auto it = attributes.begin(); it != attributes.end(); ++it) {
        const QString value = it.value().toString().trimmed();
        if (!it.key().contains(QLatin1String("year"), Qt::CaseInsensitive) || value.isEmpty()) {
            continue;
        }
        bool ok = false;
        value.toInt(&ok);
        if (!ok) {
            problems.push_back(
                {it.key(),
                 tr("%1 must be a year as a number; \"%2\" is not one").arg(it.key(), value)});
        }
    }
    return problems;
}

}  // namespace core
