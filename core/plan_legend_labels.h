// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gis/style.h"

#include <QLocale>
#include <QString>
#include <QVariant>

namespace core {

/// Legend labels of the plan's classification values (kind, status, tier of plan items, level of
/// rivers) in Chinese and English. A gis::Style category carries one label, stored in Chinese;
/// localized() shows the English one to an English user unless the user wrote their own label.
/// Pure functions; any thread.
class PlanLegendLabels {
public:
    /// The label of `value` of `field` ("status", "construction_start") for `locale`; empty when
    /// the pair is not plan vocabulary.
    static QString label(const QString& field, const QVariant& value, const QLocale& locale);
    /// The Chinese label of the pair (what styles store); empty when unknown.
    static QString chineseLabel(const QString& field, const QVariant& value);
    /// `style` with the category labels that are plan vocabulary, as stored (or empty), turned
    /// into the language of `locale`. Labels a user changed stay as they are.
    static gis::Style localized(gis::Style style, const QLocale& locale);
};

}  // namespace core
