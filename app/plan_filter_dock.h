// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan_catalog.h"

#include <QDockWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;

namespace app {

/// The plan filter panel: kind, status, responsible department (optionally only leads) and plan
/// section, each offering only what the catalog holds, with how many items match. Emits
/// filterChanged on every change the user makes; the lead applies it to map, table and legend.
/// GUI thread only; shares the catalog read-only.
class PlanFilterDock : public QDockWidget {
    Q_OBJECT
public:
    explicit PlanFilterDock(QWidget* parent = nullptr);

    /// Rebuilds the choices, keeping those still offered; emits filterChanged if the filter moved.
    void setCatalog(std::shared_ptr<const core::PlanCatalog> catalog);
    core::ItemFilter filter() const;
    /// Back to "All" everywhere; one filterChanged if anything was chosen.
    void clear();

Q_SIGNALS:
    void filterChanged(const core::ItemFilter& filter);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fillChoices();
    void userChanged();
    /// Enables "lead departments only" when a department is chosen and counts the matches.
    void updateState();
    /// After a programmatic change: updates and emits if the filter is no longer `before` (SQL).
    void settle(const QString& before);

    std::shared_ptr<const core::PlanCatalog> catalog_;
    QFormLayout* form_;
    QComboBox* kind_;
    QComboBox* status_;
    QComboBox* department_;
    QCheckBox* leadOnly_;
    QComboBox* section_;
    QLabel* matchCount_;
    QPushButton* clear_;
    bool updating_ = false;
};

}  // namespace app
