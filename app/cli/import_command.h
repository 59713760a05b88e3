// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace app::cli {

/// `lanxi-atlas import --project FILE --layer NAME [options] SOURCE`: imports footprints into a
/// layer of the project through core::FeatureImporter and prints one line per source feature.
/// Exit 0 when every feature was imported; 3 when any was refused (then nothing is written unless
/// --skip-invalid, which writes the valid ones); 1 when the source or project cannot be read;
/// 2 on a usage error.
class ImportCommand {
public:
    static constexpr int kRefusedExitCode = 3;
    int run(const QStringList& arguments);
};

}  // namespace app::cli
