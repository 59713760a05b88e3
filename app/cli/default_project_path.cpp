// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/default_project_path.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace app::cli {

QString defaultProjectPath() {
    const QString fromEnvironment = qEnvironmentVariable("LANXI_DEFAULT_PROJECT");
    if (!fromEnvironment.isEmpty()) {
        return fromEnvironment;
    }
    const QString besideExecutable = QDir(QCoreApplication::applicationDirPath())
                                         .filePath(QStringLiteral("../data/default-project.gpkg"));
    if (QFileInfo::exists(besideExecutable)) {
        return QDir::cleanPath(besideExecutable);
    }
    return QStringLiteral(LANXI_BUILD_DEFAULT_PROJECT);
}

}  // namespace app::cli
