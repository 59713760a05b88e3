// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/label_style_page.h"

#include "app/color_button.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QSpinBox>

namespace app {

LabelStylePage::LabelStylePage(const std::shared_ptr<const gis::FeatureSource>& source,
                               QWidget* parent)
    : QWidget(parent),
      enabled_(new QCheckBox(tr("&Label features"), this)),
      field_(new QComboBox(this)),
      size_(new QDoubleSpinBox(this)),
      bold_(new QCheckBox(tr("&Bold"), this)),
      color_(new ColorButton(this)),
      halo_(new ColorButton(this)),
      haloWidth_(new QDoubleSpinBox(this)),
      priority_(new QSpinBox(this)) {
    if (source) {
        for (const gis::Field& field : source->fields()) {
            field_->addItem(field.name);
        }
    }
    size_->setRange(4, 72);
    size_->setSuffix(tr(" pt"));
    haloWidth_->setRange(0, 5);
    haloWidth_->setSingleStep(0.1);
    haloWidth_->setSuffix(tr(" mm"));
    priority_->setRange(0, 1000);
    priority_->setToolTip(tr("Labels of higher priority are placed first and win collisions."));
    auto* form = new QFormLayout(this);
    form->addRow(enabled_);
    form->addRow(tr("Field:"), field_);
    form->addRow(tr("Size:"), size_);
    form->addRow(QString(), bold_);
    form->addRow(tr("Colour:"), color_);
    form->addRow(tr("Halo colour:"), halo_);
    form->addRow(tr("Halo width:"), haloWidth_);
    form->addRow(tr("Priority:"), priority_);
    const auto edited = [this] { Q_EMIT changed(); };
    connect(enabled_, &QCheckBox::toggled, this, edited);
    connect(field_, &QComboBox::currentIndexChanged, this, edited);
    connect(size_, &QDoubleSpinBox::valueChanged, this, edited);
    connect(bold_, &QCheckBox::toggled, this, edited);
    connect(color_, &ColorButton::colorChanged, this, edited);
    connect(halo_, &ColorButton::colorChanged, this, edited);
    connect(haloWidth_, &QDoubleSpinBox::valueChanged, this, edited);
    connect(priority_, &QSpinBox::valueChanged, this, edited);
}

void LabelStylePage::setLabelStyle(const gis::LabelStyle& label) {
    const QSignalBlocker blocker(this);
    enabled_->setChecked(label.enabled);
    if (!label.field.isEmpty() && field_->findText(label.field) < 0) {
        field_->addItem(label.field);
    }
    if (!label.field.isEmpty()) {
        field_->setCurrentText(label.field);
    }
    size_->setValue(label.fontSizePt);
    bold_->setChecked(label.bold);
    color_->setColor(label.color);
    halo_->setColor(label.haloColor);
    haloWidth_->setValue(label.haloWidthMm);
    priority_->setValue(label.priority);
}

void LabelStylePage::apply(gis::LabelStyle& label) const {
    label.enabled = enabled_->isChecked();
    label.field = field_->currentText();
    label.fontSizePt = size_->value();
    label.bold = bold_->isChecked();
    label.color = color_->color();
    label.haloColor = halo_->color();
    label.haloWidthMm = haloWidth_->value();
    label.priority = priority_->value();
}

}  // namespace app
