// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gis/feature_source.h"
#include "gis/style.h"

#include <QStringList>
#include <QTreeWidget>

#include <vector>

namespace app {

/// The classes of a style as a table: a symbol picture, then text columns (value, label, filter
/// …) edited in place. Double-clicking the picture edits the symbol and label (a SymbolDialog).
/// GUI thread only.
class SymbolClassList : public QTreeWidget {
    Q_OBJECT
public:
    struct Row {
        gis::Symbol symbol;
        QStringList texts;
    };

    /// `headers` name the text columns; `labelColumn` is the one a SymbolDialog edits as label.
    SymbolClassList(gis::GeometryKind kind, const QStringList& headers, int labelColumn,
                    QWidget* parent = nullptr);

    void setRows(const std::vector<Row>& rows);
    std::vector<Row> rows() const;
    void removeSelected();
    /// Opens the symbol dialog of a row (as a double-click does) and waits for it.
    void editSymbol(int row);

Q_SIGNALS:
    void changed();

protected:
    bool edit(const QModelIndex& index, EditTrigger trigger, QEvent* event) override;

private:
    void addRow(const Row& row);
    void updateIcon(QTreeWidgetItem* item);

    gis::GeometryKind kind_;
    int labelColumn_;
    std::vector<gis::Symbol> symbols_;
};

}  // namespace app
