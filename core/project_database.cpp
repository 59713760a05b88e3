// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project_database.h"

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

std::optional<FeatureState> stateFrom(const QVariant& wkb, const QVariant& attributes) {
    if (attributes.isNull()) {
        return std::nullopt;  // the feature did not exist on this side of the change
    }
    FeatureState state;
    state.wkb = wkb.toByteArray();
    state.attributes = FeatureState::attributesFromJson(
        QJsonDocument::fromJson(attributes.toString().toUtf8()).object());
    return state;
}

/// Upgrades from schema version N to N+1, at index N-1. Each runs inside the migration's
/// transaction.
const std::vector<std::function<void(gis::SqliteDatabase&)>>& migrations() {
    static const std::vector<std::function<void(gis::SqliteDatabase&)>> steps{
        [](gis::SqliteDatabase& db) { db.execute(QString::fromLatin1(kVersion2Tables)); },
        addVersion3Columns,
        addVersion4Layouts,
        ProjectDatabase::addHistoryTable,
    };
    return steps;
}

QString openOptionsToText(const QStringList& options) {
    return options.isEmpty() ? QString()
                             : QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(options))
                                                     .toJson(QJsonDocument::Compact));
}

QStringList openOptionsFromText(const QString& text) {
    QStringList options;
    for (const QJsonValue& value : QJsonDocument::fromJson(text.toUtf8()).array()) {
        options << value.toString();
    }
    return options;
}

QString extentToText(const QRectF& rect) {
    return QStringLiteral("%1,%2,%3,%4")
        .arg(rect.left(), 0, 'g', 12)
        .arg(rect.top(), 0, 'g', 12)
        .arg(rect.right(), 0, 'g', 12)
        .arg(rect.bottom(), 0, 'g', 12);
}

QRectF extentFromText(const QString& text) {
    const QStringList parts = text.split(u',');
    if (parts.size() != 4) {
        return {};
    }
    return QRectF(QPointF(parts[0].toDouble(), parts[1].toDouble()),
                  QPointF(parts[2].toDouble(), parts[3].toDouble()));
}

}  // namespace

ProjectDatabase::ProjectDatabase(const QString& path, Access access)
    : db_((checkFileBeforeOpening(path), path), sqliteMode(access)) {
    checkIsProject();
    const int version = schemaVersion();
    if (version > kSchemaVersion) {
        throw gis::Error(
            ProjectDatabase::tr(
                "%1 was written by a newer Lanxi Atlas (project schema version %2; this "
                "version reads up to %3). Update Lanxi Atlas to open it; the file was "
                "not changed.")
                .arg(path)
                .arg(version)
                .arg(kSchemaVersion));
    }
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
            db_.execute(QStringLiteral("PRAGMA journal_mode=WAL"));
        } catch (const gis::Error&) {
        }
    }
}

void ProjectDatabase::checkIsProject() const {
    try {
        db_.scalar(QStringLiteral("PRAGMA schema_version"));
    } catch (const gis::Error&) {
        throw gis::Error(
            ProjectDatabase::tr(
                "%1 is not a Lanxi Atlas project: it is not a GeoPackage (SQLite) file")
                .arg(path()));
    }
    bool isGeoPackage = false;
    try {
        isGeoPackage = db_.tableExists(QStringLiteral("gpkg_contents"));
    } catch (const gis::Error&) {
        isGeoPackage = false;
    }
    if (!isGeoPackage) {
        throw gis::Error(
            ProjectDatabase::tr(
                "%1 is not a Lanxi Atlas project: it is an SQLite file but not a GeoPackage")
                .arg(path()));
    }
    if (!db_.tableExists(QLatin1String(kMetaTable))) {
        throw gis::Error(
            ProjectDatabase::tr(
                "%1 is a GeoPackage but not a Lanxi Atlas project (it has no %2 table)")
                .arg(path(), QLatin1String(kMetaTable)));
    }
}

