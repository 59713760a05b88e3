// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/crs_selector.h"

#include "gis/error.h"

#include <QEvent>
#include <QLineEdit>
#include <QRegularExpression>

namespace app {

namespace {

QString listedName(int code) {
    switch (code) {
        case 4326:
            return CrsSelector::tr("WGS 84 经纬度 · WGS 84 lon/lat (EPSG:4326)");
        case 4490:
            return CrsSelector::tr("CGCS2000 经纬度 · CGCS2000 lon/lat (EPSG:4490)");
        case 4522:
            return CrsSelector::tr("CGCS2000 / 3° GK 34 带 · zone 34, 102°E (EPSG:4522)");
        case 4523:
            return CrsSelector::tr("CGCS2000 / 3° GK 35 带 · zone 35, 105°E (EPSG:4523)");
        case 4543:
            return CrsSelector::tr("CGCS2000 / 3° GK 中央经线 102°E · CM 102°E (EPSG:4543)");
        case 4544:
            return CrsSelector::tr("CGCS2000 / 3° GK 中央经线 105°E · CM 105°E (EPSG:4544)");
        case 3857:
            return CrsSelector::tr("Web 墨卡托 · Web Mercator (EPSG:3857)");
        default:
            return {};
    }
}

}  // namespace

CrsSelector::CrsSelector(Mode mode, QWidget* parent) : QComboBox(parent) {
    setEditable(mode == Mode::AnyCrs);
    setInsertPolicy(QComboBox::NoInsert);
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (const int code : mapCrsCodes()) {
        addItem(listedName(code), QStringLiteral("EPSG:%1").arg(code));
    }
    if (lineEdit()) {
        lineEdit()->setPlaceholderText(tr("EPSG code, PROJ string or WKT"));
    }
    connect(this, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!updating_ && index >= 0) {
            try {
                Q_EMIT crsChosen(crs());
            } catch (const gis::Error&) {
                // An entry PROJ cannot build is never listed; nothing to report.
            }
        }
    });
}

const std::vector<int>& CrsSelector::mapCrsCodes() {
    static const std::vector<int> codes{4326, 4490, 4522, 4523, 4543, 4544, 3857};
    return codes;
}

QString CrsSelector::displayName(const gis::Crs& crs) {
    static const QRegularExpression epsg(QStringLiteral("^EPSG:(\\d+)$"));
    const QRegularExpressionMatch match = epsg.match(crs.authId());
    const QString listed = match.hasMatch() ? listedName(match.captured(1).toInt()) : QString();
    return listed.isEmpty() ? tr("%1 (%2)").arg(crs.name(), crs.authId()) : listed;
}

void CrsSelector::setCrs(const gis::Crs& crs) {
    updating_ = true;
    int index = findData(crs.authId());
    if (index < 0) {
        addItem(displayName(crs), crs.authId());
        index = count() - 1;
    }
    setCurrentIndex(index);
    updating_ = false;
}

gis::Crs CrsSelector::crs() const {
    const int index = currentIndex();
    if (index >= 0 && (!isEditable() || currentText() == itemText(index))) {
        return gis::Crs::fromUserInput(itemData(index).toString());
    }
    // Typed text; a pasted list entry still ends in its "(EPSG:nnnn)".
    static const QRegularExpression trailingCode(QStringLiteral("\\((EPSG:\\d+)\\)\\s*$"));
    const QRegularExpressionMatch match = trailingCode.match(currentText());
    return gis::Crs::fromUserInput(match.hasMatch() ? match.captured(1) : currentText());
}

void CrsSelector::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QComboBox::changeEvent(event);
}

void CrsSelector::retranslate() {
    for (int i = 0; i < count(); ++i) {
        const QString name = displayName(gis::Crs::fromUserInput(itemData(i).toString()));
        setItemText(i, name);
    }
}

}  // namespace app
