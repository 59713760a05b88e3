// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/feature_edit_command.h"

#include <QCoreApplication>

namespace core {

/// Brings a feature back to a past version from the history (nothing = it did not exist), as a
/// new change.
class RevertFeatureCommand : public FeatureEditCommand {
    Q_DECLARE_TR_FUNCTIONS(RevertFeatureCommand)

public:
    RevertFeatureCommand(EditSession& session, std::int64_t fid,
                         const std::optional<FeatureState>& version);
};

}  // namespace core
