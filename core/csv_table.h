// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include <QString>
#include <QStringList>

#include <vector>

namespace core {

/// A UTF-8 CSV file (RFC 4180: quoted fields may hold commas, quotes and line breaks) read whole:
/// a header row and the data rows. Used for the plan's plain-text sources under data/.
class CsvTable {
    Q_DECLARE_TR_FUNCTIONS(CsvTable)

public:
    /// Throws gis::Error naming the file and line when it cannot be read or a row is malformed.
    static CsvTable read(const QString& path);
    static CsvTable parse(const QString& text, const QString& origin);

    /// One CSV line (with its newline) from `fields`, quoting those that need it.
    static QString formatRow(const QStringList& fields);

    const QStringList& header() const { return header_; }
    std::size_t rowCount() const { return rows_.size(); }
    /// The value of `column` in row `row`; throws gis::Error if the file has no such column.
    QString value(std::size_t row, const QString& column) const;
    /// A `|`-separated list field, split and trimmed, without empty entries.
    QStringList list(std::size_t row, const QString& column) const;
    /// The file line where data row `row` starts, for messages.
    int lineOf(std::size_t row) const { return lines_[row]; }
    const QString& origin() const { return origin_; }

private:
    QString origin_;
    QStringList header_;
    std::vector<QStringList> rows_;
    std::vector<int> lines_;
};

}  // namespace core
