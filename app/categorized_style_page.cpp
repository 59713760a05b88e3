// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/categorized_style_page.h"

#include "app/symbol_class_list.h"
#include "core/plan_legend_labels.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

#include <map>

namespace app {

namespace {

/// Distinct values of `field`, sorted, at most `limit`.
std::vector<QVariant> uniqueValues(const gis::FeatureSource& source, const QString& field,
                                   std::size_t limit = 200) {
    std::map<QString, QVariant> values;
    gis::FeatureQuery query;
    query.columns = {field};
    auto features = source.query(query);
    gis::Feature feature;
    while (features->next(feature) && values.size() < limit) {
        const QVariant& value = feature.attributes.at(0);
        if (!value.isNull()) {
            values.emplace(value.toString(), value);
        }
    }
    std::vector<QVariant> sorted;
    for (const auto& entry : values) {
        sorted.push_back(entry.second);
    }
    return sorted;
}

/// `base` in the `index`-th of `count` colours spread around the hue circle.
gis::Symbol coloured(gis::Symbol base, gis::GeometryKind kind, int index, int count) {
    const QColor colour = QColor::fromHsv((index * 360 / std::max(1, count) + 20) % 360, 170, 210);
    if (kind == gis::GeometryKind::Line) {
        base.strokeColor = colour;
    } else {
        const int alpha = base.fillColor.alpha() > 0 ? base.fillColor.alpha() : 255;
        base.fillColor = colour;
        base.fillColor.setAlpha(alpha);
    }
    return base;
}

}  // namespace

CategorizedStylePage::CategorizedStylePage(std::shared_ptr<const gis::FeatureSource> source,
                                           gis::GeometryKind kind, QWidget* parent)
    : QWidget(parent),
      source_(std::move(source)),
      kind_(kind),
      field_(new QComboBox(this)),
      classes_(new SymbolClassList(kind, {tr("Value"), tr("Label")}, 1, this)) {
    field_->setObjectName(QStringLiteral("categoryField"));
    if (source_) {
        for (const gis::Field& field : source_->fields()) {
            field_->addItem(field.name);
        }
    }
    auto* classify = new QPushButton(tr("&Classify"), this);
    auto* remove = new QPushButton(tr("&Remove"), this);
    connect(classify, &QPushButton::clicked, this, &CategorizedStylePage::classify);
    connect(remove, &QPushButton::clicked, classes_, &SymbolClassList::removeSelected);
    connect(classes_, &SymbolClassList::changed, this, &CategorizedStylePage::changed);
    auto* form = new QFormLayout;
    form->addRow(tr("Field:"), field_);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(classify);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(classes_);
    layout->addLayout(buttons);
}

void CategorizedStylePage::setStyle(const gis::Style& style) {
    base_ = style.defaultSymbol;
    if (!style.categoryField.isEmpty()) {
        if (field_->findText(style.categoryField) < 0) {
            field_->addItem(style.categoryField);
        }
        field_->setCurrentText(style.categoryField);
    }
    values_.clear();
    std::vector<SymbolClassList::Row> rows;
    for (const gis::Category& category : style.categories) {
        values_.push_back(category.value);
        rows.push_back({category.symbol, {category.value.toString(), category.label}});
    }
    classes_->setRows(rows);
}

void CategorizedStylePage::apply(gis::Style& style) const {
    style.categoryField = field_->currentText();
    std::vector<gis::Category> kept = style.categories;
    style.categories.clear();
    for (const SymbolClassList::Row& row : classes_->rows()) {
        gis::Category category;
        category.value = row.texts.value(0);
        // Numbers stay numbers so that they match numeric fields.
        for (const QVariant& original : values_) {
            if (original.toString() == row.texts.value(0)) {
                category.value = original;
            }
        }
        for (const gis::Category& old : kept) {
            if (old.value.toString() == category.value.toString()) {
                category.labelPriority = old.labelPriority;
                category.labelSizePt = old.labelSizePt;
            }
        }
        category.label = row.texts.value(1);
        category.symbol = row.symbol;
        style.categories.push_back(category);
    }
}

void CategorizedStylePage::classify() {
    if (!source_ || field_->currentText().isEmpty()) {
        return;
    }
    std::map<QString, SymbolClassList::Row> existing;
    for (const SymbolClassList::Row& row : classes_->rows()) {
        existing[row.texts.value(0)] = row;
    }
    values_ = uniqueValues(*source_, field_->currentText());
    std::vector<SymbolClassList::Row> rows;
    for (std::size_t i = 0; i < values_.size(); ++i) {
        const QString text = values_[i].toString();
        const auto found = existing.find(text);
        if (found != existing.end()) {
            rows.push_back(found->second);
            continue;
        }
        // Plan vocabulary gets its legend label (shown in the interface language), others the
        // value.
        const QString label = core::PlanLegendLabels::chineseLabel(field_->currentText(), text);
        rows.push_back({coloured(base_, kind_, int(i), int(values_.size())),
                        {text, label.isEmpty() ? text : label}});
    }
    classes_->setRows(rows);
    Q_EMIT changed();
}

}  // namespace app
