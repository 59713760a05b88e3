// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/feature_edit_command.h"

#include <QCoreApplication>

namespace core {

/// Merges features into the first one (the union as its geometry, its attributes kept); the
/// others are deleted.
class MergeFeaturesCommand : public FeatureEditCommand {
    Q_DECLARE_TR_FUNCTIONS(MergeFeaturesCommand)

public:
    MergeFeaturesCommand(EditSession& session, const std::vector<std::int64_t>& fids,
                         const QByteArray& mergedWkb);
};

}  // namespace core
