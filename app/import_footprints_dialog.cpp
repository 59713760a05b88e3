// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/import_footprints_dialog.h"

#include "core/plan_vocabulary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace app {

ImportFootprintsDialog::ImportFootprintsDialog(Importer importer, QWidget* parent)
    : QDialog(parent),
      importer_(std::move(importer)),
      source_(new QLineEdit),
      table_(new QComboBox),
      kind_(new QComboBox),
      status_(new QComboBox),
      skipInvalid_(new QCheckBox(tr("Import the valid features when others are refused"))),
      summary_(new QLabel),
      report_(new QTreeWidget) {
    setObjectName(QStringLiteral("importFootprintsDialog"));
    setWindowTitle(tr("Import Footprints"));
    auto* browse = new QPushButton(tr("Browse…"));
    connect(browse, &QPushButton::clicked, this, &ImportFootprintsDialog::chooseSource);
    auto* sourceRow = new QHBoxLayout;
    sourceRow->addWidget(source_, 1);
    sourceRow->addWidget(browse);
    table_->addItem(tr("Plan points (plan_point)"), QStringLiteral("plan_point"));
    table_->addItem(tr("Plan lines (plan_line)"), QStringLiteral("plan_line"));
    table_->addItem(tr("Plan areas (plan_area)"), QStringLiteral("plan_area"));
    table_->setCurrentIndex(2);
    kind_->addItem(tr("(from the source)"), QString());
    for (const core::ItemKind kind : core::PlanVocabulary::allKinds()) {
        kind_->addItem(core::PlanVocabulary::label(kind), core::PlanVocabulary::key(kind));
    }
    status_->addItem(tr("(from the source)"), QString());
    for (const core::PlanStatus status : core::PlanVocabulary::allStatuses()) {
        status_->addItem(core::PlanVocabulary::label(status), core::PlanVocabulary::key(status));
    }
    auto* form = new QFormLayout;
    form->addRow(tr("Source file"), sourceRow);
    form->addRow(tr("Into layer"), table_);
    form->addRow(tr("Kind when missing"), kind_);
    form->addRow(tr("Status when missing"), status_);
    form->addRow(skipInvalid_);
    report_->setColumnCount(4);
    report_->setHeaderLabels({tr("#"), tr("Source"), tr("Result"), tr("Reason")});
    report_->setRootIsDecorated(false);
    report_->header()->setStretchLastSection(true);
    summary_->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton* run = buttons->addButton(tr("Import"), QDialogButtonBox::ActionRole);
    connect(run, &QPushButton::clicked, this, &ImportFootprintsDialog::runImport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(summary_);
    layout->addWidget(report_, 1);
    layout->addWidget(buttons);
    resize(720, 480);
}

void ImportFootprintsDialog::setSource(const QString& path) {
    source_->setText(path);
}

void ImportFootprintsDialog::setTargetTable(const QString& table) {
    table_->setCurrentIndex(std::max(0, table_->findData(table)));
}

void ImportFootprintsDialog::setSkipInvalid(bool skip) {
    skipInvalid_->setChecked(skip);
}

void ImportFootprintsDialog::chooseSource() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Footprints"), source_->text(),
        tr("Vector data (*.geojson *.json *.kml *.shp *.dxf *.gpkg *.csv);;All files (*)"));
    if (!path.isEmpty()) {
        source_->setText(path);
    }
}

void ImportFootprintsDialog::runImport() {
    report_->clear();
    core::ImportOptions options;
    options.skipInvalid = skipInvalid_->isChecked();
    if (!kind_->currentData().toString().isEmpty()) {
        options.defaults.insert(QStringLiteral("kind"), kind_->currentData());
    }
    if (!status_->currentData().toString().isEmpty()) {
        options.defaults.insert(QStringLiteral("status"), status_->currentData());
    }
    QString error;
    const auto report =
        importer_(table_->currentData().toString(), source_->text(), options, &error);
    if (!report) {
        summary_->setText(error);
        return;
    }
    for (const core::ImportedFeature& feature : report->features) {
        auto* item = new QTreeWidgetItem(report_);
        item->setText(0, QString::number(feature.number));
        item->setText(1, feature.source);
        item->setText(2, feature.imported ? tr("imported") : tr("refused"));
        item->setText(3, feature.reason);
        if (!feature.imported) {
            item->setForeground(2, QColor(198, 40, 40));
        }
    }
    summary_->setText(
        report->written
            ? tr("%1 imported, %2 refused.")
                  .arg(report->importedCount())
                  .arg(report->refusedCount())
            : tr("Nothing was written: %1 feature(s) refused.").arg(report->refusedCount()));
}

QStringList ImportFootprintsDialog::reportRows() const {
    QStringList rows;
    for (int i = 0; i < report_->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = report_->topLevelItem(i);
        rows << QStringList{item->text(0), item->text(1), item->text(2), item->text(3)}.join(u'\t');
    }
    return rows;
}

QString ImportFootprintsDialog::summary() const {
    return summary_->text();
}

}  // namespace app
