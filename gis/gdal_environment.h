// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace gis {

/// One-time process set-up of GDAL: registers drivers and keeps GDAL's own messages off stderr so
/// that the application reports errors in its own words. Safe to call from any thread, any number
/// of times.
void initializeGdal();

/// The last message GDAL raised on this thread, or an empty string.
QString lastGdalError();

}  // namespace gis
