// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "gis/layout/layout_paint_context.h"

#include <QPainter>
#include <QStringList>

namespace gis {

class LayoutDataSource;
class PrintLayout;

/// Draws one page of a layout on any QPainter (PDF, SVG, image, printer) whose coordinates are
/// device pixels at `dpi` from the page's top-left corner. Map frames are drawn by
/// gis::MapRenderer::render(QPainter&), so PDF and SVG keep vectors and real text. Holds
/// references: the layout and data must outlive it. Runs on the calling thread.
class LayoutRenderer {
    Q_DECLARE_TR_FUNCTIONS(LayoutRenderer)

public:
    LayoutRenderer(const PrintLayout& layout, const LayoutDataSource& data);

    /// The map frames of the page (inset maps after the frames they locate). Throws gis::Error
    /// when a frame's view cannot be computed.
    std::map<QString, MapFrameState> frameStates(double dpi, const AtlasPage* atlasPage) const;
    /// Paints the page; returns the problems met (a layer that failed, a missing picture).
    /// Throws gis::Error when a map frame's view cannot be computed.
    QStringList render(QPainter& painter, double dpi, const AtlasPage* atlasPage = nullptr) const;

private:
    const PrintLayout& layout_;
    const LayoutDataSource& data_;
};

}  // namespace gis
