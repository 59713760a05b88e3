// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/layers_dock.h"

#include <QEvent>
#include <QHeaderView>
#include <QTreeWidget>

namespace app {

namespace {
constexpr int kKeyRole = Qt::UserRole + 1;
}

LayersDock::LayersDock(QWidget* parent) : QDockWidget(parent), tree_(new QTreeWidget(this)) {
    setObjectName(QStringLiteral("layersDock"));
    tree_->setHeaderHidden(true);
    tree_->setRootIsDecorated(false);
    setWidget(tree_);
    connect(tree_, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem* item) {
        if (!updating_) {
            Q_EMIT visibilityChanged(item->data(0, kKeyRole).toString(),
                                     item->checkState(0) == Qt::Checked);
        }
    });
    retranslate();
}

void LayersDock::setLayers(const std::vector<gis::MapLayer>& layers) {
    updating_ = true;
    tree_->clear();
    for (auto layer = layers.rbegin(); layer != layers.rend(); ++layer) {
        auto* item = new QTreeWidgetItem(tree_, QStringList{layer->name});
        item->setData(0, kKeyRole, layer->id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, layer->visible ? Qt::Checked : Qt::Unchecked);
        if (!layer->source) {
            item->setDisabled(true);
            item->setToolTip(0, tr("This layer's data could not be opened."));
        }
    }
    updating_ = false;
}

void LayersDock::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDockWidget::changeEvent(event);
}

void LayersDock::retranslate() {
    setWindowTitle(tr("Layers"));
}

}  // namespace app
