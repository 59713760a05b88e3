// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/postgis_project_store.h"

#include "core/item_task_migration.h"
#include "gis/error.h"
#include "gis/postgres_database.h"

namespace core {

namespace {

/// PostgreSQL only: open workstations LISTEN for these, so that what one analyst saves appears
/// on the others' maps. The payload of a history row is its id.
constexpr const char* kNotifyTriggers = R"(
    CREATE FUNCTION lx_notify_history() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        PERFORM pg_notify('lx_history', NEW.id::text);
        RETURN NULL;
    END $$;
    CREATE TRIGGER lx_history_notify AFTER INSERT ON lx_history
        FOR EACH ROW EXECUTE FUNCTION lx_notify_history();
    CREATE FUNCTION lx_notify_project() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        PERFORM pg_notify('lx_project', TG_TABLE_NAME);
        RETURN NULL;
    END $$;
    CREATE TRIGGER lx_layer_notify AFTER INSERT OR UPDATE OR DELETE ON lx_layer
        FOR EACH STATEMENT EXECUTE FUNCTION lx_notify_project();
    CREATE TRIGGER lx_bookmark_notify AFTER INSERT OR UPDATE OR DELETE ON lx_bookmark
        FOR EACH STATEMENT EXECUTE FUNCTION lx_notify_project();
    CREATE TRIGGER lx_layout_notify AFTER INSERT OR UPDATE OR DELETE ON lx_layout
        FOR EACH STATEMENT EXECUTE FUNCTION lx_notify_project();
)";

}  // namespace

PostgisProjectStore::PostgisProjectStore(const QString& connection, Unchecked)
    : SqlProjectStore(std::make_unique<gis::PostgresDatabase>(
          gis::PostgresConninfo::parse(connection).keyValue())),
      conninfo_(gis::PostgresConninfo::parse(connection)) {}

PostgisProjectStore::PostgisProjectStore(const QString& connection)
    : PostgisProjectStore(connection, Unchecked{}) {
    checkIsProject();
    checkNotNewer();
    if (schemaVersion() == 6) {
        upgradeFrom6();
    }
    if (schemaVersion() < kSchemaVersion) {
        // Servers start at schema 6; an older one can only be hand-made.
        throw gis::Error(tr("%1 holds project schema version %2, which no Lanxi Atlas wrote to "
                            "a server; publish the project again")
                             .arg(displayName())
                             .arg(schemaVersion()));
    }
}

PostgisProjectStore::~PostgisProjectStore() = default;

void PostgisProjectStore::upgradeFrom6() {
    // Schema 7 moves the tasks of the plan tables into lx_item_task (ItemTaskMigration), all in
    // one transaction; the table owner (who published the project) may do it.
    try {
        gis::SqlConnection::Transaction transaction(postgres());
        ItemTaskMigration::run(postgres());
        setMeta(QStringLiteral("schema_version"), QString::number(kSchemaVersion));
        transaction.commit();
    } catch (const gis::Error& error) {
        throw gis::Error(tr("%1 holds project schema version 6 and must be upgraded to %2, which "
                            "failed; nothing was changed. The user who published the project "
                            "can upgrade it by opening it once. (%3)")
                             .arg(displayName())
                             .arg(kSchemaVersion)
                             .arg(error.message()));
    }
}

std::unique_ptr<PostgisProjectStore> PostgisProjectStore::create(const QString& connection) {
    std::unique_ptr<PostgisProjectStore> store(new PostgisProjectStore(connection, Unchecked{}));
    gis::PostgresDatabase& db = store->postgres();
    const int tables =
        db.scalar(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = "
                                 "current_schema() AND tablename <> 'spatial_ref_sys'"))
            ->toInt();
    if (tables > 0) {
        throw gis::Error(tr("%1 is not empty (%2 tables): a project is published only into an "
                            "empty database")
                             .arg(store->displayName())
                             .arg(tables));
    }
    gis::SqlConnection::Transaction transaction(db);
    db.execute(QStringLiteral("CREATE EXTENSION IF NOT EXISTS postgis"));
    createSchema(db);
    db.execute(QString::fromLatin1(kNotifyTriggers));
    transaction.commit();
    return store;
}

gis::PostgresDatabase& PostgisProjectStore::postgres() {
    return static_cast<gis::PostgresDatabase&>(connection());
}

const gis::PostgresDatabase& PostgisProjectStore::postgres() const {
    return static_cast<const gis::PostgresDatabase&>(connection());
}

void PostgisProjectStore::checkIsProject() const {
    if (!connection().tableExists(QStringLiteral("lx_meta"))) {
        throw gis::Error(tr("%1 holds no Lanxi Atlas project (it has no lx_meta table); "
                            "publish one there with: lanxi-atlas publish --project FILE.gpkg "
                            "--to CONNECTION")
                             .arg(displayName()));
    }
}

bool PostgisProjectStore::isWritable() const {
    // An analyst may write history, a viewer may not; the server enforces it either way.
    return connection()
               .scalar(QStringLiteral("SELECT has_table_privilege('lx_history', 'INSERT')"))
               ->toInt() != 0;
}

bool PostgisProjectStore::canAdminister() const {
    return connection()
               .scalar(QStringLiteral("SELECT has_table_privilege('lx_layer', 'UPDATE')"))
               ->toInt() != 0;
}

QString PostgisProjectStore::userName() const {
    return postgres().currentUser();
}

}  // namespace core
