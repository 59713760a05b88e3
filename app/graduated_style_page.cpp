// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/graduated_style_page.h"

#include "app/color_button.h"
#include "app/symbol_class_list.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace app {

GraduatedStylePage::GraduatedStylePage(std::shared_ptr<const gis::FeatureSource> source,
                                       gis::GeometryKind kind, QWidget* parent)
    : QWidget(parent),
      source_(std::move(source)),
      kind_(kind),
      field_(new QComboBox(this)),
      method_(new QComboBox(this)),
      count_(new QSpinBox(this)),
      from_(new ColorButton(this)),
      to_(new ColorButton(this)),
      classes_(new SymbolClassList(kind, {tr("Range"), tr("Label")}, 1, this)) {
    field_->setObjectName(QStringLiteral("graduatedField"));
    if (source_) {
        for (const gis::Field& field : source_->fields()) {
            if (field.type == gis::FieldType::Integer || field.type == gis::FieldType::Real) {
                field_->addItem(field.name);
            }
        }
    }
    method_->addItem(tr("Equal interval"), int(gis::ClassificationMethod::EqualInterval));
    method_->addItem(tr("Quantile (equal count)"), int(gis::ClassificationMethod::Quantile));
    method_->addItem(tr("Natural breaks (Jenks)"), int(gis::ClassificationMethod::NaturalBreaks));
    count_->setRange(2, 12);
    count_->setValue(5);
    from_->setColor(QColor(255, 245, 200));
    to_->setColor(QColor(190, 30, 30));
    auto* ramp = new QHBoxLayout;
    ramp->addWidget(from_);
    ramp->addWidget(to_);
    ramp->addStretch();
    auto* form = new QFormLayout;
    form->addRow(tr("Field:"), field_);
    form->addRow(tr("Method:"), method_);
    form->addRow(tr("Classes:"), count_);
    form->addRow(tr("Colour ramp:"), ramp);
    auto* classify = new QPushButton(tr("&Classify"), this);
    connect(classify, &QPushButton::clicked, this, [this] {
        if (!this->classify()) {
            QMessageBox::warning(
                this, tr("Cannot classify"),
                tr("The field \"%1\" holds no numbers.").arg(field_->currentText()));
        }
    });
    connect(classes_, &SymbolClassList::changed, this, &GraduatedStylePage::changed);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(classes_);
    layout->addWidget(classify, 0, Qt::AlignLeft);
}

void GraduatedStylePage::setStyle(const gis::Style& style) {
    base_ = style.defaultSymbol;
    if (!style.graduatedField.isEmpty()) {
        if (field_->findText(style.graduatedField) < 0) {
            field_->addItem(style.graduatedField);
        }
        field_->setCurrentText(style.graduatedField);
    }
    bounds_.clear();
    std::vector<SymbolClassList::Row> rows;
    for (const gis::GraduatedClass& graduated : style.classes) {
        bounds_.emplace_back(graduated.lower, graduated.upper);
        rows.push_back({graduated.symbol,
                        {QStringLiteral("%1 – %2").arg(graduated.lower).arg(graduated.upper),
                         graduated.label}});
    }
    if (!style.classes.empty()) {
        count_->setValue(int(style.classes.size()));
    }
    classes_->setRows(rows);
}

void GraduatedStylePage::apply(gis::Style& style) const {
    style.graduatedField = field_->currentText();
    style.classes.clear();
    const std::vector<SymbolClassList::Row> rows = classes_->rows();
    for (std::size_t i = 0; i < rows.size() && i < bounds_.size(); ++i) {
        style.classes.push_back(
            {bounds_[i].first, bounds_[i].second, rows[i].texts.value(1), rows[i].symbol});
    }
}

bool GraduatedStylePage::classify() {
    if (!source_ || field_->currentText().isEmpty()) {
        return false;
    }
    std::vector<double> values = gis::StyleClassifier::readValues(*source_, field_->currentText());
    const std::vector<double> breaks =
        gis::StyleClassifier::breaks(gis::ClassificationMethod(method_->currentData().toInt()),
                                     std::move(values), count_->value());
    if (breaks.size() < 2) {
        return false;
    }
    gis::Symbol base = base_;
    if (kind_ != gis::GeometryKind::Line && base.fillColor.alpha() == 0) {
        base.fillColor.setAlpha(255);
    }
    const gis::Style made = gis::StyleClassifier::graduatedStyle(
        field_->currentText(), breaks, from_->color(), to_->color(), base, kind_);
    gis::Style shown;
    shown.defaultSymbol = base_;
    shown.graduatedField = made.graduatedField;
    shown.classes = made.classes;
    setStyle(shown);
    Q_EMIT changed();
    return true;
}

}  // namespace app
