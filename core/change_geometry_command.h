// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/feature_edit_command.h"

#include <QCoreApplication>

namespace core {

/// Replaces a feature's geometry: vertex edits, move, rotate and reshape. A drag is one undo
/// step: a command made with `continuesDrag` merges into the previous one on the same feature.
class ChangeGeometryCommand : public FeatureEditCommand {
    Q_DECLARE_TR_FUNCTIONS(ChangeGeometryCommand)

public:
    static constexpr int kId = 1001;

    ChangeGeometryCommand(EditSession& session, std::int64_t fid, const QByteArray& wkb,
                          bool continuesDrag = false);

    int id() const override { return kId; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    bool continuesDrag_;
};

}  // namespace core
