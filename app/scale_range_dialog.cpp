// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/scale_range_dialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

#include <cmath>

namespace app {

namespace {

QSpinBox* scaleBox(QWidget* parent) {
    auto* box = new QSpinBox(parent);
    box->setRange(1, 1000000000);
    box->setPrefix(QStringLiteral("1:"));
    box->setGroupSeparatorShown(true);
    box->setSingleStep(1000);
    return box;
}

}  // namespace

ScaleRangeDialog::ScaleRangeDialog(const QString& layerName, double minScale, double maxScale,
                                   double currentScale, QWidget* parent)
    : QDialog(parent),
      useMin_(new QCheckBox(tr("Hide when zoomed out beyond"), this)),
      min_(scaleBox(this)),
      useMax_(new QCheckBox(tr("Hide when zoomed in beyond"), this)),
      max_(scaleBox(this)),
      problem_(new QLabel(this)) {
    setObjectName(QStringLiteral("scaleRangeDialog"));
    setWindowTitle(tr("Scale Range of “%1”").arg(layerName));
    const int current = currentScale > 0 ? int(std::lround(currentScale)) : 100000;
    min_->setValue(current * 2);
    max_->setValue(std::max(1, current / 2));
    connect(useMin_, &QCheckBox::toggled, min_, &QWidget::setEnabled);
    connect(useMax_, &QCheckBox::toggled, max_, &QWidget::setEnabled);
    setRange(minScale, maxScale);
    problem_->setStyleSheet(QStringLiteral("color: #b00020"));
    problem_->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ScaleRangeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QFormLayout(this);
    layout->addRow(useMin_, min_);
    layout->addRow(useMax_, max_);
    layout->addRow(problem_);
    layout->addRow(buttons);
}

double ScaleRangeDialog::minScale() const {
    return useMin_->isChecked() ? min_->value() : 0;
}

double ScaleRangeDialog::maxScale() const {
    return useMax_->isChecked() ? max_->value() : 0;
}

void ScaleRangeDialog::setRange(double minScale, double maxScale) {
    useMin_->setChecked(minScale > 0);
    min_->setEnabled(minScale > 0);
    if (minScale > 0) {
        min_->setValue(int(std::lround(minScale)));
    }
    useMax_->setChecked(maxScale > 0);
    max_->setEnabled(maxScale > 0);
    if (maxScale > 0) {
        max_->setValue(int(std::lround(maxScale)));
    }
}

void ScaleRangeDialog::accept() {
    if (minScale() > 0 && maxScale() > 0 && minScale() <= maxScale()) {
        problem_->setText(
            tr("The zoomed-out limit must be a larger denominator than the "
               "zoomed-in one."));
        problem_->show();
        return;
    }
    QDialog::accept();
}

}  // namespace app
