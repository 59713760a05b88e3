// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/dataset_info.h"
#include "core/layer_record.h"

#include <QObject>
#include <QPointer>

#include <deque>
#include <memory>

namespace gis {
class FeatureSource;
}

namespace app {

class AddLayerDialog;

/// Turns "add this data" into layers ready for the project, the same way from the Add Layer dialog
/// and from files dropped on the window: reads each dataset on a worker thread, opens the dialog
/// where there is a choice to make (several layers, a CSV whose geometry columns cannot be
/// guessed), asks for the CRS of any layer without one PROJ knows, opens the chosen layers on a
/// worker thread, and emits layerReady for each. It never touches the project: its owner adds the
/// layers. GUI thread only; dialogs are window-modal and never block.
class LayerImporter : public QObject {
    Q_OBJECT
public:
    explicit LayerImporter(QWidget* window);

    /// Opens the Add Layer dialog (on `dataset`, if given).
    void showAddDialog(const QString& dataset = {});
    /// Adds local files, e.g. dropped ones: each dataset with one layer at once, others through the
    /// Add Layer dialog.
    void addFiles(const QStringList& paths);
    /// The dialog in use, if any (for tests).
    AddLayerDialog* addDialog() const;
    /// True while datasets are read or layers opened.
    bool isBusy() const { return pending_ > 0; }

Q_SIGNALS:
    void layerReady(const core::LayerRecord& record,
                    std::shared_ptr<const gis::FeatureSource> source);
    void failed(const QString& message);
    void busyChanged(bool busy);

private:
    struct Candidate {
        core::LayerRecord record;
        DatasetLayer layer;
    };

    void fileRead(const DatasetInfo& info);
    void take(const DatasetInfo& info, const std::vector<DatasetLayer>& layers);
    void askNextCrs();
    void open(core::LayerRecord record);
    void setPending(int delta);

    QWidget* window_;
    QPointer<AddLayerDialog> dialog_;
    std::deque<Candidate> needCrs_;
    bool asking_ = false;
    int pending_ = 0;
};

}  // namespace app
