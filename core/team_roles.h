// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace gis {
class PostgresDatabase;
}

namespace core {

/// What a member of the team may do in a project kept on a PostgreSQL server.
enum class TeamRole {
    Viewer,         ///< reads everything
    Analyst,        ///< a viewer who also edits the plan feature tables and writes their history
    Administrator,  ///< changes everything: layers, layouts, bookmarks, catalog, schema
};

/// The team's roles, enforced by the server rather than by the application: three group roles
/// (lanxi_viewer ⊂ lanxi_analyst ⊂ lanxi_admin, NOLOGIN, shared by every database of the
/// cluster), the grants that give them meaning in one project database, and login roles that
/// belong to one of them.
///
/// ensureRoles(), grant() and addUser() need a superuser connection (or one with CREATEROLE that
/// owns the tables). Every name and password travels as a bound value; SQL text is built
/// server-side with format('%I'). Stateless; call from any thread with that thread's connection.
class TeamRoles {
    Q_DECLARE_TR_FUNCTIONS(TeamRoles)

public:
    /// The group role: lanxi_viewer, lanxi_analyst or lanxi_admin.
    static QString groupRole(TeamRole role);

    /// Creates the three group roles unless they exist (roles are cluster-wide, so this runs
    /// once per server and is harmless again).
    static void ensureRoles(gis::PostgresDatabase& db);

    /// Grants on the tables now in schema public: SELECT to viewers; INSERT, UPDATE, DELETE on
    /// `editableTables` (and their sequences) plus INSERT on lx_history to analysts; everything
    /// and CREATE on the schema to administrators. Tables made later are readable by viewers
    /// and writable by administrators (default privileges of the granting user and of
    /// lanxi_admin). Only team roles may connect to the database. Throws gis::Error when an
    /// editable table does not exist.
    static void grant(gis::PostgresDatabase& db, const QStringList& editableTables);

    /// A login role `name` in `role`'s group. The password is hashed on this side (SCRAM), so
    /// the clear text never reaches the server or its log; empty means no password.
    static void addUser(gis::PostgresDatabase& db, const QString& name, TeamRole role,
                        const QString& password);

    /// The highest team role the connected user has (a superuser counts as administrator);
    /// nullopt for a user outside the team.
    static std::optional<TeamRole> roleOf(const gis::PostgresDatabase& db);
};

}  // namespace core
