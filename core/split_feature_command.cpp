// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/split_feature_command.h"

#include "core/edit_session.h"

namespace core {

namespace {

FeatureChanges piecesOf(const EditSession& session, std::int64_t fid,
                        const std::vector<QByteArray>& pieces, std::int64_t firstNewId,
                        const QStringList& newItemIds) {
    const std::optional<FeatureState> before = session.feature(fid);
    FeatureChanges changes;
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        FeatureState piece = before.value_or(FeatureState{});
        piece.wkb = pieces[i];
        if (i > 0 && int(i - 1) < newItemIds.size()) {
            piece.attributes.insert(QStringLiteral("item_id"), newItemIds[int(i - 1)]);
        }
        if (i == 0) {
            changes.push_back({fid, before, piece});
        } else {
            changes.push_back({firstNewId - std::int64_t(i - 1), std::nullopt, piece});
        }
    }
    return changes;
}

}  // namespace

SplitFeatureCommand::SplitFeatureCommand(EditSession& session, std::int64_t fid,
                                         const std::vector<QByteArray>& pieces,
                                         std::int64_t firstNewId, const QStringList& newItemIds)
    : FeatureEditCommand(session, QStringLiteral("split_feature"), tr("Split feature"),
                         piecesOf(session, fid, pieces, firstNewId, newItemIds)) {}

}  // namespace core
