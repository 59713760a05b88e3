// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/save_conflict_dialog.h"

#include "app/conflict_versions_overlay.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace app {

namespace {

enum Column { FeatureColumn, ChangeColumn, ChoiceColumn, ColumnCount };

/// A dashed line in their colour over a solid one in mine, as Show on Map draws them.
QPixmap legendSwatch(const QWidget& widget) {
    const int height = widget.fontMetrics().height();
    const qreal ratio = widget.devicePixelRatioF();
    QPixmap swatch(QSize(3 * height, height) * ratio);
    swatch.setDevicePixelRatio(ratio);
    swatch.fill(Qt::transparent);
    QPainter painter(&swatch);
    QPen dashed(ConflictVersionsOverlay::theirsColor(), 3, Qt::CustomDashLine, Qt::FlatCap);
    dashed.setDashPattern({3, 2});
    painter.setPen(dashed);
    painter.drawLine(QPointF(2, height * 0.3), QPointF(3 * height - 2, height * 0.3));
    painter.setPen(QPen(ConflictVersionsOverlay::mineColor(), 3));
    painter.drawLine(QPointF(2, height * 0.75), QPointF(3 * height - 2, height * 0.75));
    return swatch;
}

}  // namespace

QString SaveConflictDialog::changeText(const core::FeatureConflict& feature) {
    const QDateTime when = QDateTime::fromString(feature.changedAtUtc, Qt::ISODateWithMs);
    if (feature.changedBy.isEmpty() || !when.isValid()) {
        return feature.theirs ? tr("changed %1").arg(feature.changeDescription())
                              : tr("deleted %1").arg(feature.changeDescription());
    }
    // Local time to the minute: the analyst compares it with their own day.
    const QString time = when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    return feature.theirs ? tr("changed by %1 at %2").arg(feature.changedBy, time)
                          : tr("deleted by %1 at %2").arg(feature.changedBy, time);
}

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
        table_->setItem(row, ChangeColumn, new QTableWidgetItem(changeText(feature)));
        auto* choice = new QComboBox(table_);
        choice->addItem(tr("Take theirs"), int(core::ConflictChoice::TakeTheirs));
        choice->addItem(feature.mine ? tr("Keep mine") : tr("Keep mine (delete it)"),
                        int(core::ConflictChoice::KeepMine));
        table_->setCellWidget(row, ChoiceColumn, choice);
    }
    // The change wraps; the feature and the choice are shown whole (a cell widget's width is
    // not part of resizeColumnsToContents()).
    table_->setWordWrap(true);
    table_->resizeColumnToContents(FeatureColumn);
    int choiceWidth = table_->horizontalHeader()->sectionSizeHint(ChoiceColumn);
    for (int row = 0; row < table_->rowCount(); ++row) {
        choiceWidth =
            std::max(choiceWidth, table_->cellWidget(row, ChoiceColumn)->sizeHint().width());
    }
    table_->horizontalHeader()->setSectionResizeMode(ChangeColumn, QHeaderView::Stretch);
    table_->setColumnWidth(ChoiceColumn, choiceWidth);
    table_->resizeRowsToContents();
    if (!conflicts_.empty()) {
        table_->selectRow(0);
    }

    // A button of its own: QDialogButtonBox gives a standard Ok back its own text on a language
    // change.
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* apply = buttons->addButton(tr("Apply and Save"), QDialogButtonBox::AcceptRole);
    apply->setObjectName(QStringLiteral("applyButton"));
    apply->setDefault(true);
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

    auto* swatch = new QLabel(this);
    swatch->setPixmap(legendSwatch(*swatch));
    auto* legend = new QLabel(tr("Dashed: their version; solid: my version"), this);
    legend->setObjectName(QStringLiteral("conflictLegend"));
    legend->setWordWrap(true);
    auto* legendRow = new QHBoxLayout;
    legendRow->addWidget(swatch);
    legendRow->addWidget(legend, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(table_);
    layout->addLayout(legendRow);
    layout->addWidget(buttons);
    resize(720, 340);
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
