// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/feature_edit_command.h"

#include "core/edit_session.h"

namespace core {

FeatureEditCommand::FeatureEditCommand(EditSession& session, const QString& operation,
                                       const QString& text, FeatureChanges changes)
    : session_(session), operation_(operation), changes_(std::move(changes)) {
    setText(text);
}

void FeatureEditCommand::redo() {
    for (const FeatureChange& change : changes_) {
        session_.applyState(change.fid, change.before, change.after);
    }
    session_.notifyChanged(changes_);
}

void FeatureEditCommand::undo() {
    // Backwards, so a feature touched twice in one step ends at its first "before".
    for (auto it = changes_.rbegin(); it != changes_.rend(); ++it) {
        session_.applyState(it->fid, it->after, it->before);
    }
    session_.notifyChanged(changes_);
}

bool FeatureEditCommand::rebaseFeature(std::int64_t fid,
                                       const std::optional<FeatureState>& theirs) {
    for (FeatureChange& change : changes_) {
        if (change.fid == fid) {
            change.before = theirs;
            return true;
        }
    }
    return false;
}

void FeatureEditCommand::dropFeature(std::int64_t fid, const std::optional<FeatureState>& theirs) {
    for (FeatureChange& change : changes_) {
        if (change.fid == fid) {
            change.before = theirs;
            change.after = theirs;
        }
    }
}

}  // namespace core
