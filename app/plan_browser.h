// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan_catalog.h"
#include "gis/feature_locator.h"

#include <QObject>
#include <QPointF>

#include <functional>
#include <memory>

namespace core {
class Project;
}

namespace app {

class AttributeTableDock;
class IdentifyDock;
class MapCanvas;

/// Ties browsing together: a click on the map identifies the feature under it, a search result or
/// a table selection is highlighted and zoomed to, and a plan filter restricts map and table alike.
/// Holds no data of its own beyond the current highlight; the project stays with the main window.
/// GUI thread only.
class PlanBrowser : public QObject {
    Q_OBJECT
public:
    PlanBrowser(MapCanvas* canvas, IdentifyDock* identifyDock, AttributeTableDock* tableDock,
                std::function<QLocale()> locale, QObject* parent = nullptr);

    /// The project to browse (nullptr: none). The caller keeps it alive while set.
    void setProject(core::Project* project);

    /// Identifies the topmost visible feature within `tolerance` of `mapPoint`; returns whether
    /// one was found.
    bool identifyAt(const QPointF& mapPoint, double tolerance);
    /// Zooms to a catalog item, highlights it and shows what the plan says about it.
    void showItem(const QString& itemId);
    void applyFilter(const core::ItemFilter& filter);
    void highlightFeatures(const QString& layerKey, const QList<qint64>& fids);
    void zoomToFeatures(const QString& layerKey, const QList<qint64>& fids);

    /// What the last identify found, for tests and the status bar.
    const std::optional<gis::LocatedFeature>& lastIdentified() const { return lastIdentified_; }

private:
    const core::LayerRecord* record(const QString& layerKey) const;
    void zoomToLonLat(const QRectF& extent);

    MapCanvas* canvas_;
    IdentifyDock* identifyDock_;
    AttributeTableDock* tableDock_;
    std::function<QLocale()> locale_;
    core::Project* project_ = nullptr;
    std::optional<gis::LocatedFeature> lastIdentified_;
};

}  // namespace app
