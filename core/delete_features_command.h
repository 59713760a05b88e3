// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/feature_edit_command.h"

#include <QCoreApplication>

namespace core {

/// Deletes features; undo brings them back with their ids.
class DeleteFeaturesCommand : public FeatureEditCommand {
    Q_DECLARE_TR_FUNCTIONS(DeleteFeaturesCommand)

public:
    DeleteFeaturesCommand(EditSession& session, const std::vector<std::int64_t>& fids);
};

}  // namespace core
