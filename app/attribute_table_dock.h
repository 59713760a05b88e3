// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gis/map_layer.h"

#include <QDockWidget>
#include <QList>
#include <QString>
#include <QTimer>

#include <functional>
#include <map>
#include <memory>
#include <utility>
#include <vector>

class QComboBox;
class QItemSelection;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace gis {
class FeatureTableModel;
}

namespace app {

/// The attribute table: a layer picker, a filter applied as the user types, a sortable table of
/// the chosen layer's features and a "Zoom to selection" button. It owns the model of the layer
/// shown (made on demand by the factory given to setLayers) and lives on the GUI thread.
/// It reports the user's selection and zoom requests as signals and never touches the map or the
/// project; selectFeatures() mirrors a selection made elsewhere without echoing it back.
class AttributeTableDock : public QDockWidget {
    Q_OBJECT
public:
    /// A layer as the picker lists it: key and display name.
    using LayerEntry = std::pair<QString, QString>;
    using ModelFactory =
        std::function<std::unique_ptr<gis::FeatureTableModel>(const QString& layerKey)>;

    explicit AttributeTableDock(QWidget* parent = nullptr);
    ~AttributeTableDock() override;

    /// Lists the layers and shows the first; the factory may throw gis::Error or return null.
    void setLayers(std::vector<LayerEntry> layers, ModelFactory factory);
    QString currentLayerKey() const { return currentKey_; }
    /// Reads the rows again if `key` is the layer shown (its features were saved elsewhere),
    /// keeping the filter, the sort order and the selection.
    void reloadLayer(const QString& key);
    /// Features each layer's table leaves out, by layer key: unsaved deletions, as on the map.
    void setExcludedFeatures(
        std::map<QString, std::shared_ptr<const gis::FeatureIdSet>> excludedByLayer);
    /// The fids selected in the current layer, as last chosen here or by selectFeatures().
    QList<qint64> selectedFids() const { return selectedFids_; }

public Q_SLOTS:
    /// Selects the rows of these features (switching layer if needed) and scrolls to the first,
    /// without emitting selectionChanged.
    void selectFeatures(const QString& layerKey, const QList<qint64>& fids);

Q_SIGNALS:
    void selectionChanged(const QString& layerKey, const QList<qint64>& fids);
    void zoomToSelectionRequested(const QString& layerKey, const QList<qint64>& fids);

protected:
    void changeEvent(QEvent* event) override;

private:
    void showLayer(const QString& key);
    std::shared_ptr<const gis::FeatureIdSet> excludedIn(const QString& key) const;
    void applyFilter();
    void modelRefreshed();
    void viewSelectionChanged();
    void restoreSelection(bool scroll);
    void updateStatus();
    void retranslate();

    QComboBox* layerCombo_;
    QLineEdit* filterEdit_;
    QTableView* view_;
    QLabel* statusLabel_;
    QPushButton* zoomButton_;
    QTimer filterTimer_;

    ModelFactory factory_;
    std::unique_ptr<gis::FeatureTableModel> model_;
    QString currentKey_;
    std::map<QString, std::shared_ptr<const gis::FeatureIdSet>> excluded_;
    QString loadError_;
    QList<qint64> selectedFids_;
    bool scrollPending_ = false;
    bool silent_ = false;  // selection changes made here, not by the user
};

}  // namespace app