void ProjectDatabase::initialize(gis::SqliteDatabase& database) {
    database.execute(QString::fromLatin1(kVersion1Tables));
    database.execute(QString::fromLatin1(kVersion2Tables));
    addVersion3Columns(database);
    addVersion4Layouts(database);
    addHistoryTable(database);
    database.execute(QStringLiteral("INSERT OR REPLACE INTO lx_meta VALUES ('schema_version', ?1)"),
                     {QString::number(kSchemaVersion)});
    database.execute(
        QStringLiteral("INSERT OR REPLACE INTO lx_meta VALUES ('application', 'lanxi-atlas')"));
}

int ProjectDatabase::schemaVersion() const {
    bool ok = false;
    const int version = meta(QStringLiteral("schema_version")).value_or(QString()).toInt(&ok);
    if (!ok) {
        throw gis::Error(ProjectDatabase::tr("%1 has no valid schema_version in %2")
                             .arg(path(), QLatin1String(kMetaTable)));
    }
    return version;
}

std::optional<QString> ProjectDatabase::meta(const QString& key) const {
    const auto value =
        db_.scalar(QStringLiteral("SELECT value FROM lx_meta WHERE key = ?1"), {key});
    return value ? std::optional<QString>(value->toString()) : std::nullopt;
}

void ProjectDatabase::setMeta(const QString& key, const QString& value) {
    db_.execute(QStringLiteral("INSERT OR REPLACE INTO lx_meta (key, value) VALUES (?1, ?2)"),
                {key, value});
}

std::vector<LayerRecord> ProjectDatabase::layers() const {
    std::vector<LayerRecord> records;
    const auto rows = db_.query(QStringLiteral(
        "SELECT layer_key, name_zh, name_en, dataset, table_name, filter, style_json, visible, "
        "opacity, min_scale, max_scale, crs_override, open_options FROM lx_layer "
        "ORDER BY draw_order"));
    for (const auto& row : rows) {
        LayerRecord record;
        record.key = row[0].toString();
        record.nameZh = row[1].toString();
        record.nameEn = row[2].toString();
        record.dataset = row[3].toString();
        record.table = row[4].toString();
        record.filter = row[5].toString();
        QJsonParseError error;
        const QJsonDocument style = QJsonDocument::fromJson(row[6].toString().toUtf8(), &error);
        if (error.error != QJsonParseError::NoError) {
            throw gis::Error(ProjectDatabase::tr("%1: the style of layer %2 is not valid JSON: %3")
                                 .arg(path(), record.key, error.errorString()));
        }
        record.style = gis::Style::fromJson(style.object());
        record.visible = row[7].toInt() != 0;
        record.opacity = row[8].toDouble();
        record.minScale = row[9].toDouble();
        record.maxScale = row[10].toDouble();
        record.crsOverride = row[11].toString();
        record.openOptions = openOptionsFromText(row[12].toString());
        records.push_back(std::move(record));
    }
    return records;
}

void ProjectDatabase::replaceLayers(const std::vector<LayerRecord>& layers) {
    gis::SqliteDatabase::Transaction transaction(db_);
    db_.execute(QStringLiteral("DELETE FROM lx_layer"));
    int order = 0;
    for (const LayerRecord& layer : layers) {
        db_.execute(
            QStringLiteral("INSERT INTO lx_layer (layer_key, name_zh, name_en, dataset, "
                           "table_name, filter, style_json, visible, opacity, draw_order, "
                           "min_scale, max_scale, crs_override, open_options) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)"),
            {layer.key, layer.nameZh, layer.nameEn, layer.dataset, layer.table, layer.filter,
             QString::fromUtf8(QJsonDocument(layer.style.toJson()).toJson(QJsonDocument::Compact)),
             layer.visible ? 1 : 0, layer.opacity, order++, layer.minScale, layer.maxScale,
             layer.crsOverride, openOptionsToText(layer.openOptions)});
    }
    transaction.commit();
}

