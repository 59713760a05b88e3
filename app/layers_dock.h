// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gis/map_layer.h"

#include <QDockWidget>

#include <vector>

class QTreeWidget;
class QTreeWidgetItem;

namespace app {

/// The layers panel: one checkable row per layer, topmost drawn layer first (as in QGIS).
/// Emits visibilityChanged when the user ticks a layer on or off; it never touches the project.
class LayersDock : public QDockWidget {
    Q_OBJECT
public:
    explicit LayersDock(QWidget* parent = nullptr);

    void setLayers(const std::vector<gis::MapLayer>& layers);

Q_SIGNALS:
    void visibilityChanged(const QString& layerKey, bool visible);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QTreeWidget* tree_;
    bool updating_ = false;
};

}  // namespace app
