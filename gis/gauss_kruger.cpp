// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/gauss_kruger.h"

#include <cmath>

namespace gis {

namespace {
constexpr int kFirstZone = 25;
constexpr int kLastZone = 45;
constexpr int kFirstZoneEpsg = 4513;
}  // namespace

int gaussKrugerZone3(double longitude) {
    return static_cast<int>(std::lround(longitude / 3.0));
}

int gaussKrugerZone3Epsg(int zone) {
    if (zone < kFirstZone || zone > kLastZone) {
        return 0;
    }
    return kFirstZoneEpsg + (zone - kFirstZone);
}

}  // namespace gis
