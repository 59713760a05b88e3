// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/rule_style_page.h"

#include "app/symbol_class_list.h"
#include "gis/error.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace app {

namespace {

const QString kElse = QStringLiteral("ELSE");

QString scaleText(double denominator) {
    return denominator > 0 ? QString::number(denominator, 'f', 0) : QString();
}

}  // namespace

RuleStylePage::RuleStylePage(gis::GeometryKind kind, QWidget* parent)
    : QWidget(parent),
      rules_(new SymbolClassList(kind, {tr("Label"), tr("Filter"), tr("From 1:"), tr("To 1:")}, 0,
                                 this)) {
    auto* hint = new QLabel(
        tr("Filters such as kind = 'railway' AND status IN ('build', 'accelerate'); an empty "
           "filter matches all, ELSE what no other rule matched. Scales: zoomed in from 1:… "
           "to 1:… zoomed out, empty for no limit."),
        this);
    hint->setWordWrap(true);
    auto* add = new QPushButton(tr("&Add Rule"), this);
    auto* remove = new QPushButton(tr("&Remove"), this);
    connect(add, &QPushButton::clicked, this, [this] { addRule(tr("New rule"), QString()); });
    connect(remove, &QPushButton::clicked, rules_, &SymbolClassList::removeSelected);
    connect(rules_, &SymbolClassList::changed, this, &RuleStylePage::changed);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(hint);
    layout->addWidget(rules_);
    layout->addLayout(buttons);
}

void RuleStylePage::setStyle(const gis::Style& style) {
    base_ = style.defaultSymbol;
    std::vector<SymbolClassList::Row> rows;
    for (const gis::StyleRule& rule : style.rules) {
        rows.push_back({rule.symbol,
                        {rule.label, rule.isElse ? kElse : rule.filter.expression(),
                         scaleText(rule.scaleRange.minDenominator),
                         scaleText(rule.scaleRange.maxDenominator)}});
    }
    rules_->setRows(rows);
}

void RuleStylePage::addRule(const QString& label, const QString& filter) {
    std::vector<SymbolClassList::Row> rows = rules_->rows();
    rows.push_back({base_, {label, filter, QString(), QString()}});
    rules_->setRows(rows);
    Q_EMIT changed();
}

void RuleStylePage::apply(gis::Style& style) const {
    style.rules.clear();
    for (const SymbolClassList::Row& row : rules_->rows()) {
        gis::StyleRule rule;
        rule.label = row.texts.value(0);
        rule.symbol = row.symbol;
        const QString filter = row.texts.value(1).trimmed();
        rule.isElse = filter.compare(kElse, Qt::CaseInsensitive) == 0;
        if (!rule.isElse) {
            try {
                rule.filter = gis::FeatureFilter::parse(filter);
            } catch (const gis::Error& error) {
                throw gis::Error(tr("Rule \"%1\": %2").arg(rule.label, error.message()));
            }
        }
        double* bounds[] = {&rule.scaleRange.minDenominator, &rule.scaleRange.maxDenominator};
        for (int i = 0; i < 2; ++i) {
            const QString text = row.texts.value(2 + i).trimmed();
            bool ok = true;
            *bounds[i] = text.isEmpty() ? 0 : text.toDouble(&ok);
            if (!ok || *bounds[i] < 0) {
                throw gis::Error(
                    tr("Rule \"%1\": \"%2\" is not a scale denominator").arg(rule.label, text));
            }
        }
        style.rules.push_back(rule);
    }
}

}  // namespace app
