// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/command_line.h"
#include "app/workstation.h"

int main(int argc, char** argv) {
    if (app::cli::isCommand(argc, argv)) {
        return app::cli::runCommand(argc, argv);
    }
    return app::runWorkstation(argc, argv);
}
