// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/change_geometry_command.h"

#include "core/edit_session.h"

namespace core {

namespace {

FeatureChanges changeOf(const EditSession& session, std::int64_t fid, const QByteArray& wkb) {
    const std::optional<FeatureState> before = session.feature(fid);
    FeatureState after = before.value_or(FeatureState{});
    after.wkb = wkb;
    return {{fid, before, after}};
}

}  // namespace

ChangeGeometryCommand::ChangeGeometryCommand(EditSession& session, std::int64_t fid,
                                             const QByteArray& wkb, bool continuesDrag)
    : FeatureEditCommand(session, QStringLiteral("change_geometry"), tr("Change geometry"),
                         changeOf(session, fid, wkb)),
      continuesDrag_(continuesDrag) {}

bool ChangeGeometryCommand::mergeWith(const QUndoCommand* other) {
    const auto* next = dynamic_cast<const ChangeGeometryCommand*>(other);
    if (!next || !next->continuesDrag_ || next->changes().front().fid != changes().front().fid) {
        return false;
    }
    mutableChanges().front().after = next->changes().front().after;
    return true;
}

}  // namespace core
