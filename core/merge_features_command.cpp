// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/merge_features_command.h"

#include "core/edit_session.h"

namespace core {

namespace {

FeatureChanges mergeOf(const EditSession& session, const std::vector<std::int64_t>& fids,
                       const QByteArray& mergedWkb) {
    FeatureChanges changes;
    for (std::size_t i = 0; i < fids.size(); ++i) {
        const std::optional<FeatureState> before = session.feature(fids[i]);
        if (i == 0) {
            FeatureState merged = before.value_or(FeatureState{});
            merged.wkb = mergedWkb;
            changes.push_back({fids[i], before, merged});
        } else {
            changes.push_back({fids[i], before, std::nullopt});
        }
    }
    return changes;
}

}  // namespace

MergeFeaturesCommand::MergeFeaturesCommand(EditSession& session,
                                           const std::vector<std::int64_t>& fids,
                                           const QByteArray& mergedWkb)
    : FeatureEditCommand(session, QStringLiteral("merge_features"),
                         tr("Merge %n feature(s)", nullptr, int(fids.size())),
                         mergeOf(session, fids, mergedWkb)) {}

}  // namespace core
