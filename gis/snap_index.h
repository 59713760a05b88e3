// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gis/crs.h"
#include "gis/feature_source.h"

#include <QLineF>
#include <QPointF>
#include <QRectF>

#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace gis {

/// What a snapped point lies on. The order is the priority: a vertex within the tolerance wins
/// over an intersection, which wins over a point on a segment.
enum class SnapKind { Vertex, Intersection, Segment };

struct SnapMatch {
    QPointF point;  // map CRS
    SnapKind kind = SnapKind::Vertex;
    double distance = 0;  // from the queried point, map units
};

/// The vertices and segments of some layers within one extent of the map, in the map CRS, in a
/// uniform grid. Intersections of segments are found at query time among the segments near the
/// point, so the index stays linear in size. Immutable once built: share it between threads.
class SnapIndex {
public:
    /// Reads the features of `sources` that fall in `mapExtent` (map CRS; sources in other CRSs
    /// are queried with the transformed extent and their geometries reprojected). Runs on any
    /// thread (it builds its own transforms). Returns nullptr when `cancel` becomes true.
    /// Sources that cannot be reprojected to `mapCrs` are skipped.
    static std::shared_ptr<const SnapIndex> build(
        const std::vector<std::shared_ptr<const FeatureSource>>& sources, const Crs& mapCrs,
        const QRectF& mapExtent, const std::atomic<bool>* cancel = nullptr);

    const Crs& crs() const { return crs_; }
    /// The extent the index covers; points outside it have nothing to snap to.
    const QRectF& extent() const { return extent_; }
    std::size_t vertexCount() const { return vertices_.size(); }
    std::size_t segmentCount() const { return segments_.size(); }

    /// The best snap for `mapPoint` within `tolerance` map units: the nearest vertex, else the
    /// nearest intersection of two segments, else the foot of the perpendicular on the nearest
    /// segment. Nothing when none is within the tolerance.
    std::optional<SnapMatch> snap(const QPointF& mapPoint, double tolerance) const;

private:
    SnapIndex(const Crs& crs, const QRectF& extent) : crs_(crs), extent_(extent) {}
    /// Buckets the vertices and segments in a grid sized to their number.
    void buildGrid();
    int column(double x) const;
    int row(double y) const;
    /// Cell lists in compressed form: the items of cell c are items[offsets[c]..offsets[c+1]).
    struct Buckets {
        std::vector<std::uint32_t> offsets;
        std::vector<std::uint32_t> items;
    };
    static Buckets bucket(std::vector<std::pair<std::uint32_t, std::uint32_t>>& cellItems,
                          std::size_t cellCount);

    Crs crs_;
    QRectF extent_;
    std::vector<QPointF> vertices_;
    std::vector<QLineF> segments_;
    int columns_ = 1;
    int rows_ = 1;
    double cellWidth_ = 1;
    double cellHeight_ = 1;
    Buckets vertexCells_;
    Buckets segmentCells_;
};

}  // namespace gis
