// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/attribute_table_dock.h"

#include "gis/error.h"
#include "gis/feature_table_model.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace app {

namespace {
constexpr int kFilterDelayMs = 150;
}

AttributeTableDock::AttributeTableDock(QWidget* parent)
    : QDockWidget(parent),
      layerCombo_(new QComboBox),
      filterEdit_(new QLineEdit),
      view_(new QTableView),
      statusLabel_(new QLabel),
      zoomButton_(new QPushButton) {
    setObjectName(QStringLiteral("attributeTableDock"));
    layerCombo_->setObjectName(QStringLiteral("attributeLayerCombo"));
    filterEdit_->setObjectName(QStringLiteral("attributeFilterEdit"));
    view_->setObjectName(QStringLiteral("attributeTableView"));
    statusLabel_->setObjectName(QStringLiteral("attributeStatusLabel"));
    zoomButton_->setObjectName(QStringLiteral("zoomToSelectionButton"));

    layerCombo_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    filterEdit_->setClearButtonEnabled(true);
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view_->setWordWrap(false);
    view_->setAlternatingRowColors(true);
    // Fixed, uniform row heights: the view never measures rows, so a million stay cheap.
    view_->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view_->verticalHeader()->setDefaultSectionSize(view_->fontMetrics().height() + 6);
    view_->verticalHeader()->hide();
    view_->horizontalHeader()->setHighlightSections(false);
    view_->horizontalHeader()->setSortIndicatorClearable(true);
    view_->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    view_->setSortingEnabled(true);
    statusLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusLabel_->setWordWrap(true);  // error messages name long file paths

    auto* top = new QHBoxLayout;
    top->addWidget(layerCombo_);
    top->addWidget(filterEdit_, 1);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(statusLabel_, 1);
    bottom->addWidget(zoomButton_);
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(view_, 1);
    layout->addLayout(bottom);
    setWidget(content);

    filterTimer_.setSingleShot(true);
    filterTimer_.setInterval(kFilterDelayMs);
    connect(&filterTimer_, &QTimer::timeout, this, &AttributeTableDock::applyFilter);
    connect(filterEdit_, &QLineEdit::textChanged, &filterTimer_, qOverload<>(&QTimer::start));
    connect(layerCombo_, &QComboBox::currentIndexChanged, this,
            [this](int index) { showLayer(layerCombo_->itemData(index).toString()); });
    connect(zoomButton_, &QPushButton::clicked, this, [this] {
        if (!selectedFids_.isEmpty()) {
            Q_EMIT zoomToSelectionRequested(currentKey_, selectedFids_);
        }
    });
    // Runs after the view's own handler has asked the model to sort.
    connect(view_->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            &AttributeTableDock::updateStatus);
    retranslate();
}

AttributeTableDock::~AttributeTableDock() {
    view_->setModel(nullptr);  // before model_ goes
}

void AttributeTableDock::setLayers(std::vector<LayerEntry> layers, ModelFactory factory) {
    factory_ = std::move(factory);
    {
        const QSignalBlocker blocker(layerCombo_);
        layerCombo_->clear();
        for (const auto& [key, name] : layers) {
            layerCombo_->addItem(name, key);
        }
    }
    showLayer(layers.empty() ? QString() : layers.front().first);
}

void AttributeTableDock::setExcludedFeatures(
    std::map<QString, std::shared_ptr<const gis::FeatureIdSet>> excludedByLayer) {
    excluded_ = std::move(excludedByLayer);
    if (model_) {
        model_->setExcludedFeatures(excludedIn(currentKey_));
    }
}

std::shared_ptr<const gis::FeatureIdSet> AttributeTableDock::excludedIn(const QString& key) const {
    const auto found = excluded_.find(key);
    return found == excluded_.end() ? nullptr : found->second;
}

void AttributeTableDock::showLayer(const QString& key) {
    filterTimer_.stop();
    std::unique_ptr<gis::FeatureTableModel> model;
    loadError_.clear();
    if (factory_ && !key.isEmpty()) {
        try {
            model = factory_(key);
        } catch (const gis::Error& error) {
            loadError_ = error.message();
        }
    }
    currentKey_ = key;
    selectedFids_.clear();
    scrollPending_ = false;
    {
        const QSignalBlocker blocker(filterEdit_);
        filterEdit_->clear();
    }
    // QAbstractItemView::setModel() leaves the old selection model to its caller.
    QItemSelectionModel* oldSelection = view_->selectionModel();
    view_->setModel(model.get());
    delete oldSelection;
    model_ = std::move(model);  // the old model goes only once the view has let go of it
    if (model_) {
        model_->setExcludedFeatures(excludedIn(key));
    }
    view_->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    if (model_) {
        gis::FeatureTableModel* current = model_.get();
        connect(current, &QAbstractItemModel::modelAboutToBeReset, this,
                [this] { silent_ = true; });
        connect(current, &gis::FeatureTableModel::refreshed, this,
                &AttributeTableDock::modelRefreshed);
        connect(current, &gis::FeatureTableModel::failed, this, [this](const QString& message) {
            loadError_ = message;
            updateStatus();
        });
        connect(view_->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &AttributeTableDock::viewSelectionChanged);
    }
    updateStatus();
}

