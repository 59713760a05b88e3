// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/team_roles.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <optional>

namespace core {
class Project;
}

namespace app {

/// The title of the workstation window: the project's title and, for a team project, where it
/// is and the user's role ("兰西城市群 — database lanxi on db.example:5432 as li (analyst) —
/// Lanxi Atlas"). Never a password: the database is named by Project::displayName(). Stateless.
class WindowTitle {
    Q_DECLARE_TR_FUNCTIONS(WindowTitle)

public:
    /// The team role of the user of a team project, asked of its server (one short connection);
    /// nothing for a project file, a user outside the team or a server that cannot be reached.
    static std::optional<core::TeamRole> teamRole(const core::Project& project);
    /// "viewer", "analyst", "administrator" in the interface language.
    static QString roleName(core::TeamRole role);
    /// The title for `project` (nullptr: none open).
    static QString text(const core::Project* project, std::optional<core::TeamRole> role,
                        const QLocale& locale);
};

}  // namespace app
