// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gis/crs.h"

#include <QLocale>
#include <QObject>

#include <functional>
#include <memory>
#include <vector>

namespace core {
class Project;
struct LayerRecord;
}  // namespace core

namespace gis {
class FeatureSource;
}

namespace app {

class LayersDock;
class MapCanvas;

/// Applies what the user asks of the layers to the open project — the layers dock's requests
/// (show, hide, remove, move, opacity, scale range, CRS, zoom to), the layers the LayerImporter
/// brings and the map CRS chosen in the status bar — and keeps the canvas and the dock in step:
/// layers outside their scale range are left out of the drawing, and a new map CRS keeps the
/// view's centre and scale. Holds no data beyond that; the project stays with the main window.
/// GUI thread only.
class LayerController : public QObject {
    Q_OBJECT
public:
    LayerController(MapCanvas* canvas, LayersDock* dock, std::function<QLocale()> locale,
                    QWidget* window);

    /// The project to change (nullptr: none). The caller keeps it alive while set.
    void setProject(core::Project* project);
    /// Gives the canvas and, unless told not to, the dock the project's layers at the map's scale.
    void refresh(bool includingDock = true);

    void addLayer(const core::LayerRecord& record,
                  std::shared_ptr<const gis::FeatureSource> source);
    void zoomToLayer(const QString& key);
    /// Asks for the CRS of the layer's data (a window-modal LayerCrsDialog) and applies it.
    void askLayerCrs(const QString& key);
    /// Changes the project's CRS, keeping the view's centre and scale.
    void changeMapCrs(const gis::Crs& crs);

Q_SIGNALS:
    void mapCrsChanged(const gis::Crs& crs);
    void failed(const QString& title, const QString& message);

private:
    /// Applies `change`, reporting a failure, then announces the (possibly unchanged) layers.
    void change(const std::function<void(core::Project&)>& change);
    void viewChanged();

    MapCanvas* canvas_;
    LayersDock* dock_;
    std::function<QLocale()> locale_;
    QWidget* window_;
    core::Project* project_ = nullptr;
    std::vector<bool> inScale_;  // per layer, at the scale last drawn
};

}  // namespace app