void AttributeTableDock::reloadLayer(const QString& key) {
    if (model_ && key == currentKey_) {
        model_->reload();
        updateStatus();
    }
}

void AttributeTableDock::applyFilter() {
    if (model_) {
        model_->setTextFilter(filterEdit_->text());
    }
    updateStatus();
}

void AttributeTableDock::modelRefreshed() {
    loadError_.clear();
    // A reset drops the view's selection; the features stay selected where still shown.
    restoreSelection(scrollPending_);
    scrollPending_ = false;
    updateStatus();
}

void AttributeTableDock::viewSelectionChanged() {
    if (silent_ || !model_) {
        return;
    }
    std::vector<int> rows;
    for (const QItemSelectionRange& range : view_->selectionModel()->selection()) {
        for (int row = range.top(); row <= range.bottom(); ++row) {
            rows.push_back(row);
        }
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QList<qint64> fids;
    fids.reserve(qsizetype(rows.size()));
    for (int row : rows) {
        fids.append(model_->fidAt(row));
    }
    selectedFids_ = fids;
    updateStatus();
    Q_EMIT selectionChanged(currentKey_, fids);
}

void AttributeTableDock::selectFeatures(const QString& layerKey, const QList<qint64>& fids) {
    if (layerKey != currentKey_) {
        const int index = layerCombo_->findData(layerKey);
        if (index < 0) {
            return;
        }
        const QSignalBlocker blocker(layerCombo_);
        layerCombo_->setCurrentIndex(index);
        showLayer(layerKey);
    }
    selectedFids_ = fids;
    scrollPending_ = true;
    if (model_ && !model_->isBusy()) {
        restoreSelection(true);
        scrollPending_ = false;
    }
    updateStatus();
}

void AttributeTableDock::restoreSelection(bool scroll) {
    silent_ = false;
    if (!model_ || model_->columnCount() == 0) {
        return;
    }
    std::vector<int> rows;
    for (qint64 fid : selectedFids_) {
        if (const int row = model_->rowOfFid(fid); row >= 0) {
            rows.push_back(row);
        }
    }
    const int firstGiven = rows.empty() ? -1 : rows.front();
    std::sort(rows.begin(), rows.end());
    const int lastColumn = model_->columnCount() - 1;
    QItemSelection selection;
    for (std::size_t i = 0; i < rows.size();) {
        std::size_t end = i + 1;
        while (end < rows.size() && rows[end] <= rows[end - 1] + 1) {
            ++end;
        }
        selection.select(model_->index(rows[i], 0), model_->index(rows[end - 1], lastColumn));
        i = end;
    }
    silent_ = true;
    QItemSelectionModel* selectionModel = view_->selectionModel();
    selectionModel->select(selection, QItemSelectionModel::ClearAndSelect);
    if (scroll && firstGiven >= 0) {
        const QModelIndex first = model_->index(firstGiven, 0);
        selectionModel->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        view_->scrollTo(first);
    }
    silent_ = false;
}

void AttributeTableDock::updateStatus() {
    zoomButton_->setEnabled(model_ && !selectedFids_.isEmpty());
    if (!loadError_.isEmpty()) {
        statusLabel_->setText(loadError_);
    } else if (!model_) {
        statusLabel_->clear();
    } else if (model_->isBusy()) {
        statusLabel_->setText(tr("Loading…"));
    } else if (selectedFids_.isEmpty()) {
        statusLabel_->setText(tr("%n feature(s)", nullptr, model_->rowCount()));
    } else {
        statusLabel_->setText(tr("%n feature(s), %1 selected", nullptr, model_->rowCount())
                                  .arg(selectedFids_.size()));
    }
}

void AttributeTableDock::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDockWidget::changeEvent(event);
}

void AttributeTableDock::retranslate() {
    setWindowTitle(tr("Attribute table"));
    layerCombo_->setToolTip(tr("Layer"));
    filterEdit_->setPlaceholderText(tr("Filter…"));
    filterEdit_->setToolTip(tr("Shows the features whose text contains what you type"));
    zoomButton_->setText(tr("Zoom to selection"));
    updateStatus();
}

}  // namespace app
