// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPointer>
#include <QString>

#include <map>

class QAction;
class QWidget;

namespace core {
class Project;
}

namespace app {

/// Keeps the actions that change features (draw, select, move, import …) disabled, each with a
/// tooltip saying why, while the open project does not let this user save edits
/// (core::Project::canEdit(): a viewer of a team project, a read-only project file), so that
/// nobody draws a feature only to be refused at the end. GUI thread only; the actions and
/// widgets are not owned.
class EditPermission {
    Q_DECLARE_TR_FUNCTIONS(EditPermission)

public:
    /// The actions and widgets to guard; their own enabling stays theirs while editing is allowed.
    void guard(const QList<QAction*>& actions, const QList<QWidget*>& widgets = {});
    /// Applies the rights of `project` (nullptr: none open; nothing is blocked). Call it again
    /// after the owners of the actions and widgets set their texts (a language change), since a
    /// widget's own tooltip is theirs to set back.
    void apply(const core::Project* project);
    /// Why editing is not allowed (empty when it is).
    const QString& reason() const { return reason_; }
    bool allowed() const { return reason_.isEmpty(); }

    /// The message for a project whose features may not be edited (empty when they may).
    static QString refusal(const core::Project* project);

private:
    QList<QPointer<QAction>> actions_;
    QList<QPointer<QWidget>> widgets_;
    // The tooltips the guarded actions had before the reason replaced them; empty: their text.
    std::map<QAction*, QString> ownToolTips_;
    QString reason_;
};

}  // namespace app
