// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace app::cli {

/// `lanxi-atlas catalog [--project FILE] --format csv|json [--out FILE]`: lists every plan item
/// with its kind, status, section, tasks, departments, accuracy and geometry (WKT, lon/lat).
/// The CSV has the columns of data/plan/items.csv first, so the two can be compared.
class CatalogCommand {
    Q_DECLARE_TR_FUNCTIONS(CatalogCommand)

public:
    int run(const QStringList& arguments);
};

}  // namespace app::cli
