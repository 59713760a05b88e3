// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/team_roles.h"

#include "gis/postgres_database.h"
#include "gis/postgres_error.h"

namespace core {

namespace {

const QString kViewer = QStringLiteral("lanxi_viewer");
const QString kAnalyst = QStringLiteral("lanxi_analyst");
const QString kAdmin = QStringLiteral("lanxi_admin");

/// Runs each statement the query `generator` returns: the server builds them with format(), so
/// names reach the SQL text only quoted by quote_ident.
void executeGenerated(gis::PostgresDatabase& db, const QString& generator,
                      const std::vector<QVariant>& values) {
    for (const auto& row : db.query(generator, values)) {
        db.execute(row.at(0).toString());
    }
}

/// INSERT or the given privileges on `table` and USAGE on the sequences its columns draw from.
void grantWrite(gis::PostgresDatabase& db, const QString& table, const QString& privileges,
                const QString& role) {
    if (!db.tableExists(table)) {
        throw gis::Error(TeamRoles::tr("Cannot grant %1 on %2 in %3: there is no such table")
                             .arg(privileges, table, db.displayName()));
    }
    executeGenerated(db,
                     QStringLiteral("SELECT format('GRANT %s ON TABLE %I TO %I', ?1::text, "
                                    "?2::text, ?3::text)"),
                     {privileges, table, role});
    // A serial or identity column owns its sequence (pg_depend); regclass prints it quoted.
    executeGenerated(db,
                     QStringLiteral("SELECT format('GRANT USAGE, SELECT ON SEQUENCE %s TO %I', "
                                    "s.oid::regclass, ?2::text) "
                                    "FROM pg_depend d JOIN pg_class s ON s.oid = d.objid "
                                    "WHERE d.classid = 'pg_class'::regclass "
                                    "AND d.refclassid = 'pg_class'::regclass "
                                    "AND d.refobjid = to_regclass(quote_ident(?1::text)) "
                                    "AND s.relkind = 'S'"),
                     {table, role});
}

}  // namespace

QString TeamRoles::groupRole(TeamRole role) {
    switch (role) {
        case TeamRole::Viewer:
            return kViewer;
        case TeamRole::Analyst:
            return kAnalyst;
        case TeamRole::Administrator:
            return kAdmin;
    }
    return kViewer;
}

void TeamRoles::ensureRoles(gis::PostgresDatabase& db) {
    // Another session may create a role between the check and CREATE ROLE: that is fine too.
    db.execute(QStringLiteral(R"(
DO $$
DECLARE
    name text;
BEGIN
    FOREACH name IN ARRAY ARRAY['lanxi_viewer', 'lanxi_analyst', 'lanxi_admin'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = name) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', name);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL;
            END;
        END IF;
    END LOOP;
END
$$;
GRANT lanxi_viewer TO lanxi_analyst;
GRANT lanxi_analyst TO lanxi_admin;
)"));
}

void TeamRoles::grant(gis::PostgresDatabase& db, const QStringList& editableTables) {
    gis::SqlConnection::Transaction transaction(db);
    executeGenerated(db,
                     QStringLiteral("SELECT format('REVOKE ALL ON DATABASE %I FROM PUBLIC; "
                                    "GRANT CONNECT, TEMPORARY ON DATABASE %I TO lanxi_viewer', "
                                    "current_database(), current_database())"),
                     {});
    db.execute(QStringLiteral(R"(
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO lanxi_viewer;
GRANT CREATE ON SCHEMA public TO lanxi_admin;
REVOKE INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER
    ON ALL TABLES IN SCHEMA public FROM PUBLIC;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO lanxi_viewer;
GRANT SELECT ON ALL SEQUENCES IN SCHEMA public TO lanxi_viewer;
GRANT ALL ON ALL TABLES IN SCHEMA public TO lanxi_admin;
GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO lanxi_admin;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO lanxi_viewer;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON SEQUENCES TO lanxi_viewer;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON TABLES TO lanxi_admin;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON SEQUENCES TO lanxi_admin;
ALTER DEFAULT PRIVILEGES FOR ROLE lanxi_admin IN SCHEMA public
    GRANT SELECT ON TABLES TO lanxi_viewer;
ALTER DEFAULT PRIVILEGES FOR ROLE lanxi_admin IN SCHEMA public
    GRANT SELECT ON SEQUENCES TO lanxi_viewer;
)"));
    for (const QString& table : editableTables) {
        grantWrite(db, table, QStringLiteral("INSERT, UPDATE, DELETE"), kAnalyst);
    }
    if (db.tableExists(QStringLiteral("lx_history"))) {
        grantWrite(db, QStringLiteral("lx_history"), QStringLiteral("INSERT"), kAnalyst);
    }
    if (db.tableExists(QStringLiteral("lx_item_task"))) {
        // An item's tasks are saved with the item (EditableLayer): the links are analysts' data.
        grantWrite(db, QStringLiteral("lx_item_task"), QStringLiteral("INSERT, UPDATE, DELETE"),
                   kAnalyst);
    }
    transaction.commit();
}

void TeamRoles::addUser(gis::PostgresDatabase& db, const QString& name, TeamRole role,
                        const QString& password) {
    if (name.trimmed().isEmpty()) {
        throw gis::Error(tr("A user needs a name (in %1)").arg(db.displayName()));
    }
    gis::SqlConnection::Transaction transaction(db);
    executeGenerated(db,
                     QStringLiteral("SELECT format('CREATE ROLE %I LOGIN IN ROLE %I', ?1::text, "
                                    "?2::text)"),
                     {name, groupRole(role)});
    if (!password.isEmpty()) {
        const QString verifier = db.encryptPassword(name, password);
        try {
            executeGenerated(
                db,
                QStringLiteral("SELECT format('ALTER ROLE %I PASSWORD %L', ?1::text, ?2::text)"),
                {name, verifier});
        } catch (const gis::PostgresError& error) {
            // The message would quote the statement, and with it the password hash.
            throw gis::PostgresError(
                tr("Cannot set the password of %1 in %2").arg(name, db.displayName()),
                error.sqlState());
        }
    }
    transaction.commit();
}

std::optional<TeamRole> TeamRoles::roleOf(const gis::PostgresDatabase& db) {
    const qlonglong level =
        db.scalar(
              QStringLiteral("SELECT coalesce(max(CASE rolname WHEN 'lanxi_admin' THEN 2 "
                             "WHEN 'lanxi_analyst' THEN 1 ELSE 0 END), -1) FROM pg_roles "
                             "WHERE rolname IN ('lanxi_viewer', 'lanxi_analyst', 'lanxi_admin') "
                             "AND pg_has_role(current_user, oid, 'USAGE')"))
            .value_or(-1)
            .toLongLong();
    switch (level) {
        case 0:
            return TeamRole::Viewer;
        case 1:
            return TeamRole::Analyst;
        case 2:
            return TeamRole::Administrator;
        default:
            return std::nullopt;
    }
}

}  // namespace core
