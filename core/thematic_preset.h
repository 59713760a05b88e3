// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gis/style.h"

#include <QLocale>
#include <QString>

#include <map>
#include <vector>

namespace core {

/// How a thematic map draws one layer.
struct ThematicLayer {
    gis::Style style;
    bool visible = true;
};

/// A thematic view of the plan (兰西城市群空间格局, 综合交通 …): a style and visibility for each
/// default plan layer, keyed by layer key. Layers it does not name keep their own style. A
/// constant value built once; any thread.
struct ThematicPreset {
    QString id;
    QString titleZh;
    QString titleEn;
    std::map<QString, ThematicLayer> layers;

    /// Chinese for Chinese locales, English otherwise.
    QString title(const QLocale& locale = QLocale()) const;
    /// The theme's drawing of a layer, or nullptr when the theme leaves it as it is.
    const ThematicLayer* layer(const QString& key) const;
};

/// The five presets of the plan, in menu order: "spatial-structure", "transport",
/// "ecological-security", "energy" and "project-status".
const std::vector<ThematicPreset>& thematicPresets();
/// The preset with this id, or nullptr.
const ThematicPreset* findThematicPreset(const QString& id);

}  // namespace core
