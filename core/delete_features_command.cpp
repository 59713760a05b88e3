// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/delete_features_command.h"

#include "core/edit_session.h"

namespace core {

namespace {

FeatureChanges deletionsOf(const EditSession& session, const std::vector<std::int64_t>& fids) {
    FeatureChanges changes;
    for (const std::int64_t fid : fids) {
        changes.push_back({fid, session.feature(fid), std::nullopt});
    }
    return changes;
}

}  // namespace

DeleteFeaturesCommand::DeleteFeaturesCommand(EditSession& session,
                                             const std::vector<std::int64_t>& fids)
    : FeatureEditCommand(session, QStringLiteral("delete_features"),
                         tr("Delete %n feature(s)", nullptr, int(fids.size())),
                         deletionsOf(session, fids)) {}

}  // namespace core
