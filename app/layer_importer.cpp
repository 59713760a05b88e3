// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/layer_importer.h"

#include "app/add_layer_dialog.h"
#include "app/layer_crs_dialog.h"
#include "gis/error.h"
#include "gis/ogr/ogr_feature_source.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <variant>

namespace app {

namespace {

/// Runs `work` on the global pool and hands its result to `done` on the GUI thread.
template <typename Work, typename Done>
void runInBackground(QObject* context, Work work, Done done) {
    using Result = decltype(work());
    auto* watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done] {
        watcher->deleteLater();
        done(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

using OpenResult = std::variant<std::shared_ptr<const gis::FeatureSource>, QString>;

}  // namespace

LayerImporter::LayerImporter(QWidget* window) : QObject(window), window_(window) {}

AddLayerDialog* LayerImporter::addDialog() const {
    return dialog_;
}

void LayerImporter::showAddDialog(const QString& dataset) {
    if (!dialog_) {
        dialog_ = new AddLayerDialog(window_);
        dialog_->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog_, &QDialog::accepted, this,
                [this] { take(dialog_->info(), dialog_->chosenLayers()); });
    }
    dialog_->setDataset(dataset);
    dialog_->open();
}

void LayerImporter::addFiles(const QStringList& paths) {
    for (const QString& path : paths) {
        setPending(+1);
        // Nothing can cancel a drop's read, so the flag stays false.
        runInBackground(
            this,
            [path] {
                const std::atomic<bool> never{false};
                return DatasetInfo::inspectGuessingCsv(QFileInfo(path).absoluteFilePath(), never);
            },
            [this](const DatasetInfo& info) {
                setPending(-1);
                fileRead(info);
            });
    }
}

void LayerImporter::fileRead(const DatasetInfo& info) {
    if (!info.error.isEmpty()) {
        Q_EMIT failed(info.error);
        return;
    }
    std::vector<DatasetLayer> drawable;
    for (const DatasetLayer& layer : info.layers) {
        if (layer.hasGeometry) {
            drawable.push_back(layer);
        }
    }
    if (drawable.size() == 1 && info.layers.size() == 1) {
        take(info, drawable);
    } else {
        showAddDialog(info.dataset);
    }
}

void LayerImporter::take(const DatasetInfo& info, const std::vector<DatasetLayer>& layers) {
    for (const DatasetLayer& layer : layers) {
        core::LayerRecord record;
        record.dataset = info.dataset;
        record.table = layer.name;
        record.nameZh = record.nameEn = layer.name;
        record.openOptions = info.openOptions;
        if (layer.crsState == DatasetLayer::CrsState::Known) {
            open(std::move(record));
        } else {
            needCrs_.push_back({std::move(record), layer});
        }
    }
    askNextCrs();
}

void LayerImporter::askNextCrs() {
    if (asking_ || needCrs_.empty()) {
        return;
    }
    asking_ = true;
    Candidate candidate = std::move(needCrs_.front());
    needCrs_.pop_front();
    const auto reason = candidate.layer.crsState == DatasetLayer::CrsState::Missing
                            ? LayerCrsDialog::Reason::Missing
                            : LayerCrsDialog::Reason::Unknown;
    auto* dialog = new LayerCrsDialog(candidate.record.dataset, candidate.layer.name, reason,
                                      candidate.layer.crs, window_);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this,
            [this, dialog, record = candidate.record](int result) {
                asking_ = false;
                if (result == QDialog::Accepted) {
                    core::LayerRecord withCrs = record;
                    withCrs.crsOverride = dialog->crs().authId();
                    open(std::move(withCrs));
                }
                askNextCrs();
            });
    dialog->open();
}

void LayerImporter::open(core::LayerRecord record) {
    setPending(+1);
    const gis::OgrLayerAddress address{record.dataset, record.table, record.filter,
                                       record.openOptions, record.crsOverride};
    runInBackground(
        this,
        [address]() -> OpenResult {
            try {
                return std::make_shared<const gis::OgrFeatureSource>(address);
            } catch (const gis::Error& error) {
                return error.message();
            }
        },
        [this, record](const OpenResult& result) {
            setPending(-1);
            if (const auto* message = std::get_if<QString>(&result)) {
                Q_EMIT failed(*message);
            } else {
                Q_EMIT layerReady(record, std::get<0>(result));
            }
        });
}

void LayerImporter::setPending(int delta) {
    const bool wasBusy = isBusy();
    pending_ += delta;
    if (wasBusy != isBusy()) {
        Q_EMIT busyChanged(isBusy());
    }
}

}  // namespace app
