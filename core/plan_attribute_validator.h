// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QVariantMap>

#include <vector>

namespace core {

/// One attribute value that may not be stored, with a translated message naming the field.
struct AttributeProblem {
    QString field;
    QString message;
};

/// Checks the attributes of a plan feature (plan_point, plan_line, plan_area) as the attribute
/// form and every edit path must: a Chinese name is required, kind is required and from its closed
/// set, status, tier and accuracy from theirs when given, and any field named like a year
/// (`year`, `start_year` …) holds a whole number. The item id, when given, is a plain key
/// (ItemTaskLinks::isValidId); given the project's task ids, every task named in "tasks" must be
/// one of them. Pure; any thread.
class PlanAttributeValidator {
    Q_DECLARE_TR_FUNCTIONS(PlanAttributeValidator)

public:
    /// The plan feature tables.
    static bool isPlanLayer(const QString& layerName);

    /// Every problem found; empty when the values may be stored.
    static std::vector<AttributeProblem> check(const QVariantMap& attributes,
                                               const QSet<QString>* knownTaskIds = nullptr);
};

}  // namespace core
