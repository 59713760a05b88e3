// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "gis/layout/print_layout.h"

#include <QStringList>

#include <vector>

namespace core {

/// The print layout templates: five built in, in Chinese, one per thematic map of the plan
/// (spatial structure, transport, ecological security, energy, project progress), plus those
/// saved in a project (table lx_layout) and template files (.json). Stateless; any thread.
class PrintTemplates {
    Q_DECLARE_TR_FUNCTIONS(PrintTemplates)

public:
    /// The plan the templates cite as their basis.
    static QString planTitle();
    static std::vector<gis::PrintLayout> builtIn();
    static QStringList builtInNames();

    /// The template `name`: one saved in the project first, then a built-in one; a name ending
    /// in .json is read from that file. Throws gis::Error listing the names there are.
    static gis::PrintLayout find(const QString& name, const QString& projectPath);
    /// The templates saved in the project, by name.
    static std::vector<gis::PrintLayout> fromProject(const QString& projectPath);
    /// Saves (or replaces) the template in the project under its name. Throws gis::Error when the
    /// layout has no name or the file cannot be written.
    static void saveToProject(const gis::PrintLayout& layout, const QString& projectPath);
};

}  // namespace core
