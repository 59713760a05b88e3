// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gis/layout/layout_item.h"

#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLineEdit;
class QSpinBox;

namespace app {

/// The layout editor's item properties: position and size in millimetres and the main settings
/// of the item's kind (text and font size; scale bar units and style; legend title; map frame
/// scale, extent, theme and CRS). It edits a copy and emits the changed item as JSON; the owner
/// turns that into an undo command. GUI thread.
class LayoutItemPanel : public QWidget {
    Q_OBJECT

public:
    explicit LayoutItemPanel(QWidget* parent = nullptr);

    /// Shows `item` (a copy is kept), or an empty disabled panel for nullptr.
    void showItem(const gis::LayoutItem* item);

Q_SIGNALS:
    void itemEdited(const QString& what, const QJsonObject& item);

private:
    void commit(const QString& what);
    QDoubleSpinBox* millimetres();

    std::unique_ptr<gis::LayoutItem> item_;
    bool updating_ = false;
    QFormLayout* form_ = nullptr;
    QDoubleSpinBox* x_ = nullptr;
    QDoubleSpinBox* y_ = nullptr;
    QDoubleSpinBox* width_ = nullptr;
    QDoubleSpinBox* height_ = nullptr;
    QLineEdit* text_ = nullptr;
    QDoubleSpinBox* fontSize_ = nullptr;
    QComboBox* units_ = nullptr;
    QComboBox* barStyle_ = nullptr;
    QSpinBox* scale_ = nullptr;
    QLineEdit* extent_ = nullptr;
    QLineEdit* theme_ = nullptr;
    QLineEdit* crs_ = nullptr;
};

}  // namespace app
