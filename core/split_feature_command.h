// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/feature_edit_command.h"

#include <QCoreApplication>

namespace core {

/// Splits a feature into pieces: the first keeps the id, the others are new features (ids
/// firstNewId, firstNewId - 1 …) with the same attributes, except that a new piece takes its item
/// id from `newItemIds` when given (plan items keep unique ids).
class SplitFeatureCommand : public FeatureEditCommand {
    Q_DECLARE_TR_FUNCTIONS(SplitFeatureCommand)

public:
    SplitFeatureCommand(EditSession& session, std::int64_t fid,
                        const std::vector<QByteArray>& pieces, std::int64_t firstNewId,
                        const QStringList& newItemIds = {});
};

}  // namespace core
