// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include <QStringList>

namespace app::cli {

/// `lanxi-atlas export-map --template NAME --out FILE.pdf|.svg|.png|.tif [--project FILE]
/// [--atlas LAYER [--atlas-filter SQL] [--atlas-name FIELD] [--file-per-page]] [--dpi N]`:
/// prints a thematic map layout (built-in, saved in the project, or a .json file) to a vector
/// PDF or SVG, or a georeferenced image; with --atlas, one page per feature of LAYER
/// (`--atlas departments`: one page per lead department, showing only its plan items).
/// `--list-templates` lists the template names.
class ExportMapCommand {
    Q_DECLARE_TR_FUNCTIONS(ExportMapCommand)

public:
    int run(const QStringList& arguments);
};

}  // namespace app::cli
