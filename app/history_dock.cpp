// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/history_dock.h"

#include "app/map_canvas.h"
#include "core/project_store_factory.h"
#include "gis/error.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace app {

HistoryDock::HistoryDock(MapCanvas* canvas, QWidget* parent)
    : QDockWidget(parent),
      canvas_(canvas),
      title_(new QLabel),
      list_(new QTreeWidget),
      revertButton_(new QPushButton) {
    setObjectName(QStringLiteral("historyDock"));
    title_->setWordWrap(true);
    list_->setColumnCount(3);
    list_->setRootIsDecorated(false);
    list_->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    revertButton_->setObjectName(QStringLiteral("revertButton"));
    revertButton_->setEnabled(false);
    auto* body = new QWidget;
    auto* layout = new QVBoxLayout(body);
    layout->addWidget(title_);
    layout->addWidget(list_, 1);
    layout->addWidget(revertButton_);
    setWidget(body);
    connect(list_, &QTreeWidget::currentItemChanged, this,
            [this] { chooseVersion(list_->indexOfTopLevelItem(list_->currentItem())); });
    connect(revertButton_, &QPushButton::clicked, this, &HistoryDock::revertChosen);
    retranslate();
}

void HistoryDock::showFeature(const QString& projectPath, const QString& layer,
                              const QString& dataset, std::int64_t fid, const gis::Crs& layerCrs) {
    projectPath_ = projectPath;
    layer_ = layer;
    dataset_ = dataset;
    fid_ = fid;
    crs_ = layerCrs;
    reload();
}

void HistoryDock::clear() {
    fid_ = -1;
    reload();
}

void HistoryDock::reload() {
    records_.clear();
    if (fid_ >= 0 && !projectPath_.isEmpty()) {
        try {
            records_ = core::ProjectStoreFactory::open(projectPath_, false)
                           ->featureHistory(layer_, fid_, dataset_);
        } catch (const gis::Error& error) {
            title_->setText(error.message());
        }
    }
    fill();
}

void HistoryDock::fill() {
    const QSignalBlocker blocker(list_);
    list_->clear();
    for (const core::HistoryRecord& record : records_) {
        auto* item = new QTreeWidgetItem(list_);
        item->setText(0, QDateTime::fromString(record.timeUtc, Qt::ISODate)
                             .toLocalTime()
                             .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        item->setText(1, record.user);
        item->setText(2, record.operation);
    }
    retranslate();
    chooseVersion(-1);
}

void HistoryDock::chooseVersion(int row) {
    if (row < 0 || row >= int(records_.size())) {
        revertButton_->setEnabled(false);
        return;
    }
    if (list_->currentItem() != list_->topLevelItem(row)) {
        const QSignalBlocker blocker(list_);
        list_->setCurrentItem(list_->topLevelItem(row));
    }
    revertButton_->setEnabled(true);
    const core::HistoryRecord& record = records_[row];
    // A deletion has no "after": its "before" is what was there.
    const auto& state = record.after ? record.after : record.before;
    OGRGeometryUniquePtr geometry = state ? state->geometry() : nullptr;
    if (geometry) {
        canvas_->setHighlight({std::shared_ptr<const OGRGeometry>(geometry.release())}, crs_);
    } else {
        canvas_->clearHighlight();
    }
}

void HistoryDock::revertChosen() {
    const int row = list_->indexOfTopLevelItem(list_->currentItem());
    if (row >= 0 && row < int(records_.size())) {
        Q_EMIT revertRequested(fid_, records_[row].after);
    }
}

void HistoryDock::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDockWidget::changeEvent(event);
}

void HistoryDock::retranslate() {
    setWindowTitle(tr("Feature History"));
    list_->setHeaderLabels({tr("When"), tr("Who"), tr("Operation")});
    revertButton_->setText(tr("Revert to This Version"));
    if (fid_ < 0) {
        title_->setText(tr("Select a saved feature to see its versions."));
    } else {
        title_->setText(tr("%1, feature %2: %n version(s)", nullptr, int(records_.size()))
                            .arg(layer_)
                            .arg(fid_));
    }
}

}  // namespace app
