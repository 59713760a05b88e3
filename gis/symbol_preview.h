// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gis/feature_source.h"
#include "gis/style.h"

#include <QImage>

namespace gis {

/// A small picture of a symbol for legends: a marker, a line or a filled patch, drawn by the same
/// GeometryPainter as the map so the legend always matches it. Any thread.
class SymbolPreview {
public:
    static QImage render(const Symbol& symbol, GeometryKind kind, const QSize& size,
                         double dpi = 96);
};

}  // namespace gis
