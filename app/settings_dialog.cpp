// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/settings_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>

namespace app {

SettingsDialog::SettingsDialog(Language& language, QWidget* parent)
    : QDialog(parent), language_(language), languageBox_(new QComboBox(this)) {
    setWindowTitle(tr("Settings"));
    languageBox_->addItem(tr("System language"), int(Language::Choice::System));
    languageBox_->addItem(QStringLiteral("中文"), int(Language::Choice::Chinese));
    languageBox_->addItem(QStringLiteral("English"), int(Language::Choice::English));
    languageBox_->setCurrentIndex(languageBox_->findData(int(language.choice())));
    auto* layout = new QFormLayout(this);
    layout->addRow(tr("Interface language:"), languageBox_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    layout->addRow(buttons);
}

void SettingsDialog::accept() {
    language_.apply(static_cast<Language::Choice>(languageBox_->currentData().toInt()));
    QDialog::accept();
}

}  // namespace app