CatalogTables ProjectDatabase::catalog() const {
    CatalogTables catalog;
    for (const auto& row : db_.query(QStringLiteral(
             "SELECT id, name_zh, name_en, province FROM lx_department ORDER BY id"))) {
        catalog.departments.push_back(
            {row[0].toString(), row[1].toString(), row[2].toString(), row[3].toString()});
    }
    for (const auto& row : db_.query(QStringLiteral(
             "SELECT id, section, title_zh, paragraph_zh FROM lx_task ORDER BY rowid"))) {
        PlanTask task{
            row[0].toString(), row[1].toString(), row[2].toString(), row[3].toString(), {}, {}};
        for (const auto& link : db_.query(QStringLiteral("SELECT department_id, is_lead FROM "
                                                         "lx_task_department WHERE task_id = ?1 "
                                                         "ORDER BY rowid"),
                                          {task.id})) {
            task.departmentIds << link[0].toString();
            if (link[1].toInt() != 0) {
                task.leadDepartmentIds << link[0].toString();
            }
        }
        catalog.tasks.push_back(std::move(task));
    }
    for (const auto& row :
         db_.query(QStringLiteral("SELECT item_id, task_id FROM lx_item_task ORDER BY rowid"))) {
        catalog.itemTasks.emplace_back(row[0].toString(), row[1].toString());
    }
    for (const auto& row : db_.query(QStringLiteral("SELECT id, name_zh, name_en, target, unit, "
                                                    "comparator, year, section FROM lx_indicator "
                                                    "ORDER BY rowid"))) {
        catalog.indicators.push_back({row[0].toString(), row[1].toString(), row[2].toString(),
                                      row[3].toDouble(), row[4].toString(), row[5].toString(),
                                      row[6].toInt(), row[7].toString()});
    }
    return catalog;
}

void ProjectDatabase::replaceCatalog(const CatalogTables& catalog) {
    gis::SqliteDatabase::Transaction transaction(db_);
    db_.execute(
        QStringLiteral("DELETE FROM lx_item_task; DELETE FROM lx_task_department; "
                       "DELETE FROM lx_task; DELETE FROM lx_department; "
                       "DELETE FROM lx_indicator;"));
    for (const Department& department : catalog.departments) {
        db_.execute(QStringLiteral("INSERT INTO lx_department VALUES (?1, ?2, ?3, ?4)"),
                    {department.id, department.nameZh, department.nameEn, department.province});
    }
    for (const PlanTask& task : catalog.tasks) {
        db_.execute(QStringLiteral("INSERT INTO lx_task VALUES (?1, ?2, ?3, ?4)"),
                    {task.id, task.section, task.titleZh, task.paragraphZh});
        for (const QString& department : task.departmentIds) {
            db_.execute(QStringLiteral("INSERT INTO lx_task_department VALUES (?1, ?2, ?3)"),
                        {task.id, department, task.leadDepartmentIds.contains(department) ? 1 : 0});
        }
    }
    for (const auto& [item, task] : catalog.itemTasks) {
        db_.execute(QStringLiteral("INSERT INTO lx_item_task VALUES (?1, ?2)"), {item, task});
    }
    for (const Indicator& indicator : catalog.indicators) {
        db_.execute(
            QStringLiteral("INSERT INTO lx_indicator VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"),
            {indicator.id, indicator.nameZh, indicator.nameEn, indicator.target, indicator.unit,
             indicator.comparator, indicator.year, indicator.section});
    }
    transaction.commit();
}

std::vector<Bookmark> ProjectDatabase::bookmarks() const {
    std::vector<Bookmark> bookmarks;
    for (const auto& row : db_.query(QStringLiteral(
             "SELECT name_zh, name_en, extent_lonlat FROM lx_bookmark ORDER BY sort_order"))) {
        bookmarks.push_back(
            {row[0].toString(), row[1].toString(), extentFromText(row[2].toString())});
    }
    return bookmarks;
}

