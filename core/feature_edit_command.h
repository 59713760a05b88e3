// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/feature_state.h"

#include <QUndoCommand>

namespace core {

class EditSession;

/// An undo step over features of one EditSession: the states of the features it touches before
/// and after. redo() and undo() only hand those states to the session, so a round trip restores
/// the same bytes. The subclasses (AddFeatureCommand …) capture the states in their
/// constructors; this class itself replays steps read back from a recovery journal.
class FeatureEditCommand : public QUndoCommand {
public:
    /// `operation` is the key recorded in the history (add_feature, split_feature …).
    FeatureEditCommand(EditSession& session, const QString& operation, const QString& text,
                       FeatureChanges changes);

    void redo() override;
    void undo() override;

    const QString& operation() const { return operation_; }
    const FeatureChanges& changes() const { return changes_; }

    /// After a save conflict the stored feature `fid` is `theirs` (EditSession::resolveConflict).
    /// Keeping mine: the step's first change of `fid` now starts from `theirs`; returns whether
    /// the step touches `fid` (the session rebases only the first step that does).
    bool rebaseFeature(std::int64_t fid, const std::optional<FeatureState>& theirs);
    /// Taking theirs: every change of `fid` in the step becomes `theirs` to `theirs`, so undo and
    /// redo leave the feature as stored.
    void dropFeature(std::int64_t fid, const std::optional<FeatureState>& theirs);

protected:
    EditSession& session() { return session_; }
    FeatureChanges& mutableChanges() { return changes_; }

private:
    EditSession& session_;
    QString operation_;
    FeatureChanges changes_;
};

}  // namespace core
