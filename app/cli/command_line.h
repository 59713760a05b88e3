// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace app::cli {

/// True when the first argument names a command (`render`, `build-project`, `help`), so the
/// executable runs headless instead of opening the workstation.
bool isCommand(int argc, char** argv);

/// Runs the command headless (no display needed) and returns the process exit code: 0 on success,
/// 1 when the work failed (the message names what and where), 2 on wrong usage.
int runCommand(int argc, char** argv);

}  // namespace app::cli
