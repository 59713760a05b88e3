// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/pan_tool.h"

#include <QPointF>

namespace app {

/// Browse the map: drag to pan as with the pan tool, click (without dragging) to identify what is
/// under the cursor. Emits the click; a controller finds the feature.
class IdentifyTool : public PanTool {
    Q_OBJECT
public:
    using PanTool::PanTool;

    void mousePress(QMouseEvent* event) override;
    void mouseMove(QMouseEvent* event) override;
    void mouseRelease(QMouseEvent* event) override;
    QCursor cursor() const override { return Qt::PointingHandCursor; }

Q_SIGNALS:
    /// A click at `mapPoint`; `tolerance` is a few pixels in map units.
    void clicked(const QPointF& mapPoint, double tolerance);

private:
    QPointF pressPosition_;
    bool moved_ = false;
};

}  // namespace app
