// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/symbol_class_list.h"

#include "app/symbol_dialog.h"
#include "gis/symbol_preview.h"

#include <QHeaderView>

namespace app {

namespace {
constexpr int kSymbolRole = Qt::UserRole + 1;  // index into symbols_
const QSize kIconSize(32, 16);
}  // namespace

SymbolClassList::SymbolClassList(gis::GeometryKind kind, const QStringList& headers,
                                 int labelColumn, QWidget* parent)
    : QTreeWidget(parent), kind_(kind), labelColumn_(labelColumn) {
    setRootIsDecorated(false);
    setMinimumHeight(150);
    setIconSize(kIconSize);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    setHeaderLabels(QStringList{tr("Symbol")} + headers);
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    header()->setStretchLastSection(true);
    connect(this, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* item, int column) {
        if (column == 0) {
            editSymbol(indexOfTopLevelItem(item));
        }
    });
    connect(this, &QTreeWidget::itemChanged, this, [this] { Q_EMIT changed(); });
}

void SymbolClassList::setRows(const std::vector<Row>& rows) {
    const QSignalBlocker blocker(this);
    clear();
    symbols_.clear();
    for (const Row& row : rows) {
        addRow(row);
    }
}

void SymbolClassList::addRow(const Row& row) {
    auto* item = new QTreeWidgetItem(this);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    item->setData(0, kSymbolRole, int(symbols_.size()));
    symbols_.push_back(row.symbol);
    for (int i = 0; i < row.texts.size(); ++i) {
        item->setText(i + 1, row.texts[i]);
    }
    updateIcon(item);
}

std::vector<SymbolClassList::Row> SymbolClassList::rows() const {
    std::vector<Row> rows;
    for (int i = 0; i < topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = topLevelItem(i);
        Row row{symbols_[item->data(0, kSymbolRole).toInt()], {}};
        for (int column = 1; column < columnCount(); ++column) {
            row.texts << item->text(column);
        }
        rows.push_back(row);
    }
    return rows;
}

void SymbolClassList::removeSelected() {
    qDeleteAll(selectedItems());
    Q_EMIT changed();
}

void SymbolClassList::editSymbol(int row) {
    QTreeWidgetItem* item = topLevelItem(row);
    if (!item) {
        return;
    }
    gis::Symbol& symbol = symbols_[item->data(0, kSymbolRole).toInt()];
    SymbolDialog dialog(symbol, item->text(labelColumn_ + 1), kind_, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    symbol = dialog.symbol();
    const QSignalBlocker blocker(this);
    item->setText(labelColumn_ + 1, dialog.label());
    updateIcon(item);
    Q_EMIT changed();
}

bool SymbolClassList::edit(const QModelIndex& index, EditTrigger trigger, QEvent* event) {
    // The picture is edited in the symbol dialog, not as text.
    return index.column() != 0 && QTreeWidget::edit(index, trigger, event);
}

void SymbolClassList::updateIcon(QTreeWidgetItem* item) {
    const gis::GeometryKind kind =
        kind_ == gis::GeometryKind::Unknown ? gis::GeometryKind::Polygon : kind_;
    item->setIcon(0, QPixmap::fromImage(gis::SymbolPreview::render(
                         symbols_[item->data(0, kSymbolRole).toInt()], kind, kIconSize)));
}

}  // namespace app
