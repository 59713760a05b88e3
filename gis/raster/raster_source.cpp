// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/raster/raster_source.h"

#include "gis/error.h"
#include "gis/gdal_environment.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace gis {

namespace {

RasterDataType dataTypeOf(GDALDataType type) {
    switch (type) {
        case GDT_Byte:
            return RasterDataType::Byte;
        case GDT_UInt16:
            return RasterDataType::UInt16;
        case GDT_Int16:
            return RasterDataType::Int16;
        case GDT_UInt32:
            return RasterDataType::UInt32;
        case GDT_Int32:
            return RasterDataType::Int32;
        case GDT_Float32:
            return RasterDataType::Float32;
        case GDT_Float64:
            return RasterDataType::Float64;
        default:
            return RasterDataType::Other;
    }
}

/// The bounding box of the four corners: a rotated geotransform still gets an enclosing box.
QRectF extentOf(const std::array<double, 6>& g, int width, int height) {
    double left = 0, right = 0, bottom = 0, top = 0;
    bool first = true;
    for (const auto& [col, row] : {std::pair{0, 0}, {width, 0}, {0, height}, {width, height}}) {
        const double x = g[0] + col * g[1] + row * g[2];
        const double y = g[3] + col * g[4] + row * g[5];
        left = first ? x : std::min(left, x);
        right = first ? x : std::max(right, x);
        bottom = first ? y : std::min(bottom, y);
        top = first ? y : std::max(top, y);
        first = false;
    }
    return QRectF(QPointF(left, bottom), QPointF(right, top));
}

RasterBand describeBand(GDALRasterBand& band) {
    RasterBand out;
    int hasNoData = FALSE;
    const double noData = band.GetNoDataValue(&hasNoData);
    if (hasNoData) {
        out.noData = noData;
    }
    // Statistics already in the file first; else an approximate range (it may use overviews).
    double minimum = 0, maximum = 0, mean = 0, deviation = 0;
    if (band.GetStatistics(TRUE, FALSE, &minimum, &maximum, &mean, &deviation) == CE_None) {
        out.minimum = minimum;
        out.maximum = maximum;
        return out;
    }
    std::array<double, 2> range{0, 0};
    if (band.ComputeRasterMinMax(TRUE, range.data()) == CE_None) {
        out.minimum = range[0];
        out.maximum = range[1];
    }
    CPLErrorReset();  // a band of nothing but no-data is not an error of the source
    return out;
}

}  // namespace

RasterSource::RasterSource(QString path) : path_(std::move(path)) {
    GdalDatasetPtr dataset = open();
    const OGRSpatialReference* srs = dataset->GetSpatialRef();
    if (!srs || srs->IsEmpty()) {
        throw Error(QCoreApplication::translate("gis::RasterSource",
                                                "Raster %1 has no coordinate reference system")
                        .arg(path_));
    }
    crs_ = Crs::fromOgr(*srs);
    std::array<double, 6> geoTransform{};
    if (dataset->GetGeoTransform(geoTransform.data()) != CE_None) {
        throw Error(
            QCoreApplication::translate("gis::RasterSource", "Raster %1 has no georeferencing")
                .arg(path_));
    }
    size_ = QSize(dataset->GetRasterXSize(), dataset->GetRasterYSize());
    extent_ = extentOf(geoTransform, size_.width(), size_.height());
    if (dataset->GetRasterCount() < 1) {
        throw Error(
            QCoreApplication::translate("gis::RasterSource", "Raster %1 has no bands").arg(path_));
    }
    for (int i = 1; i <= dataset->GetRasterCount(); ++i) {
        bands_.push_back(describeBand(*dataset->GetRasterBand(i)));
    }
    GDALRasterBand* first = dataset->GetRasterBand(1);
    dataType_ = dataTypeOf(first->GetRasterDataType());
    hasOverviews_ = first->GetOverviewCount() > 0;
}

GdalDatasetPtr RasterSource::open() const {
    initializeGdal();
    CPLErrorReset();
    GdalDatasetPtr dataset{
        GDALDataset::Open(path_.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_READONLY)};
    if (!dataset) {
        throw Error(QCoreApplication::translate("gis::RasterSource", "Cannot open raster %1: %2")
                        .arg(path_, lastGdalError()));
    }
    return dataset;
}

}  // namespace gis
