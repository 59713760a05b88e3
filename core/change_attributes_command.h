// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/feature_edit_command.h"

#include <QCoreApplication>

namespace core {

/// Replaces a feature's attribute values (the whole typed map).
class ChangeAttributesCommand : public FeatureEditCommand {
    Q_DECLARE_TR_FUNCTIONS(ChangeAttributesCommand)

public:
    ChangeAttributesCommand(EditSession& session, std::int64_t fid, const QVariantMap& attributes);
};

}  // namespace core
