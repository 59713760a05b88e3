// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <proj.h>

namespace gis {

/// The PROJ context of the calling thread. PROJ objects are not thread-safe, so each thread gets a
/// context of its own that lives as long as the thread.
PJ_CONTEXT* projContextForThisThread();

}  // namespace gis
