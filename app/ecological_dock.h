// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ecological_check.h"

#include <QDockWidget>

#include <memory>
#include <vector>

class QLabel;
class QTreeWidget;

namespace app {

class MapCanvas;

/// The live ecological check: for the footprint being drawn or edited it lists each ecological
/// zone crossed (祁连山国家公园, the river corridors, 青海湖 …) with the overlap in hectares, or in
/// kilometres for a line, and highlights the overlap on the canvas. GUI thread only; owns the
/// EcologicalCheck of the open project.
class EcologicalDock : public QDockWidget {
    Q_OBJECT
public:
    EcologicalDock(MapCanvas* canvas, QWidget* parent = nullptr);
    ~EcologicalDock() override;

    /// Loads the zones of a project file; on failure the panel says why and checks nothing.
    void setProjectFile(const QString& path);
    /// Reads the zones of the project again (someone saved plan_area) and checks the footprint
    /// shown again.
    void reloadZones();
    /// Checks `lonLat` (EPSG:4326) and shows the result; nullptr clears the list and highlight.
    void showFootprint(const OGRGeometry* lonLat);
    void clear() { showFootprint(nullptr); }

    /// What the list shows now.
    const std::vector<core::EcologicalOverlap>& overlaps() const { return overlaps_; }
    const core::EcologicalCheck* check() const { return check_.get(); }
    /// The rows as shown ("祁连山国家公园\t1 234.56 ha"), for tests and copying.
    QStringList rowTexts() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fillList();
    QString zoneName(const core::EcologicalOverlap& overlap) const;
    QString overlapText(const core::EcologicalOverlap& overlap) const;

    MapCanvas* canvas_;
    QLabel* summary_;
    QTreeWidget* list_;
    std::unique_ptr<core::EcologicalCheck> check_;
    QString loadError_;
    bool hasFootprint_ = false;
    QString projectFile_;
    OGRGeometryUniquePtr footprint_;  // lon/lat, as last shown
    std::vector<core::EcologicalOverlap> overlaps_;
};

}  // namespace app
