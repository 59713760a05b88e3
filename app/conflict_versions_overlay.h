// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/save_conflict.h"
#include "gis/crs.h"

#include <QColor>
#include <QPolygonF>
#include <QWidget>

#include <optional>
#include <vector>

namespace app {

class MapCanvas;

/// Both versions of a feature in a save conflict, drawn over the map: theirs (the stored one) as
/// a dashed outline, mine (pending) as a solid one in the pending highlight colour. A transparent
/// child of the canvas that ignores the mouse and follows its size and view; delete it to take the
/// drawing away. GUI thread; the outlines are copied in the map CRS.
class ConflictVersionsOverlay : public QWidget {
    Q_OBJECT
public:
    /// `layerCrs` is the CRS of the conflict's geometries.
    ConflictVersionsOverlay(MapCanvas* canvas, const core::FeatureConflict& conflict,
                            const gis::Crs& layerCrs);

    static QColor theirsColor() { return {255, 110, 0}; }
    static QColor mineColor() { return {0, 200, 255}; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    /// A version's outlines: closed rings and lines, and points.
    struct Outlines {
        std::vector<QPolygonF> parts;
        std::vector<QPointF> points;
    };
    static Outlines outlinesOf(const std::optional<core::FeatureState>& state,
                               const gis::Crs& layerCrs, const gis::Crs& mapCrs);
    void paintOutlines(QPainter& painter, const Outlines& outlines) const;

    MapCanvas* canvas_;
    Outlines theirs_;
    Outlines mine_;
};

}  // namespace app
