// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/feature_state.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace core {

/// One undo step as the journal keeps it.
struct JournalEntry {
    QString operation;
    QString text;
    FeatureChanges changes;
};

/// The recovery journal of an edit session: a JSON sidecar next to the edited file
/// (`<file>.<layer>.<user>.lx-journal`; for a database layer, in the user's local data folder)
/// holding the unsaved undo steps of one user. Rewritten atomically (write to a
/// temporary file, then rename) after each step, so a crash leaves either the old or the new
/// journal, never half of one; removed when the session saves or discards.
class EditJournal {
    Q_DECLARE_TR_FUNCTIONS(EditJournal)

public:
    EditJournal(const QString& datasetPath, const QString& layerName);

    static QString pathFor(const QString& datasetPath, const QString& layerName);
    const QString& path() const { return path_; }
    bool exists() const;

    /// Replaces the journal with `entries`; removes it when there are none.
    void write(const std::vector<JournalEntry>& entries) const;
    /// Throws gis::Error naming the file when it cannot be read or is not a journal of this layer.
    std::vector<JournalEntry> read() const;
    void remove() const;

private:
    QString path_;
    QString layerName_;
};

}  // namespace core
