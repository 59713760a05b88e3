// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/window_title.h"

#include "core/project.h"
#include "gis/error.h"
#include "gis/postgres_database.h"

namespace app {

std::optional<core::TeamRole> WindowTitle::teamRole(const core::Project& project) {
    if (!project.isDatabase()) {
        return std::nullopt;
    }
    try {
        const gis::PostgresDatabase database(project.path());
        return core::TeamRoles::roleOf(database);
    } catch (const gis::Error&) {
        return std::nullopt;  // the title does without it
    }
}

QString WindowTitle::roleName(core::TeamRole role) {
    switch (role) {
        case core::TeamRole::Viewer:
            return tr("viewer");
        case core::TeamRole::Analyst:
            return tr("analyst");
        case core::TeamRole::Administrator:
            return tr("administrator");
    }
    return {};
}

QString WindowTitle::text(const core::Project* project, std::optional<core::TeamRole> role,
                          const QLocale& locale) {
    if (!project) {
        return tr("Lanxi Atlas");
    }
    QString name = project->title(locale);
    if (project->isDatabase()) {
        const QString where = role ? tr("%1 (%2)").arg(project->displayName(), roleName(*role))
                                   : project->displayName();
        name = name.isEmpty() ? where : tr("%1 — %2").arg(name, where);
    }
    return name.isEmpty() ? tr("Lanxi Atlas") : tr("%1 — Lanxi Atlas").arg(name);
}

}  // namespace app
