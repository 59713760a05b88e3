// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/layer_record.h"
#include "gis/map_layer.h"

#include <QDockWidget>

#include <vector>

class QMenu;
class QTreeWidget;
class QTreeWidgetItem;

namespace app {

/// The layers panel: one checkable row per layer, topmost drawn layer first (as in QGIS); layers
/// outside their scale range are greyed, layers whose data could not be opened say why. A context
/// menu zooms to a layer, moves or removes it, sets its opacity, scale range and CRS and opens its
/// style; rows can be dragged to reorder. Under each layer its legend lists the classes of its
/// style; double-clicking one asks to edit it, double-clicking a layer asks for its style. It never
/// touches the project: it emits what the user asked for and the main window applies it. GUI thread
/// only.
class LayersDock : public QDockWidget {
    Q_OBJECT
public:
    explicit LayersDock(QWidget* parent = nullptr);

    /// `layers` in drawing order (bottom first); `records` describe them in the same order (for
    /// scale ranges), `errors` say why a layer has no source; `scaleDenominator` is the map's
    /// scale now, for greying layers outside their range.
    void setLayers(const std::vector<gis::MapLayer>& layers,
                   const std::vector<core::LayerRecord>& records = {}, double scaleDenominator = 0,
                   const QStringList& errors = {});
    /// The layer keys as listed, topmost first.
    QStringList layerKeys() const;
    /// The context menu of a layer, as a right-click shows it; the caller owns it.
    QMenu* createContextMenu(const QString& layerKey, QWidget* parent);

Q_SIGNALS:
    void visibilityChanged(const QString& layerKey, bool visible);
    void removeRequested(const QString& layerKey);
    /// `newIndex` in drawing order: 0 is the bottom layer.
    void moveRequested(const QString& layerKey, int newIndex);
    void zoomRequested(const QString& layerKey);
    void opacityChosen(const QString& layerKey, double opacity);
    void scaleRangeChosen(const QString& layerKey, double minScale, double maxScale);
    void crsChangeRequested(const QString& layerKey);
    /// The layer's style dialog is asked for (double-click on the layer, or its context menu).
    void styleRequested(const QString& layerKey);
    /// A legend class was double-clicked: `classIndex` is its index among the categories,
    /// graduated classes or rules of the layer's style, whichever the style uses.
    void legendClassRequested(const QString& layerKey, int classIndex);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    /// Index in drawing order, or -1.
    int indexOf(const QString& layerKey) const;
    void rowsDropped(int row);
    void chooseOpacity(const QString& layerKey);
    void chooseScaleRange(const QString& layerKey);
    void addLegend(QTreeWidgetItem* item, const gis::MapLayer& layer, gis::GeometryKind kind);

    QTreeWidget* tree_;
    std::vector<gis::MapLayer> layers_;
    std::vector<core::LayerRecord> records_;
    double scale_ = 0;
    bool updating_ = false;
};

}  // namespace app
