// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/layers_dock.h"

#include <QEvent>
#include <QHeaderView>
#include <QTreeWidget>

#include "gis/symbol_preview.h"

namespace app {

namespace {
constexpr int kKeyRole = Qt::UserRole + 1;
}

LayersDock::LayersDock(QWidget* parent) : QDockWidget(parent), tree_(new QTreeWidget(this)) {
    setObjectName(QStringLiteral("layersDock"));
    tree_->setHeaderHidden(true);
    tree_->setRootIsDecorated(true);
    tree_->setIconSize(QSize(22, 14));
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
    const QSize iconSize = tree_->iconSize().isValid() ? tree_->iconSize() : QSize(20, 14);
    for (auto layer = layers.rbegin(); layer != layers.rend(); ++layer) {
        const gis::GeometryKind kind =
            layer->source ? layer->source->geometryKind() : gis::GeometryKind::Unknown;
        // The count follows any filter on the layer, so the legend says what the map shows.
        const QString name = layer->source
                                 ? tr("%1 (%2)").arg(layer->name).arg(layer->source->featureCount())
                                 : layer->name;
        auto* item = new QTreeWidgetItem(tree_, QStringList{name});
        item->setData(0, kKeyRole, layer->id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, layer->visible ? Qt::Checked : Qt::Unchecked);
        if (!layer->source) {
            item->setDisabled(true);
            item->setToolTip(0, tr("This layer's data could not be opened."));
            continue;
        }
        if (layer->style.categories.empty()) {
            item->setIcon(0, QPixmap::fromImage(gis::SymbolPreview::render(
                                 layer->style.defaultSymbol, kind, iconSize)));
        }
        for (const gis::Category& category : layer->style.categories) {
            auto* child = new QTreeWidgetItem(item, QStringList{category.label});
            child->setIcon(
                0, QPixmap::fromImage(gis::SymbolPreview::render(category.symbol, kind, iconSize)));
            child->setFlags(Qt::ItemIsEnabled);
        }
    }
    tree_->expandAll();
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
