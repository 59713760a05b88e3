// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/layers_dock.h"

#include "app/opacity_dialog.h"
#include "app/scale_range_dialog.h"
#include "gis/symbol_preview.h"

#include <QEvent>
#include <QHeaderView>
#include <QMenu>
#include <QStyle>
#include <QTreeWidget>

namespace app {

namespace {
constexpr int kKeyRole = Qt::UserRole + 1;
constexpr int kClassRole = Qt::UserRole + 2;  // a legend row's class index

QString scaleText(double denominator) {
    return QStringLiteral("1:%1").arg(QLocale().toString(qlonglong(denominator)));
}
}  // namespace

LayersDock::LayersDock(QWidget* parent) : QDockWidget(parent), tree_(new QTreeWidget(this)) {
    setObjectName(QStringLiteral("layersDock"));
    tree_->setHeaderHidden(true);
    tree_->setRootIsDecorated(true);
    tree_->setIconSize(QSize(22, 14));
    tree_->setSelectionMode(QAbstractItemView::SingleSelection);
    tree_->setDragDropMode(QAbstractItemView::InternalMove);
    tree_->setDefaultDropAction(Qt::MoveAction);
    tree_->setContextMenuPolicy(Qt::CustomContextMenu);
    setWidget(tree_);
    connect(tree_, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem* item) {
        if (!updating_) {
            Q_EMIT visibilityChanged(item->data(0, kKeyRole).toString(),
                                     item->checkState(0) == Qt::Checked);
        }
    });
    connect(tree_->model(), &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex& parent, int first) {
                if (!updating_ && !parent.isValid()) {
                    rowsDropped(first);
                }
            });
    connect(tree_, &QWidget::customContextMenuRequested, this, [this](const QPoint& position) {
        QTreeWidgetItem* item = tree_->itemAt(position);
        if (!item) {
            return;
        }
        QMenu* menu = createContextMenu(item->data(0, kKeyRole).toString(), this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(tree_->viewport()->mapToGlobal(position));
    });
    connect(tree_, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* item) {
        const QString key = item->data(0, kKeyRole).toString();
        if (item->parent()) {
            Q_EMIT legendClassRequested(key, item->data(0, kClassRole).toInt());
        } else {
            Q_EMIT styleRequested(key);
        }
    });
    retranslate();
}

void LayersDock::setLayers(const std::vector<gis::MapLayer>& layers,
                           const std::vector<core::LayerRecord>& records, double scaleDenominator,
                           const QStringList& errors) {
    updating_ = true;
    layers_ = layers;
    records_ = records;
    scale_ = scaleDenominator;
    tree_->clear();
    for (int i = int(layers.size()) - 1; i >= 0; --i) {
        const gis::MapLayer& layer = layers[i];
        const gis::GeometryKind kind =
            layer.source ? layer.source->geometryKind() : gis::GeometryKind::Unknown;
        // The count follows any filter on the layer, so the legend says what the map shows.
        const QString name = layer.source
                                 ? tr("%1 (%2)").arg(layer.name).arg(layer.source->featureCount())
                                 : layer.name;
        auto* item = new QTreeWidgetItem(tree_, QStringList{name});
        item->setData(0, kKeyRole, layer.id);
        // Rows are dragged between rows, never into one another.
        item->setFlags((item->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled) &
                       ~Qt::ItemIsDropEnabled);
        item->setCheckState(0, layer.visible ? Qt::Checked : Qt::Unchecked);
        const core::LayerRecord* record = i < int(records.size()) ? &records[i] : nullptr;
        if (!layer.source) {
            item->setForeground(0, tree_->palette().brush(QPalette::Disabled, QPalette::Text));
            item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxWarning));
            const QString why = i < errors.size() ? errors[i] : QString();
            item->setToolTip(0, why.isEmpty()
                                    ? tr("This layer's data could not be opened.")
                                    : tr("This layer's data could not be opened: %1").arg(why));
            continue;
        }
        if (record && !record->isVisibleAtScale(scaleDenominator)) {
            item->setForeground(0, tree_->palette().brush(QPalette::Disabled, QPalette::Text));
            item->setToolTip(
                0, tr("Not shown at this scale (shown from %1 to %2)")
                       .arg(record->minScale > 0 ? scaleText(record->minScale) : tr("any scale"),
                            record->maxScale > 0 ? scaleText(record->maxScale) : tr("any scale")));
        }
        addLegend(item, layer, kind);
    }
    tree_->expandAll();
    updating_ = false;
}

