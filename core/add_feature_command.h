// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/feature_edit_command.h"

#include <QCoreApplication>

namespace core {

/// Adds one feature (a new id from the session, negative until saved).
class AddFeatureCommand : public FeatureEditCommand {
    Q_DECLARE_TR_FUNCTIONS(AddFeatureCommand)

public:
    AddFeatureCommand(EditSession& session, std::int64_t fid, const FeatureState& state);
};

}  // namespace core
