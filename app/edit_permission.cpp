// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/edit_permission.h"

#include "core/project.h"

#include <QAction>
#include <QWidget>

namespace app {

namespace {

/// The tooltip Qt derives from an action's text, to tell an explicit tooltip from it.
QString derivedToolTip(const QAction& action) {
    QAction probe;
    probe.setText(action.text());
    return probe.toolTip();
}

}  // namespace

void EditPermission::guard(const QList<QAction*>& actions, const QList<QWidget*>& widgets) {
    for (QAction* action : actions) {
        actions_ << action;
    }
    for (QWidget* widget : widgets) {
        widgets_ << widget;
    }
}

QString EditPermission::refusal(const core::Project* project) {
    if (!project || project->canEdit()) {
        return {};
    }
    return project->isDatabase()
               ? tr("You may only view this team project: %1 does not let you save edits. Ask an "
                    "administrator of the project for the analyst role to add or change features.")
                     .arg(project->displayName())
               : tr("The project file %1 is read-only: features cannot be added or changed.")
                     .arg(project->displayName());
}

void EditPermission::apply(const core::Project* project) {
    const QString previous = reason_;
    reason_ = refusal(project);
    for (const QPointer<QAction>& action : actions_) {
        if (!action) {
            continue;
        }
        if (allowed()) {
            // An owner that set its texts since keeps them; otherwise the tooltip from before.
            if (const auto own = ownToolTips_.find(action); own != ownToolTips_.end()) {
                if (action->toolTip() == previous) {
                    action->setToolTip(own->second);
                }
                ownToolTips_.erase(own);
            }
            if (!previous.isEmpty()) {
                action->setEnabled(true);
            }
            continue;
        }
        if (action->toolTip() != previous || previous.isEmpty()) {
            const QString tip = action->toolTip();
            ownToolTips_[action] = tip == derivedToolTip(*action) ? QString() : tip;
        }
        action->setChecked(false);
        action->setEnabled(false);
        action->setToolTip(reason_);
    }
    for (const QPointer<QWidget>& widget : widgets_) {
        if (widget) {
            widget->setEnabled(allowed());
            if (!allowed()) {
                widget->setToolTip(reason_);  // the owner's retranslate sets its own back
            }
        }
    }
}

}  // namespace app
