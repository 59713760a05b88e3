// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace app {

/// Starts the workstation: the application object, the interface language, the main window on the
/// project named on the command line or the bundled default project. Returns the exit code.
int runWorkstation(int argc, char** argv);

}  // namespace app
