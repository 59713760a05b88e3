// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/revert_feature_command.h"

#include "core/edit_session.h"

namespace core {

RevertFeatureCommand::RevertFeatureCommand(EditSession& session, std::int64_t fid,
                                           const std::optional<FeatureState>& version)
    : FeatureEditCommand(session, QStringLiteral("revert_feature"), tr("Revert feature"),
                         {{fid, session.feature(fid), version}}) {}

}  // namespace core
