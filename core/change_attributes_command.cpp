// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/change_attributes_command.h"

#include "core/edit_session.h"

namespace core {

namespace {

FeatureChanges changeOf(const EditSession& session, std::int64_t fid,
                        const QVariantMap& attributes) {
    const std::optional<FeatureState> before = session.feature(fid);
    FeatureState after = before.value_or(FeatureState{});
    after.attributes = attributes;
    return {{fid, before, after}};
}

}  // namespace

ChangeAttributesCommand::ChangeAttributesCommand(EditSession& session, std::int64_t fid,
                                                 const QVariantMap& attributes)
    : FeatureEditCommand(session, QStringLiteral("change_attributes"), tr("Change attributes"),
                         changeOf(session, fid, attributes)) {}

}  // namespace core
