// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gis/crs.h"
#include "gis/handles.h"

#include <QRectF>
#include <QSize>
#include <QString>

#include <optional>
#include <vector>

namespace gis {

enum class RasterDataType { Byte, UInt16, Int16, UInt32, Int32, Float32, Float64, Other };

/// What a band holds: its no-data value, if any, and the range of its values (approximate: read
/// from the file's statistics or computed on a subsample, never written back).
struct RasterBand {
    std::optional<double> noData;
    double minimum = 0;
    double maximum = 0;
};

/// A read-only description of one GDAL raster (a GeoTIFF DEM, imagery, any GDAL format). The
/// constructor opens the file once to read its metadata and throws gis::Error naming the file when
/// it cannot be read or has no georeferencing or CRS. Immutable afterwards, so one instance is
/// shared by render snapshots on several threads; each render calls open() for a GDAL handle of
/// its own on its own thread.
class RasterSource {
public:
    explicit RasterSource(QString path);

    const QString& path() const { return path_; }
    Crs crs() const { return crs_; }
    /// The bounding box of the raster in its CRS (x = easting or longitude).
    QRectF extent() const { return extent_; }
    /// Width and height in pixels at full resolution.
    QSize size() const { return size_; }
    int bandCount() const { return int(bands_.size()); }
    /// The data type of the first band.
    RasterDataType dataType() const { return dataType_; }
    /// One entry per band, in band order (band 1 first).
    const std::vector<RasterBand>& bands() const { return bands_; }
    /// The first band's no-data value.
    std::optional<double> noData() const { return bands_.front().noData; }
    bool hasOverviews() const { return hasOverviews_; }

    /// A new read-only handle for the calling thread; throws gis::Error naming the file.
    GdalDatasetPtr open() const;

private:
    QString path_;
    Crs crs_;
    QRectF extent_;
    QSize size_;
    RasterDataType dataType_ = RasterDataType::Other;
    std::vector<RasterBand> bands_;
    bool hasOverviews_ = false;
};

}  // namespace gis
