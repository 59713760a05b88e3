// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QVariant>
#include <QVariantMap>

#include <vector>

namespace gis {

/// The attribute values of one feature by field name, as a style or filter asks for them. A view:
/// it refers to the caller's names and values, which must outlive it. Field names match exactly
/// first, then ignoring case (as OGR and SLD files often differ in case). Any thread.
class AttributeLookup {
public:
    /// `values[i]` belongs to `names[i]`, as a FeatureQuery's columns and a Feature's attributes.
    AttributeLookup(const QStringList& names, const std::vector<QVariant>& values)
        : names_(&names), values_(&values) {}
    explicit AttributeLookup(const QVariantMap& values) : map_(&values) {}

    /// The value of `field`; an invalid QVariant (NULL) when the field is absent.
    QVariant value(const QString& field) const {
        if (map_) {
            const auto it = map_->constFind(field);
            if (it != map_->constEnd()) {
                return *it;
            }
            for (auto other = map_->constBegin(); other != map_->constEnd(); ++other) {
                if (other.key().compare(field, Qt::CaseInsensitive) == 0) {
                    return other.value();
                }
            }
            return {};
        }
        qsizetype index = names_->indexOf(field);
        for (qsizetype i = 0; index < 0 && i < names_->size(); ++i) {
            if (names_->at(i).compare(field, Qt::CaseInsensitive) == 0) {
                index = i;
            }
        }
        if (index < 0 || index >= qsizetype(values_->size())) {
            return {};
        }
        return (*values_)[size_t(index)];
    }

private:
    const QStringList* names_ = nullptr;
    const std::vector<QVariant>* values_ = nullptr;
    const QVariantMap* map_ = nullptr;
};

}  // namespace gis
