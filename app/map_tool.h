// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCursor>
#include <QObject>

class QKeyEvent;
class QMouseEvent;
class QPainter;

namespace app {

class MapCanvas;

/// A way of using the mouse on the map (pan, identify, measure …). The canvas forwards its events
/// to the active tool; handlers default to doing nothing. A tool draws its own preview in paint()
/// and reports what it captured through signals: it never writes data. GUI thread only.
class MapTool : public QObject {
    Q_OBJECT
public:
    explicit MapTool(MapCanvas* canvas);

    virtual void activate() {}
    virtual void deactivate() {}
    virtual void mousePress(QMouseEvent*) {}
    virtual void mouseMove(QMouseEvent*) {}
    virtual void mouseRelease(QMouseEvent*) {}
    virtual void mouseDoubleClick(QMouseEvent*) {}
    /// Returns true when the tool used the key (Esc, Backspace …).
    virtual bool keyPress(QKeyEvent*) { return false; }
    /// Draws the tool's preview over the map, in widget pixels.
    virtual void paint(QPainter&) {}
    virtual QCursor cursor() const { return Qt::ArrowCursor; }

protected:
    MapCanvas* canvas() const { return canvas_; }

private:
    MapCanvas* canvas_;
};

}  // namespace app
