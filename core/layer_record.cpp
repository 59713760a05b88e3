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

}  // namespace core
