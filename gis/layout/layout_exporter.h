// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "gis/layout/atlas.h"

#include <QStringList>
#include <QTransform>

#include <vector>

namespace gis {

class LayoutDataSource;
class PrintLayout;

enum class ExportFormat { Pdf, Svg, Png, Tiff };

/// What an export wrote and the problems it met on the way.
struct ExportResult {
    QStringList files;
    QStringList warnings;
};

/// Writes a layout, or an atlas of it, to files: a vector PDF (real, embedded, searchable text;
/// the exact page size; one page per atlas page), SVG, or PNG/TIFF at a chosen dpi with a world
/// file (.pgw/.tfw) and the CRS (.aux.xml) of the main map frame. SVG and images of an atlas are
/// one file per page ("map-01.png", …), as is a PDF when asked. Runs on the calling thread.
class LayoutExporter {
    Q_DECLARE_TR_FUNCTIONS(LayoutExporter)

public:
    /// The device resolution of PDF and SVG output: vertices closer than a pixel are merged.
    static constexpr double kVectorDpi = 600;

    LayoutExporter(const PrintLayout& layout, const LayoutDataSource& data);

    /// By the file's suffix; throws gis::Error for others.
    static ExportFormat formatOf(const QString& path);
    /// "map.png", page 3 of 12 → "map-03.png".
    static QString pagePath(const QString& path, int index, int count);
    /// The world file of an image: "map.png" → "map.pgw", "map.tif" → "map.tfw".
    static QString worldFilePath(const QString& imagePath);
    /// Image pixel → map coordinates of the main frame, for an image of the page at `dpi`
    /// (pixel centres at +0.5). Throws gis::Error when the layout has no map frame.
    QTransform pixelToMainMap(double dpi, const AtlasPage* page) const;

    /// Writes `path` (or one file per page); `pages` empty exports the layout once, without an
    /// atlas. Throws gis::Error when a file cannot be written or a map cannot be computed.
    ExportResult exportTo(const QString& path, double dpi, const std::vector<AtlasPage>& pages,
                          bool filePerPage = false) const;

private:
    QStringList writePdf(const QString& path, const std::vector<const AtlasPage*>& pages) const;
    QStringList writeSvg(const QString& path, const AtlasPage* page) const;
    QStringList writeImage(const QString& path, ExportFormat format, double dpi,
                           const AtlasPage* page) const;

    const PrintLayout& layout_;
    const LayoutDataSource& data_;
};

}  // namespace gis
