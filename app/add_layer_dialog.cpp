// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/add_layer_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace app {

namespace {

enum Column { NameColumn, GeometryColumn, CountColumn, CrsColumn };

QString crsText(const DatasetLayer& layer) {
    switch (layer.crsState) {
        case DatasetLayer::CrsState::Known:
            return layer.crs;
        case DatasetLayer::CrsState::Missing:
            return AddLayerDialog::tr("none — to be set");
        case DatasetLayer::CrsState::Unknown:
            return AddLayerDialog::tr("%1 — unknown to PROJ, to be set").arg(layer.crs);
    }
    return {};
}

}  // namespace

AddLayerDialog::AddLayerDialog(QWidget* parent)
    : QDialog(parent),
      datasetEdit_(new QLineEdit(this)),
      browseButton_(new QPushButton(tr("Browse…"), this)),
      readButton_(new QPushButton(tr("Read"), this)),
      csvBox_(new QGroupBox(tr("Geometry of the CSV file"), this)),
      wktRadio_(new QRadioButton(tr("WKT column:"), csvBox_)),
      wktColumn_(new QComboBox(csvBox_)),
      xyRadio_(new QRadioButton(tr("X / Y columns:"), csvBox_)),
      xColumn_(new QComboBox(csvBox_)),
      yColumn_(new QComboBox(csvBox_)),
      busyRow_(new QWidget(this)),
      readingLabel_(new QLabel(busyRow_)),
      busyBar_(new QProgressBar(busyRow_)),
      cancelReadButton_(new QPushButton(tr("Cancel Reading"), busyRow_)),
      layersTree_(new QTreeWidget(this)),
      notice_(new QLabel(this)),
      buttons_(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("addLayerDialog"));
    setWindowTitle(tr("Add Vector Layer"));
    const bool postgis = DatasetInfo::hasDriver("PostgreSQL");
    datasetEdit_->setPlaceholderText(
        postgis ? tr("A file, or a PostGIS connection: PG:dbname=… host=… user=…")
                : tr("A file (this GDAL build cannot connect to PostGIS)"));
    datasetEdit_->setClearButtonEnabled(true);
    layersTree_->setObjectName(QStringLiteral("datasetLayers"));
    layersTree_->setHeaderLabels({tr("Layer"), tr("Geometry"), tr("Features"), tr("CRS")});
    layersTree_->setRootIsDecorated(false);
    layersTree_->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    busyBar_->setRange(0, 0);  // busy: GDAL does not say how far it got
    busyBar_->setTextVisible(false);
    notice_->setWordWrap(true);
    notice_->setObjectName(QStringLiteral("addLayerNotice"));
    buttons_->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    xyRadio_->setChecked(false);
    wktRadio_->setChecked(true);

    auto* source = new QHBoxLayout;
    source->addWidget(new QLabel(tr("Data:"), this));
    source->addWidget(datasetEdit_, 1);
    source->addWidget(browseButton_);
    source->addWidget(readButton_);
    auto* csv = new QGridLayout(csvBox_);
    csv->addWidget(wktRadio_, 0, 0);
    csv->addWidget(wktColumn_, 0, 1, 1, 2);
    csv->addWidget(xyRadio_, 1, 0);
    csv->addWidget(xColumn_, 1, 1);
    csv->addWidget(yColumn_, 1, 2);
    auto* busy = new QHBoxLayout(busyRow_);
    busy->setContentsMargins(0, 0, 0, 0);
    busy->addWidget(readingLabel_);
    busy->addWidget(busyBar_, 1);
    busy->addWidget(cancelReadButton_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(source);
    layout->addWidget(busyRow_);
    layout->addWidget(csvBox_);
    layout->addWidget(layersTree_, 1);
    layout->addWidget(notice_);
    layout->addWidget(buttons_);
    csvBox_->hide();
    busyRow_->hide();

    connect(browseButton_, &QPushButton::clicked, this, &AddLayerDialog::browse);
    connect(readButton_, &QPushButton::clicked, this,
            [this] { setDataset(datasetEdit_->text().trimmed()); });
    connect(datasetEdit_, &QLineEdit::returnPressed, this,
            [this] { setDataset(datasetEdit_->text().trimmed()); });
    connect(cancelReadButton_, &QPushButton::clicked, this, &AddLayerDialog::cancelReading);
    for (QRadioButton* radio : {wktRadio_, xyRadio_}) {
        connect(radio, &QRadioButton::toggled, this, [this](bool on) {
            if (on) {
                csvChoiceChanged();
            }
        });
    }
    for (QComboBox* combo : {wktColumn_, xColumn_, yColumn_}) {
        connect(combo, &QComboBox::activated, this, &AddLayerDialog::csvChoiceChanged);
    }
    connect(layersTree_, &QTreeWidget::itemChanged, this, &AddLayerDialog::updateButtons);
    connect(buttons_, &QDialogButtonBox::accepted, this, &AddLayerDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &AddLayerDialog::reject);
    resize(720, 460);
    updateButtons();
}

