// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/catalog_command.h"

#include "app/cli/default_project_path.h"
#include "core/csv_table.h"
#include "core/plan_catalog.h"
#include "core/project_store_factory.h"
#include "gis/error.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace app::cli {

namespace {

const QStringList kColumns{"id",
                           "name_zh",
                           "aliases",
                           "name_en",
                           "kind",
                           "tier",
                           "status",
                           "status_zh",
                           "section",
                           "tasks",
                           "accuracy",
                           "geometry_note",
                           "beyond_region",
                           "wkt",
                           "departments",
                           "lead_departments",
                           "layer"};

QStringList rowOf(const core::PlanCatalog& catalog, const core::PlanItem& item) {
    using core::PlanVocabulary;
    return {item.id,
            item.nameZh,
            item.aliases.join(u'|'),
            item.nameEn,
            PlanVocabulary::key(item.kind),
            PlanVocabulary::key(item.tier),
            PlanVocabulary::key(item.status),
            item.statusZh,
            item.section,
            item.taskIds.join(u'|'),
            PlanVocabulary::key(item.accuracy),
            item.geometryNote,
            item.beyondRegion ? QStringLiteral("yes") : QString(),
            item.wkt,
            catalog.departmentIdsOf(item).join(u'|'),
            catalog.departmentIdsOf(item, true).join(u'|'),
            item.table};
}

QByteArray toCsv(const core::PlanCatalog& catalog) {
    QString text = core::CsvTable::formatRow(kColumns);
    for (const core::PlanItem& item : catalog.items()) {
        text += core::CsvTable::formatRow(rowOf(catalog, item));
    }
    return text.toUtf8();
}

QByteArray toJson(const core::PlanCatalog& catalog) {
    static const QStringList lists{"aliases", "tasks", "departments", "lead_departments"};
    QJsonArray array;
    for (const core::PlanItem& item : catalog.items()) {
        const QStringList row = rowOf(catalog, item);
        QJsonObject object;
        for (qsizetype i = 0; i < kColumns.size(); ++i) {
            if (lists.contains(kColumns[i])) {
                object.insert(kColumns[i],
                              QJsonArray::fromStringList(row[i].split(u'|', Qt::SkipEmptyParts)));
            } else if (kColumns[i] == QLatin1String("beyond_region")) {
                object.insert(kColumns[i], item.beyondRegion);
            } else {
                object.insert(kColumns[i], row[i]);
            }
        }
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

}  // namespace

int CatalogCommand::run(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lists every item of the plan catalog."));
    parser.addHelpOption();
    const QCommandLineOption projectOption(
        "project", tr("Project file (default: the bundled project)."), "FILE");
    const QCommandLineOption formatOption("format", tr("Output format: csv or json."), "FORMAT",
                                          "csv");
    const QCommandLineOption outOption("out", tr("Write to FILE instead of standard output."),
                                       "FILE");
    parser.addOptions({projectOption, formatOption, outOption});
    const QString format = parser.parse(arguments) ? parser.value(formatOption) : QString();
    if (format != QLatin1String("csv") && format != QLatin1String("json")) {
        QTextStream(stderr) << tr("catalog: --format must be csv or json") << '\n'
                            << parser.helpText();
        return 2;
    }
    if (parser.isSet("help")) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    const QString path =
        parser.isSet(projectOption) ? parser.value(projectOption) : defaultProjectPath();
    const auto store = core::ProjectStoreFactory::open(path, false);
    const core::PlanCatalog catalog = core::PlanCatalog::load(store->datasetName(), *store);
    const QByteArray output = format == QLatin1String("csv") ? toCsv(catalog) : toJson(catalog);
    if (!parser.isSet(outOption)) {
        QFile out;
        out.open(stdout, QIODevice::WriteOnly);
        out.write(output);
        return 0;
    }
    QFile out(parser.value(outOption));
    if (!out.open(QIODevice::WriteOnly) || out.write(output) != output.size()) {
        throw gis::Error(tr("Cannot write %1: %2").arg(out.fileName(), out.errorString()));
    }
    return 0;
}

}  // namespace app::cli
