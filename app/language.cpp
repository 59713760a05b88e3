// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>

namespace app {

namespace {

constexpr const char* kSettingsKey = "interface/language";

QString choiceKey(Language::Choice choice) {
    switch (choice) {
        case Language::Choice::Chinese:
            return QStringLiteral("zh_CN");
        case Language::Choice::English:
            return QStringLiteral("en");
        case Language::Choice::System:
            break;
    }
    return QStringLiteral("system");
}

Language::Choice choiceFromKey(const QString& key) {
    if (key == QLatin1String("zh_CN"))
        return Language::Choice::Chinese;
    if (key == QLatin1String("en"))
        return Language::Choice::English;
    return Language::Choice::System;
}

}  // namespace

Language::Language(QObject* parent) : QObject(parent) {
    apply(choiceFromKey(QSettings().value(kSettingsKey).toString()));
}

QLocale Language::locale() const {
    switch (choice_) {
        case Choice::Chinese:
            return QLocale(QLocale::Chinese, QLocale::China);
        case Choice::English:
            return QLocale(QLocale::English, QLocale::UnitedStates);
        case Choice::System:
            break;
    }
    return QLocale::system().language() == QLocale::Chinese
               ? QLocale(QLocale::Chinese, QLocale::China)
               : QLocale(QLocale::English, QLocale::UnitedStates);
}

void Language::apply(Choice choice) {
    choice_ = choice;
    QSettings().setValue(kSettingsKey, choiceKey(choice));
    for (auto* translator : {appTranslator_.get(), qtTranslator_.get()}) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
        }
    }
    const QLocale target = locale();
    QLocale::setDefault(target);
    appTranslator_ = std::make_unique<QTranslator>();
    const QString appFile = target.language() == QLocale::Chinese
                                ? QStringLiteral(":/i18n/lanxi_zh_CN.qm")
                                : QStringLiteral(":/i18n/lanxi_en.qm");
    if (appTranslator_->load(appFile)) {
        QCoreApplication::installTranslator(appTranslator_.get());
    }
    // Qt's own strings (standard buttons and dialogs), when Debian's translations are installed.
    qtTranslator_ = std::make_unique<QTranslator>();
    if (qtTranslator_->load(target, QStringLiteral("qtbase"), QStringLiteral("_"),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator_.get());
    }
}

}  // namespace app
