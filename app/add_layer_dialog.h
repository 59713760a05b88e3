// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/dataset_info.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>

class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTreeWidget;

namespace app {

/// Chooses vector layers to add: a file in any format GDAL reads, or a PostGIS connection string
/// ("PG:dbname=… host=… user=…", where GDAL has the driver). Lists the dataset's layers with
/// geometry type, feature count and CRS, and for a CSV file which columns hold the geometry (one
/// WKT column, or X and Y columns). The dataset is read on a worker thread behind a busy indicator
/// whose Cancel abandons the read, so a big file never freezes the window. GUI thread only; it
/// never touches the project (see LayerImporter).
class AddLayerDialog : public QDialog {
    Q_OBJECT
public:
    explicit AddLayerDialog(QWidget* parent = nullptr);
    ~AddLayerDialog() override;

    /// Reads `dataset` (a path or a connection string) and lists its layers; for a CSV file the
    /// geometry columns are guessed from their names.
    void setDataset(const QString& dataset);
    /// For a CSV file: reads it again with the geometry from a WKT column, or from X/Y columns.
    void useWktColumn(const QString& column);
    void useXyColumns(const QString& x, const QString& y);
    /// Abandons the read in flight (the Cancel beside the busy indicator).
    void cancelReading();

    bool isReading() const { return watcher_ != nullptr; }
    /// The last finished read.
    const DatasetInfo& info() const { return info_; }
    /// The ticked layers of info(); a dataset with one layer has it ticked from the start.
    std::vector<DatasetLayer> chosenLayers() const;
    /// The message under the list: a read error, or a note on layers without a known CRS.
    QString notice() const;

Q_SIGNALS:
    /// A read finished (not one that was abandoned).
    void datasetRead();

private:
    void read(const QString& dataset, const QStringList& openOptions, bool guessCsv);
    void readFinished(QFutureWatcher<DatasetInfo>* watcher);
    void showInfo();
    void showCsvColumns();
    void csvChoiceChanged();
    void browse();
    void setBusy(bool busy, const QString& dataset = {});
    void updateButtons();

    QLineEdit* datasetEdit_;
    QPushButton* browseButton_;
    QPushButton* readButton_;
    QGroupBox* csvBox_;
    QRadioButton* wktRadio_;
    QComboBox* wktColumn_;
    QRadioButton* xyRadio_;
    QComboBox* xColumn_;
    QComboBox* yColumn_;
    QWidget* busyRow_;
    QLabel* readingLabel_;
    QProgressBar* busyBar_;
    QPushButton* cancelReadButton_;
    QTreeWidget* layersTree_;
    QLabel* notice_;
    QDialogButtonBox* buttons_;

    DatasetInfo info_;
    QFutureWatcher<DatasetInfo>* watcher_ = nullptr;
    std::shared_ptr<std::atomic<bool>> cancel_;
    bool updating_ = false;
};

}  // namespace app