void ProjectDatabase::replaceBookmarks(const std::vector<Bookmark>& bookmarks) {
    gis::SqliteDatabase::Transaction transaction(db_);
    db_.execute(QStringLiteral("DELETE FROM lx_bookmark"));
    int order = 0;
    for (const Bookmark& bookmark : bookmarks) {
        db_.execute(
            QStringLiteral("INSERT INTO lx_bookmark (name_zh, name_en, extent_lonlat, "
                           "sort_order) VALUES (?1, ?2, ?3, ?4)"),
            {bookmark.nameZh, bookmark.nameEn, extentToText(bookmark.extentLonLat), order++});
    }
    transaction.commit();
}

void ProjectDatabase::addHistoryTable(gis::SqliteDatabase& database) {
    database.execute(QString::fromLatin1(kVersion5Tables));
}

std::vector<HistoryRecord> ProjectDatabase::historyWhere(
    const QString& condition, const std::vector<QVariant>& values) const {
    std::vector<HistoryRecord> records;
    for (const auto& row :
         db_.query(QStringLiteral("SELECT id, user_name, time_utc, dataset, layer, feature_id, "
                                  "operation, geometry_before, geometry_after, attributes_before, "
                                  "attributes_after FROM lx_history %1 ORDER BY id")
                       .arg(condition),
                   values)) {
        HistoryRecord record;
        record.id = row[0].toLongLong();
        record.user = row[1].toString();
        record.timeUtc = row[2].toString();
        record.dataset = row[3].toString();
        record.layer = row[4].toString();
        record.fid = row[5].toLongLong();
        record.operation = row[6].toString();
        record.before = stateFrom(row[7], row[9]);
        record.after = stateFrom(row[8], row[10]);
        records.push_back(std::move(record));
    }
    return records;
}

std::vector<HistoryRecord> ProjectDatabase::featureHistory(const QString& layer, std::int64_t fid,
                                                           const QString& dataset) const {
    return historyWhere(QStringLiteral("WHERE layer = ?1 AND feature_id = ?2 AND dataset = ?3"),
                        {layer, qlonglong(fid), dataset});
}

std::vector<HistoryRecord> ProjectDatabase::history() const {
    return historyWhere({}, {});
}

std::vector<std::pair<QString, QString>> ProjectDatabase::layoutTemplates() const {
    std::vector<std::pair<QString, QString>> layouts;
    for (const auto& row :
         db_.query(QStringLiteral("SELECT name, layout_json FROM lx_layout ORDER BY name"))) {
        layouts.emplace_back(row[0].toString(), row[1].toString());
    }
    return layouts;
}

std::optional<QString> ProjectDatabase::layoutTemplate(const QString& name) const {
    const auto value =
        db_.scalar(QStringLiteral("SELECT layout_json FROM lx_layout WHERE name = ?1"), {name});
    return value ? std::optional<QString>(value->toString()) : std::nullopt;
}

void ProjectDatabase::saveLayoutTemplate(const QString& name, const QString& json) {
    db_.execute(QStringLiteral("INSERT OR REPLACE INTO lx_layout (name, layout_json, modified) "
                               "VALUES (?1, ?2, datetime('now'))"),
                {name, json});
}

void ProjectDatabase::removeLayoutTemplate(const QString& name) {
    db_.execute(QStringLiteral("DELETE FROM lx_layout WHERE name = ?1"), {name});
}

void ProjectDatabase::migrate() {
    gis::SqliteDatabase::Transaction transaction(db_);
    for (int version = schemaVersion(); version < kSchemaVersion; ++version) {
        if (version < 1 || version > int(migrations().size())) {
            throw gis::Error(
                ProjectDatabase::tr("%1: no upgrade exists from project schema version %2")
                    .arg(path())
                    .arg(version));
        }
        migrations()[version - 1](db_);
    }
    setMeta(QStringLiteral("schema_version"), QString::number(kSchemaVersion));
    transaction.commit();
}

}  // namespace core
