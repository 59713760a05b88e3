// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/theme_menu.h"

#include "core/thematic_preset.h"

#include <QEvent>

namespace app {

ThemeMenu::ThemeMenu(QWidget* parent) : QMenu(parent) {
    setObjectName(QStringLiteral("themeMenu"));
    for (const core::ThematicPreset& preset : core::thematicPresets()) {
        QAction* action = addAction(QString());
        action->setData(preset.id);
        connect(action, &QAction::triggered, this,
                [this, id = preset.id] { Q_EMIT themeChosen(id); });
    }
    retranslate();
}

void ThemeMenu::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QMenu::changeEvent(event);
}

void ThemeMenu::retranslate() {
    setTitle(tr("T&heme"));
    for (QAction* action : actions()) {
        if (const core::ThematicPreset* preset =
                core::findThematicPreset(action->data().toString())) {
            action->setText(preset->title(QLocale()));
        }
    }
}

}  // namespace app
