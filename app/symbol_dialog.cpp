// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/symbol_dialog.h"

#include "app/symbol_editor.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QVBoxLayout>

namespace app {

SymbolDialog::SymbolDialog(const gis::Symbol& symbol, const QString& label, gis::GeometryKind kind,
                           QWidget* parent)
    : QDialog(parent), editor_(new SymbolEditor(kind, this)), label_(new QLineEdit(label, this)) {
    setWindowTitle(tr("Symbol"));
    editor_->setSymbol(symbol);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* labelRow = new QFormLayout;
    labelRow->addRow(tr("Legend label:"), label_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(labelRow);
    layout->addWidget(editor_);
    layout->addWidget(buttons);
}

gis::Symbol SymbolDialog::symbol() const {
    return editor_->symbol();
}

QString SymbolDialog::label() const {
    return label_->text();
}

}  // namespace app
