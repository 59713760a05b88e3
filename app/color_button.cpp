// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/color_button.h"

#include <QColorDialog>
#include <QPainter>
#include <QPixmap>

namespace app {

ColorButton::ColorButton(QWidget* parent) : QToolButton(parent) {
    setIconSize(QSize(36, 14));
    connect(this, &QToolButton::clicked, this, &ColorButton::choose);
    updateIcon();
}

void ColorButton::setColor(const QColor& color) {
    if (color == color_) {
        return;
    }
    color_ = color;
    updateIcon();
    Q_EMIT colorChanged(color_);
}

void ColorButton::choose() {
    const QColor chosen =
        QColorDialog::getColor(color_, this, QString(), QColorDialog::ShowAlphaChannel);
    if (chosen.isValid()) {
        setColor(chosen);
    }
}

void ColorButton::updateIcon() {
    QPixmap swatch(iconSize());
    // A checkerboard under the colour shows its transparency.
    swatch.fill(Qt::white);
    QPainter painter(&swatch);
    painter.fillRect(swatch.rect(), QBrush(Qt::lightGray, Qt::Dense4Pattern));
    painter.fillRect(swatch.rect(), color_);
    painter.setPen(Qt::darkGray);
    painter.drawRect(swatch.rect().adjusted(0, 0, -1, -1));
    painter.end();
    setIcon(swatch);
    setToolTip(color_.name(QColor::HexArgb));
}

}  // namespace app
