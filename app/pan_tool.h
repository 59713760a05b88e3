// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/map_tool.h"

#include <QPoint>

namespace app {

/// The default tool: drag to pan.
class PanTool : public MapTool {
    Q_OBJECT
public:
    using MapTool::MapTool;

    void mousePress(QMouseEvent* event) override;
    void mouseMove(QMouseEvent* event) override;
    void mouseRelease(QMouseEvent* event) override;
    QCursor cursor() const override {
        return dragging_ ? Qt::ClosedHandCursor : Qt::OpenHandCursor;
    }

private:
    QPoint last_;
    bool dragging_ = false;
};

}  // namespace app
