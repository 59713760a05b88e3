// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

namespace app {

/// View → Theme: one entry per thematic preset of the plan (core::thematicPresets()), titled in
/// the interface language. Choosing one emits themeChosen(). GUI thread only.
class ThemeMenu : public QMenu {
    Q_OBJECT
public:
    explicit ThemeMenu(QWidget* parent = nullptr);

Q_SIGNALS:
    void themeChosen(const QString& presetId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
};

}  // namespace app