void LayersDock::addLegend(QTreeWidgetItem* item, const gis::MapLayer& layer,
                           gis::GeometryKind kind) {
    const QSize iconSize = tree_->iconSize().isValid() ? tree_->iconSize() : QSize(20, 14);
    const auto icon = [&](const gis::Symbol& symbol) {
        return QPixmap::fromImage(gis::SymbolPreview::render(symbol, kind, iconSize));
    };
    const auto addClass = [&](int index, const QString& label, const gis::Symbol& symbol) {
        auto* child = new QTreeWidgetItem(item, QStringList{label});
        child->setIcon(0, icon(symbol));
        child->setFlags(Qt::ItemIsEnabled);
        child->setData(0, kKeyRole, layer.id);
        child->setData(0, kClassRole, index);
        child->setToolTip(0, tr("Double-click to change the symbol and label"));
    };
    const gis::Style& style = layer.style;
    switch (style.kind()) {
        case gis::StyleKind::Single:
            item->setIcon(0, icon(style.defaultSymbol));
            break;
        case gis::StyleKind::Categorized:
            for (std::size_t i = 0; i < style.categories.size(); ++i) {
                addClass(int(i), style.categories[i].label, style.categories[i].symbol);
            }
            break;
        case gis::StyleKind::Graduated:
            for (std::size_t i = 0; i < style.classes.size(); ++i) {
                addClass(int(i), style.classes[i].label, style.classes[i].symbol);
            }
            break;
        case gis::StyleKind::RuleBased:
            for (std::size_t i = 0; i < style.rules.size(); ++i) {
                addClass(int(i), style.rules[i].label, style.rules[i].symbol);
            }
            break;
    }
}

QStringList LayersDock::layerKeys() const {
    QStringList keys;
    for (int i = 0; i < tree_->topLevelItemCount(); ++i) {
        keys << tree_->topLevelItem(i)->data(0, kKeyRole).toString();
    }
    return keys;
}

int LayersDock::indexOf(const QString& layerKey) const {
    for (std::size_t i = 0; i < layers_.size(); ++i) {
        if (layers_[i].id == layerKey) {
            return int(i);
        }
    }
    return -1;
}

void LayersDock::rowsDropped(int row) {
    const QString key = tree_->topLevelItem(row)->data(0, kKeyRole).toString();
    const int newIndex = tree_->topLevelItemCount() - 1 - row;
    // Queued: the receiver rebuilds this tree, which must not happen inside the drop.
    QMetaObject::invokeMethod(
        this, [this, key, newIndex] { Q_EMIT moveRequested(key, newIndex); }, Qt::QueuedConnection);
}

QMenu* LayersDock::createContextMenu(const QString& layerKey, QWidget* parent) {
    auto* menu = new QMenu(parent);
    const int index = indexOf(layerKey);
    if (index < 0) {
        return menu;
    }
    const bool hasSource = layers_[index].source != nullptr;
    QAction* zoom =
        menu->addAction(tr("&Zoom to Layer"), [this, layerKey] { Q_EMIT zoomRequested(layerKey); });
    zoom->setEnabled(hasSource);
    menu->addSeparator();
    QAction* up = menu->addAction(
        tr("Move &Up"), [this, layerKey, index] { Q_EMIT moveRequested(layerKey, index + 1); });
    up->setEnabled(index + 1 < int(layers_.size()));
    QAction* down = menu->addAction(
        tr("Move &Down"), [this, layerKey, index] { Q_EMIT moveRequested(layerKey, index - 1); });
    down->setEnabled(index > 0);
    menu->addSeparator();
    menu->addAction(tr("S&tyle…"), [this, layerKey] { Q_EMIT styleRequested(layerKey); });
    menu->addAction(tr("&Opacity…"), [this, layerKey] { chooseOpacity(layerKey); });
    menu->addAction(tr("&Scale Range…"), [this, layerKey] { chooseScaleRange(layerKey); });
    menu->addAction(tr("Set &CRS…"), [this, layerKey] { Q_EMIT crsChangeRequested(layerKey); });
    menu->addSeparator();
    menu->addAction(style()->standardIcon(QStyle::SP_TrashIcon), tr("&Remove Layer"),
                    [this, layerKey] { Q_EMIT removeRequested(layerKey); });
    return menu;
}

void LayersDock::chooseOpacity(const QString& layerKey) {
    const int index = indexOf(layerKey);
    if (index < 0) {
        return;
    }
    auto* dialog = new OpacityDialog(layers_[index].name, layers_[index].opacity, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, layerKey] { Q_EMIT opacityChosen(layerKey, dialog->opacity()); });
    dialog->open();
}

void LayersDock::chooseScaleRange(const QString& layerKey) {
    const int index = indexOf(layerKey);
    if (index < 0) {
        return;
    }
    const core::LayerRecord record =
        index < int(records_.size()) ? records_[index] : core::LayerRecord{};
    auto* dialog =
        new ScaleRangeDialog(layers_[index].name, record.minScale, record.maxScale, scale_, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, layerKey] {
        Q_EMIT scaleRangeChosen(layerKey, dialog->minScale(), dialog->maxScale());
    });
    dialog->open();
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
