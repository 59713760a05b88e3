// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/save_conflict.h"

#include <QStringList>

namespace core {

QString FeatureConflict::featureLabel() const {
    const auto& named = theirs ? theirs : mine;
    const QString name =
        named ? named->attributes.value(QStringLiteral("name_zh")).toString() : QString();
    return name.isEmpty() ? SaveConflict::tr("%1 #%2").arg(layer).arg(fid)
                          : SaveConflict::tr("%1 #%2 (%3)").arg(layer).arg(fid).arg(name);
}

QString FeatureConflict::changeDescription() const {
    if (changedBy.isEmpty()) {
        return SaveConflict::tr("outside Lanxi Atlas");
    }
    return SaveConflict::tr("by %1 at %2 UTC").arg(changedBy, changedAtUtc);
}

SaveConflict::SaveConflict(std::vector<FeatureConflict> conflicts)
    : gis::Error(describe(conflicts)), conflicts_(std::move(conflicts)) {}

QString SaveConflict::describe(const std::vector<FeatureConflict>& conflicts) {
    QStringList lines;
    lines << tr(
        "Nothing was saved: %n feature(s) changed in the file since you began editing them.",
        nullptr, int(conflicts.size()));
    for (const FeatureConflict& conflict : conflicts) {
        lines << (conflict.theirs ? tr("%1 was changed %2.") : tr("%1 was deleted %2."))
                     .arg(conflict.featureLabel(), conflict.changeDescription());
    }
    lines << tr(
        "Your edits are kept: take their version or keep yours for each feature, then "
        "save again.");
    return lines.join(u'\n');
}

}  // namespace core
