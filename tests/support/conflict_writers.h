// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace tests {

/// What the writer processes of a lost-update test reported.
struct WriterTotals {
    int succeeded = 0;  // edits saved
    int conflicts = 0;  // save conflicts met and settled
};

/// Runs `count` writers of `program` (tests/core/edit_conflict_child.cpp, `writer` mode) at once:
/// writer N runs as OS user writerN (its own journal and history name) on `locationOf(N)` and
/// makes `editsEach` saved edits over `fids`. REQUIREs that each finishes cleanly within
/// `timeoutMs`, and adds up what they report.
WriterTotals runConflictWriters(const QString& program, int count, int editsEach,
                                const QStringList& fids,
                                const std::function<QString(int)>& locationOf, int timeoutMs);

}  // namespace tests
