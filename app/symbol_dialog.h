// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gis/feature_source.h"
#include "gis/style.h"

#include <QDialog>

class QLineEdit;

namespace app {

class SymbolEditor;

/// Edits the symbol and legend label of one class of a style (a category, a graduated class or a
/// rule), as the style dialog and a double-click in the legend open it. GUI thread only.
class SymbolDialog : public QDialog {
    Q_OBJECT
public:
    SymbolDialog(const gis::Symbol& symbol, const QString& label, gis::GeometryKind kind,
                 QWidget* parent = nullptr);

    gis::Symbol symbol() const;
    QString label() const;
    SymbolEditor* editor() const { return editor_; }
    QLineEdit* labelEdit() const { return label_; }

private:
    SymbolEditor* editor_;
    QLineEdit* label_;
};

}  // namespace app
