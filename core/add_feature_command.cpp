// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/add_feature_command.h"

namespace core {

AddFeatureCommand::AddFeatureCommand(EditSession& session, std::int64_t fid,
                                     const FeatureState& state)
    : FeatureEditCommand(session, QStringLiteral("add_feature"), tr("Add feature"),
                         {{fid, std::nullopt, state}}) {}

}  // namespace core