AddLayerDialog::~AddLayerDialog() {
    cancelReading();
}

void AddLayerDialog::setDataset(const QString& dataset) {
    if (dataset.isEmpty()) {
        return;
    }
    // Layers keep the absolute path: the project resolves relative ones from its own folder.
    const QFileInfo file(dataset);
    const QString name = file.exists() ? file.absoluteFilePath() : dataset;
    datasetEdit_->setText(name);
    read(name, {}, true);
}

void AddLayerDialog::useWktColumn(const QString& column) {
    read(info_.dataset, DatasetInfo::csvWktOptions(column), false);
}

void AddLayerDialog::useXyColumns(const QString& x, const QString& y) {
    read(info_.dataset, DatasetInfo::csvXyOptions(x, y), false);
}

void AddLayerDialog::read(const QString& dataset, const QStringList& openOptions, bool guessCsv) {
    cancelReading();
    cancel_ = std::make_shared<std::atomic<bool>>(false);
    auto* watcher = new QFutureWatcher<DatasetInfo>(this);
    watcher_ = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher] { readFinished(watcher); });
    // The task gets copies only: an abandoned read may outlive the dialog.
    watcher->setFuture(QtConcurrent::run([dataset, openOptions, guessCsv, cancel = cancel_] {
        return guessCsv ? DatasetInfo::inspectGuessingCsv(dataset, *cancel)
                        : DatasetInfo::inspect(dataset, openOptions, *cancel);
    }));
    setBusy(true, dataset);
}

void AddLayerDialog::cancelReading() {
    if (!watcher_) {
        return;
    }
    cancel_->store(true);
    watcher_ = nullptr;  // its result, when it comes, is dropped
    setBusy(false);
    notice_->setText(tr("Reading was cancelled."));
}

void AddLayerDialog::readFinished(QFutureWatcher<DatasetInfo>* watcher) {
    watcher->deleteLater();
    if (watcher != watcher_) {
        return;
    }
    watcher_ = nullptr;
    info_ = watcher->result();
    setBusy(false);
    showInfo();
    Q_EMIT datasetRead();
}

void AddLayerDialog::setBusy(bool busy, const QString& dataset) {
    busyRow_->setVisible(busy);
    readingLabel_->setText(busy ? tr("Reading %1…").arg(QFileInfo(dataset).fileName()) : QString());
    readButton_->setEnabled(!busy);
    csvBox_->setEnabled(!busy);
    updateButtons();
}

