// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/save_conflict.h"

#include <QDialog>

#include <vector>

class QTableWidget;

namespace app {

/// Asks how to settle a refused save (core::SaveConflict): one row per feature with its name and
/// id, who changed it and when, and a choice, Take theirs (the default, nothing of theirs is
/// lost) or Keep mine. "Show on map" asks for the current row's feature to be shown; the caller
/// zooms the canvas and draws both versions (EditController::connectConflictDialog()), which a
/// legend line explains. GUI thread; the conflict is copied.
class SaveConflictDialog : public QDialog {
    Q_OBJECT

public:
    explicit SaveConflictDialog(const core::SaveConflict& conflict, QWidget* parent = nullptr);

    /// One choice per feature, in the conflict's order.
    std::vector<core::ConflictChoice> choices() const;
    void setChoice(int row, core::ConflictChoice choice);

Q_SIGNALS:
    void showOnMapRequested(const core::FeatureConflict& conflict);

private:
    /// "changed by USER at local time", or with the conflict's own description.
    static QString changeText(const core::FeatureConflict& feature);

    std::vector<core::FeatureConflict> conflicts_;
    QTableWidget* table_;
};

}  // namespace app
