// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/language.h"

#include <QDialog>

class QComboBox;

namespace app {

/// Preferences: for now the interface language (system, 中文, English), applied at once.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    SettingsDialog(Language& language, QWidget* parent = nullptr);

private:
    void accept() override;

    Language& language_;
    QComboBox* languageBox_;
};

}  // namespace app