void AddLayerDialog::showInfo() {
    updating_ = true;
    layersTree_->clear();
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    int withGeometry = 0;
    for (const DatasetLayer& layer : info_.layers) {
        withGeometry += layer.hasGeometry ? 1 : 0;
    }
    QStringList withoutCrs;
    for (const DatasetLayer& layer : info_.layers) {
        auto* item = new QTreeWidgetItem(layersTree_);
        item->setText(NameColumn, layer.name);
        item->setText(GeometryColumn, layer.hasGeometry ? layer.geometryType : tr("none"));
        item->setText(CountColumn, layer.featureCount < 0 ? tr("unknown")
                                                          : QLocale().toString(layer.featureCount));
        item->setTextAlignment(CountColumn, Qt::AlignRight | Qt::AlignVCenter);
        if (!layer.hasGeometry) {
            item->setFlags(Qt::NoItemFlags);
            item->setToolTip(NameColumn, info_.isCsv()
                                             ? tr("No geometry: choose the columns that hold it.")
                                             : tr("A table without geometry cannot be drawn."));
            continue;
        }
        item->setText(CrsColumn, crsText(layer));
        if (layer.crsState != DatasetLayer::CrsState::Known) {
            item->setIcon(CrsColumn, warning);
            withoutCrs << layer.name;
        }
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(NameColumn, withGeometry == 1 ? Qt::Checked : Qt::Unchecked);
    }
    for (int column : {GeometryColumn, CountColumn, CrsColumn}) {
        layersTree_->resizeColumnToContents(column);
    }
    if (!info_.error.isEmpty()) {
        notice_->setText(info_.error);
    } else if (info_.layers.empty()) {
        notice_->setText(tr("%1 holds no vector layers.").arg(info_.dataset));
    } else if (!withoutCrs.isEmpty()) {
        notice_->setText(tr("No known coordinate reference system: %1. You will be asked which "
                            "CRS their coordinates are in.")
                             .arg(withoutCrs.join(QStringLiteral(", "))));
    } else {
        notice_->clear();
    }
    csvBox_->setVisible(info_.isCsv());
    showCsvColumns();
    updating_ = false;
    updateButtons();
}

void AddLayerDialog::showCsvColumns() {
    for (QComboBox* combo : {wktColumn_, xColumn_, yColumn_}) {
        combo->clear();
        combo->addItems(info_.csvColumns);
    }
    const QString wkt = DatasetInfo::optionValue(info_.openOptions, "GEOM_POSSIBLE_NAMES");
    const QString x = DatasetInfo::optionValue(info_.openOptions, "X_POSSIBLE_NAMES");
    const QString y = DatasetInfo::optionValue(info_.openOptions, "Y_POSSIBLE_NAMES");
    wktColumn_->setCurrentIndex(
        std::max(0, wktColumn_->findText(wkt.isEmpty() ? QStringLiteral("WKT") : wkt)));
    xColumn_->setCurrentIndex(std::max(0, xColumn_->findText(x)));
    yColumn_->setCurrentIndex(std::max(0, yColumn_->findText(y)));
    (x.isEmpty() ? wktRadio_ : xyRadio_)->setChecked(true);
}

void AddLayerDialog::csvChoiceChanged() {
    if (updating_ || !info_.isCsv()) {
        return;
    }
    if (wktRadio_->isChecked()) {
        useWktColumn(wktColumn_->currentText());
    } else {
        useXyColumns(xColumn_->currentText(), yColumn_->currentText());
    }
}

void AddLayerDialog::browse() {
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(this, tr("Add Vector Layer"),
                                                      settings.value("addLayer/folder").toString(),
                                                      DatasetInfo::fileDialogFilter());
    if (!path.isEmpty()) {
        settings.setValue("addLayer/folder", QFileInfo(path).absolutePath());
        setDataset(path);
    }
}

std::vector<DatasetLayer> AddLayerDialog::chosenLayers() const {
    std::vector<DatasetLayer> chosen;
    for (int i = 0; i < layersTree_->topLevelItemCount() && i < int(info_.layers.size()); ++i) {
        if (layersTree_->topLevelItem(i)->checkState(NameColumn) == Qt::Checked) {
            chosen.push_back(info_.layers[i]);
        }
    }
    return chosen;
}

QString AddLayerDialog::notice() const {
    return notice_->text();
}

void AddLayerDialog::updateButtons() {
    if (updating_) {
        return;
    }
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(!isReading() && !chosenLayers().empty());
}

}  // namespace app
