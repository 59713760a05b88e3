// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/save_conflict_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace app {

namespace {

enum Column { FeatureColumn, ChangeColumn, ChoiceColumn, ColumnCount };

}  // namespace

SaveConflictDialog::SaveConflictDialog(const core::SaveConflict& conflict, QWidget* parent)
    : QDialog(parent), conflicts_(conflict.conflicts()), table_(new QTableWidget(this)) {
    setWindowTitle(tr("Edits in conflict"));
    auto* explanation = new QLabel(
        tr("Nothing was saved: these features changed in the file since you began editing them. "
           "Your edits are kept. Choose for each feature whose version to keep, then save again."),
        this);
    explanation->setWordWrap(true);

    table_->setObjectName(QStringLiteral("conflictTable"));
    table_->setColumnCount(ColumnCount);
    table_->setHorizontalHeaderLabels({tr("Feature"), tr("Changed"), tr("Keep")});
    table_->setRowCount(int(conflicts_.size()));
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->verticalHeader()->hide();
    for (int row = 0; row < int(conflicts_.size()); ++row) {
        const core::FeatureConflict& feature = conflicts_[std::size_t(row)];
        table_->setItem(row, FeatureColumn, new QTableWidgetItem(feature.featureLabel()));
        const QString change = feature.theirs ? tr("changed %1").arg(feature.changeDescription())
                                              : tr("deleted %1").arg(feature.changeDescription());
        table_->setItem(row, ChangeColumn, new QTableWidgetItem(change));
        auto* choice = new QComboBox(table_);
        choice->addItem(tr("Take theirs"), int(core::ConflictChoice::TakeTheirs));
        choice->addItem(feature.mine ? tr("Keep mine") : tr("Keep mine (delete it)"),
                        int(core::ConflictChoice::KeepMine));
        table_->setCellWidget(row, ChoiceColumn, choice);
    }
    table_->resizeColumnsToContents();
    table_->horizontalHeader()->setStretchLastSection(true);
    if (!conflicts_.empty()) {
        table_->selectRow(0);
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Apply and Save"));
    auto* show = buttons->addButton(tr("Show on Map"), QDialogButtonBox::ActionRole);
    show->setObjectName(QStringLiteral("showOnMapButton"));
    connect(show, &QPushButton::clicked, this, [this] {
        const int row = table_->currentRow();
        if (row >= 0 && row < int(conflicts_.size())) {
            Q_EMIT showOnMapRequested(conflicts_[std::size_t(row)]);
        }
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(table_);
    layout->addWidget(buttons);
    resize(640, 320);
}

std::vector<core::ConflictChoice> SaveConflictDialog::choices() const {
    std::vector<core::ConflictChoice> chosen;
    for (int row = 0; row < table_->rowCount(); ++row) {
        const auto* box = static_cast<const QComboBox*>(table_->cellWidget(row, ChoiceColumn));
        chosen.push_back(core::ConflictChoice(box->currentData().toInt()));
    }
    return chosen;
}

void SaveConflictDialog::setChoice(int row, core::ConflictChoice choice) {
    auto* box = static_cast<QComboBox*>(table_->cellWidget(row, ChoiceColumn));
    box->setCurrentIndex(box->findData(int(choice)));
}

}  // namespace app
