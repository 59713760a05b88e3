// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project_database.h"

#include "core/item_task_migration.h"
#include "gis/error.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

namespace core {

namespace {

/// Checks what can be checked before SQLite touches the file. The file itself is not opened
/// here: closing any descriptor of a file drops every POSIX lock this process holds on it, those
/// of open SQLite connections (GDAL's included) too; another process then takes the database for
/// unused, checkpoints and removes its WAL, and our connections read and write a stale copy
/// (lost updates). Whether it is SQLite at all is asked through SQLite (checkIsProject).
void checkFileBeforeOpening(const QString& path) {
    const QFileInfo info(path);
    if (!info.exists()) {
        throw gis::Error(ProjectDatabase::tr("Project file not found: %1").arg(path));
    }
    if (info.isDir()) {
        throw gis::Error(ProjectDatabase::tr("%1 is a folder, not a project file").arg(path));
    }
    if (!info.isReadable()) {
        throw gis::Error(
            ProjectDatabase::tr("Cannot read project file %1: permission denied").arg(path));
    }
}

gis::SqliteDatabase::Mode sqliteMode(ProjectDatabase::Access access) {
    return access == ProjectDatabase::Access::ReadOnly ? gis::SqliteDatabase::Mode::ReadOnly
                                                       : gis::SqliteDatabase::Mode::ReadWrite;
}

constexpr const char* kVersion1Tables = R"(
    CREATE TABLE IF NOT EXISTS lx_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS lx_layer (
        id INTEGER PRIMARY KEY,
        layer_key TEXT NOT NULL UNIQUE,
        name_zh TEXT NOT NULL,
        name_en TEXT NOT NULL,
        dataset TEXT NOT NULL DEFAULT '',
        table_name TEXT NOT NULL,
        filter TEXT NOT NULL DEFAULT '',
        style_json TEXT NOT NULL,
        visible INTEGER NOT NULL DEFAULT 1,
        opacity REAL NOT NULL DEFAULT 1.0,
        draw_order INTEGER NOT NULL);
)";

constexpr const char* kVersion2Tables = R"(
    CREATE TABLE IF NOT EXISTS lx_department (
        id TEXT PRIMARY KEY, name_zh TEXT NOT NULL, name_en TEXT NOT NULL, province TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS lx_task (
        id TEXT PRIMARY KEY, section TEXT NOT NULL, title_zh TEXT NOT NULL, paragraph_zh TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS lx_task_department (
        task_id TEXT NOT NULL REFERENCES lx_task(id),
        department_id TEXT NOT NULL REFERENCES lx_department(id),
        is_lead INTEGER NOT NULL,
        PRIMARY KEY (task_id, department_id));
    CREATE TABLE IF NOT EXISTS lx_item_task (
        item_id TEXT NOT NULL, task_id TEXT NOT NULL REFERENCES lx_task(id),
        PRIMARY KEY (item_id, task_id));
    CREATE TABLE IF NOT EXISTS lx_indicator (
        id TEXT PRIMARY KEY, name_zh TEXT NOT NULL, name_en TEXT NOT NULL, target REAL NOT NULL,
        unit TEXT NOT NULL, comparator TEXT NOT NULL, year INTEGER NOT NULL, section TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS lx_bookmark (
        id INTEGER PRIMARY KEY, name_zh TEXT NOT NULL, name_en TEXT NOT NULL,
        extent_lonlat TEXT NOT NULL, sort_order INTEGER NOT NULL);
)";

/// Version 3 adds columns to lx_layer. SQLite has no ADD COLUMN IF NOT EXISTS, and a file may
/// already have some of them, so each is added only where missing.
void addVersion3Columns(gis::SqliteDatabase& db) {
    static const std::pair<const char*, const char*> columns[] = {
        {"min_scale", "REAL NOT NULL DEFAULT 0"},
        {"max_scale", "REAL NOT NULL DEFAULT 0"},
        {"crs_override", "TEXT NOT NULL DEFAULT ''"},
        {"open_options", "TEXT NOT NULL DEFAULT ''"},
    };
    QStringList existing;
    for (const auto& row : db.query(QStringLiteral("PRAGMA table_info(lx_layer)"))) {
        existing << row[1].toString();
    }
    for (const auto& [name, declaration] : columns) {
        if (!existing.contains(QLatin1String(name))) {
            db.execute(QStringLiteral("ALTER TABLE lx_layer ADD COLUMN %1 %2")
                           .arg(QLatin1String(name), QLatin1String(declaration)));
        }
    }
}

/// Version 4: print layout templates, one JSON document per name.
void addVersion4Layouts(gis::SqliteDatabase& db) {
    db.execute(
        QStringLiteral("CREATE TABLE IF NOT EXISTS lx_layout (name TEXT PRIMARY KEY, "
                       "layout_json TEXT NOT NULL, modified TEXT NOT NULL)"));
}

constexpr const char* kVersion5Tables = R"(
    CREATE TABLE IF NOT EXISTS lx_history (
        id INTEGER PRIMARY KEY,
        user_name TEXT NOT NULL,
        time_utc TEXT NOT NULL,
        dataset TEXT NOT NULL DEFAULT '',
        layer TEXT NOT NULL,
        feature_id INTEGER NOT NULL,
        operation TEXT NOT NULL,
        geometry_before BLOB,
        geometry_after BLOB,
        attributes_before TEXT,
        attributes_after TEXT);
    CREATE INDEX IF NOT EXISTS lx_history_feature ON lx_history (layer, feature_id);
)";

/// Version 6: the catalog tables keep their row order in a column (a server has no rowid). A file
/// may already have it (a test or a tool set the version back), so it is added where missing.
void addVersion6SortOrder(gis::SqliteDatabase& db) {
    for (const char* table : {"lx_task", "lx_task_department", "lx_item_task", "lx_indicator"}) {
        const QString name = QLatin1String(table);
        bool present = false;
        for (const auto& row : db.query(QStringLiteral("PRAGMA table_info(%1)").arg(name))) {
            present = present || row[1].toString() == QLatin1String("sort_order");
        }
        if (!present) {
            db.execute(QStringLiteral("ALTER TABLE %1 ADD COLUMN sort_order INTEGER NOT NULL "
                                      "DEFAULT 0; UPDATE %1 SET sort_order = rowid;")
                           .arg(name));
        }
    }
}

/// Upgrades from schema version N to N+1, at index N-1. Each runs inside the migration's
/// transaction.
const std::vector<std::function<void(gis::SqliteDatabase&)>>& migrations() {
    static const std::vector<std::function<void(gis::SqliteDatabase&)>> steps{
        [](gis::SqliteDatabase& db) { db.execute(QString::fromLatin1(kVersion2Tables)); },
        addVersion3Columns,
        addVersion4Layouts,
        [](gis::SqliteDatabase& db) { db.execute(QString::fromLatin1(kVersion5Tables)); },
        addVersion6SortOrder,
        [](gis::SqliteDatabase& db) { ItemTaskMigration::run(db); },
    };
    return steps;
}

}  // namespace

ProjectDatabase::ProjectDatabase(const QString& path, Access access)
    : SqlProjectStore((checkFileBeforeOpening(path),
                       std::make_unique<gis::SqliteDatabase>(path, sqliteMode(access)))),
      access_(access) {
    checkIsProject();
    checkNotNewer();
    const int version = schemaVersion();
    if (version < kSchemaVersion) {
        if (access == Access::ReadOnly) {
            throw gis::Error(
                ProjectDatabase::tr(
                    "%1 uses the older project schema version %2 and must be upgraded; "
                    "open it for writing once to upgrade it.")
                    .arg(path)
                    .arg(version));
        }
        migrate();
    }
    if (access == Access::ReadWrite) {
        // Best effort: another connection in the middle of a transaction keeps the old mode,
        // which is still safe, only less concurrent.
        try {
            sqlite().execute(QStringLiteral("PRAGMA journal_mode=WAL"));
        } catch (const gis::Error&) {
        }
    }
}

gis::SqliteDatabase& ProjectDatabase::sqlite() {
    return static_cast<gis::SqliteDatabase&>(connection());
}

const gis::SqliteDatabase& ProjectDatabase::sqlite() const {
    return static_cast<const gis::SqliteDatabase&>(connection());
}

bool ProjectDatabase::isWritable() const {
    return access_ == Access::ReadWrite && QFileInfo(path()).isWritable();
}

QString ProjectDatabase::userName() const {
    return HistoryRecord::currentUser();
}

void ProjectDatabase::checkIsProject() const {
    try {
        sqlite().scalar(QStringLiteral("PRAGMA schema_version"));
    } catch (const gis::Error&) {
        throw gis::Error(
            ProjectDatabase::tr(
                "%1 is not a Lanxi Atlas project: it is not a GeoPackage (SQLite) file")
                .arg(path()));
    }
    bool isGeoPackage = false;
    try {
        isGeoPackage = sqlite().tableExists(QStringLiteral("gpkg_contents"));
    } catch (const gis::Error&) {
        isGeoPackage = false;
    }
    if (!isGeoPackage) {
        throw gis::Error(
            ProjectDatabase::tr(
                "%1 is not a Lanxi Atlas project: it is an SQLite file but not a GeoPackage")
                .arg(path()));
    }
    if (!sqlite().tableExists(QLatin1String(kMetaTable))) {
        throw gis::Error(
            ProjectDatabase::tr(
                "%1 is a GeoPackage but not a Lanxi Atlas project (it has no %2 table)")
                .arg(path(), QLatin1String(kMetaTable)));
    }
}

void ProjectDatabase::initialize(gis::SqliteDatabase& database) {
    createSchema(database);
}

void ProjectDatabase::migrate() {
    gis::SqlConnection::Transaction transaction(sqlite());
    for (int version = schemaVersion(); version < kSchemaVersion; ++version) {
        if (version < 1 || version > int(migrations().size())) {
            throw gis::Error(
                ProjectDatabase::tr("%1: no upgrade exists from project schema version %2")
                    .arg(path())
                    .arg(version));
        }
        migrations()[version - 1](sqlite());
    }
    setMeta(QStringLiteral("schema_version"), QString::number(kSchemaVersion));
    transaction.commit();
}

}  // namespace core
