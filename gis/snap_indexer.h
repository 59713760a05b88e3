// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gis/snap_index.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace gis {

/// Keeps a SnapIndex of the chosen layers for the area around the map view, built on a worker
/// thread (QtConcurrent) whenever the view leaves the indexed area or the CRS or layers change.
/// Until the first index is ready, snap() finds nothing; afterwards the last index answers while
/// the next one builds. Lives on the GUI thread; the sources must allow queries from any thread.
class SnapIndexer : public QObject {
    Q_OBJECT
public:
    explicit SnapIndexer(QObject* parent = nullptr);
    ~SnapIndexer() override;

    /// The layers to snap to; an empty list turns snapping off.
    void setSources(std::vector<std::shared_ptr<const FeatureSource>> sources);
    /// The map CRS and the visible extent (in it). The index covers the view with a margin of
    /// half its size each side, so small pans need no rebuild.
    void setView(const Crs& mapCrs, const QRectF& visibleExtent);

    /// The index the snaps use now (nullptr before the first build).
    std::shared_ptr<const SnapIndex> index() const { return index_; }
    /// True while an index is being built.
    bool isBuilding() const { return watcher_.isRunning(); }
    /// True when an index for the current CRS and view is ready.
    bool isReady() const;

    /// See SnapIndex::snap; `mapPoint` and `tolerance` in the current map CRS.
    std::optional<SnapMatch> snap(const QPointF& mapPoint, double tolerance) const;

Q_SIGNALS:
    /// A new index is in use.
    void indexReady();

private:
    void rebuild();
    void buildDone();

    std::vector<std::shared_ptr<const FeatureSource>> sources_;
    Crs crs_;
    QRectF view_;
    std::shared_ptr<const SnapIndex> index_;
    QFutureWatcher<std::shared_ptr<const SnapIndex>> watcher_;
    std::shared_ptr<std::atomic<bool>> cancel_;
    bool rebuildQueued_ = false;
    int sourcesVersion_ = 0;  // counts setSources() calls
    int builtSources_ = 0;    // the version the build in flight reads
};

}  // namespace gis
