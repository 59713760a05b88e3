// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/layer_record.h"

namespace core {

QString LayerRecord::displayName(const QLocale& locale) const {
    const bool chinese = locale.language() == QLocale::Chinese;
    if (chinese || nameEn.isEmpty()) {
        return nameZh.isEmpty() ? nameEn : nameZh;
    }
    return nameEn;
}

bool LayerRecord::isVisibleAtScale(double scaleDenominator) const {
    if (scaleDenominator <= 0) {
        return true;
    }
    return !(minScale > 0 && scaleDenominator > minScale) &&
           !(maxScale > 0 && scaleDenominator < maxScale);
}

}  // namespace core
