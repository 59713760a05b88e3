// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/feature_state.h"
#include "gis/error.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace core {

/// How EditSession::resolveConflict settles one conflicting feature.
enum class ConflictChoice {
    TakeTheirs,  ///< drop my change of the feature; the stored version stays
    KeepMine,    ///< write my version over theirs at the next save (history: `overwrite`)
};

/// One feature that changed in the file after an edit session first read it: my pending state,
/// the stored state now, and who stored it when lx_history knows (the newest row of the feature
/// whose `after` is the stored state); `changedBy` empty means it was changed outside Lanxi Atlas.
struct FeatureConflict {
    QString layer;
    std::int64_t fid = -1;
    std::optional<FeatureState> mine;    ///< nothing: I delete the feature
    std::optional<FeatureState> theirs;  ///< nothing: they deleted it
    QString changedBy;
    QString changedAtUtc;

    /// The layer and id with the feature's name_zh (theirs, else mine) when it has one.
    QString featureLabel() const;
    /// "by USER at TIME", or "outside Lanxi Atlas", translated.
    QString changeDescription() const;
};

/// A save refused because stored features changed since the session read them (a lost update
/// prevented): nothing was written, every edit stays pending and journalled. The message names
/// each feature, who changed it and when.
class SaveConflict : public gis::Error {
    Q_DECLARE_TR_FUNCTIONS(SaveConflict)

public:
    explicit SaveConflict(std::vector<FeatureConflict> conflicts);
    const std::vector<FeatureConflict>& conflicts() const { return conflicts_; }

private:
    static QString describe(const std::vector<FeatureConflict>& conflicts);

    std::vector<FeatureConflict> conflicts_;
};

}  // namespace core
