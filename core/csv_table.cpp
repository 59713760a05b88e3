// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/csv_table.h"

#include "gis/error.h"

#include <QCoreApplication>
#include <QFile>

namespace core {

namespace {

/// Splits CSV text into records; each record remembers the line it starts on.
std::vector<std::pair<int, QStringList>> splitRecords(const QString& text, const QString& origin) {
    std::vector<std::pair<int, QStringList>> records;
    QStringList fields;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    int recordLine = 1;
    auto endField = [&] {
        fields << field;
        field.clear();
        fieldStarted = false;
    };
    auto endRecord = [&] {
        endField();
        if (!(fields.size() == 1 && fields.front().isEmpty())) {
            records.emplace_back(recordLine, fields);
        }
        fields.clear();
        recordLine = line;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
        } else if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == u',') {
            endField();
        } else if (c == u'\n') {
            ++line;
            endRecord();
        } else if (c != u'\r') {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted) {
        throw gis::Error(
            CsvTable::tr("%1, line %2: a quoted field is not closed").arg(origin).arg(recordLine));
    }
    if (!field.isEmpty() || !fields.isEmpty()) {
        endRecord();
    }
    return records;
}

}  // namespace

CsvTable CsvTable::read(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw gis::Error(CsvTable::tr("Cannot read %1: %2").arg(path, file.errorString()));
    }
    QString text = QString::fromUtf8(file.readAll());
    if (text.startsWith(QChar(0xFEFF))) {
        text.remove(0, 1);
    }
    return parse(text, path);
}

CsvTable CsvTable::parse(const QString& text, const QString& origin) {
    CsvTable table;
    table.origin_ = origin;
    auto records = splitRecords(text, origin);
    if (records.empty()) {
        throw gis::Error(CsvTable::tr("%1 is empty: a header row is expected").arg(origin));
    }
    table.header_ = records.front().second;
    for (std::size_t i = 1; i < records.size(); ++i) {
        auto& [line, fields] = records[i];
        if (fields.size() != table.header_.size()) {
            throw gis::Error(CsvTable::tr("%1, line %2: %3 fields where the header has %4")
                                 .arg(origin)
                                 .arg(line)
                                 .arg(fields.size())
                                 .arg(table.header_.size()));
        }
        table.rows_.push_back(std::move(fields));
        table.lines_.push_back(line);
    }
    return table;
}

QString CsvTable::formatRow(const QStringList& fields) {
    QStringList quoted;
    for (QString field : fields) {
        if (field.contains(u',') || field.contains(u'"') || field.contains(u'\n') ||
            field.contains(u'\r')) {
            field.replace(QStringLiteral("\""), QStringLiteral("\"\""));
            field = u'"' + field + u'"';
        }
        quoted << field;
    }
    return quoted.join(u',') + u'\n';
}

QString CsvTable::value(std::size_t row, const QString& column) const {
    const qsizetype index = header_.indexOf(column);
    if (index < 0) {
        throw gis::Error(CsvTable::tr("%1 has no column \"%2\"").arg(origin_, column));
    }
    return rows_.at(row).at(index).trimmed();
}

QStringList CsvTable::list(std::size_t row, const QString& column) const {
    QStringList items;
    for (const QString& item : value(row, column).split(u'|')) {
        if (!item.trimmed().isEmpty()) {
            items << item.trimmed();
        }
    }
    return items;
}

}  // namespace core
