// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QObject>
#include <QTranslator>

#include <memory>

namespace app {

/// The interface language: follows the system locale unless the user chose one in the settings.
/// Owns the installed translators; switching sends QEvent::LanguageChange to every widget, which
/// retranslate themselves. GUI thread only.
class Language : public QObject {
    Q_OBJECT
public:
    enum class Choice { System, Chinese, English };

    explicit Language(QObject* parent = nullptr);

    Choice choice() const { return choice_; }
    /// The locale the interface currently speaks.
    QLocale locale() const;
    /// Installs the translation for `choice` and remembers it in the settings.
    void apply(Choice choice);

private:
    Choice choice_ = Choice::System;
    std::unique_ptr<QTranslator> appTranslator_;
    std::unique_ptr<QTranslator> qtTranslator_;
};

}  // namespace app
