// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/opacity_dialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace app {

OpacityDialog::OpacityDialog(const QString& layerName, double opacity, QWidget* parent)
    : QDialog(parent), slider_(new QSlider(Qt::Horizontal, this)), percent_(new QSpinBox(this)) {
    setObjectName(QStringLiteral("opacityDialog"));
    setWindowTitle(tr("Layer Opacity"));
    slider_->setRange(0, 100);
    percent_->setRange(0, 100);
    percent_->setSuffix(tr(" %"));
    connect(slider_, &QSlider::valueChanged, percent_, &QSpinBox::setValue);
    connect(percent_, &QSpinBox::valueChanged, slider_, &QSlider::setValue);
    setOpacity(opacity);

    auto* row = new QHBoxLayout;
    row->addWidget(slider_, 1);
    row->addWidget(percent_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Opacity of “%1”:").arg(layerName), this));
    layout->addLayout(row);
    layout->addWidget(buttons);
    resize(360, sizeHint().height());
}

double OpacityDialog::opacity() const {
    return slider_->value() / 100.0;
}

void OpacityDialog::setOpacity(double opacity) {
    slider_->setValue(int(std::lround(opacity * 100)));
}

}  // namespace app
