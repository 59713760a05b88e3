// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/raster/raster_renderer.h"

#include "gis/coordinate_transform.h"
#include "gis/error.h"
#include "gis/gdal_environment.h"
#include "gis/raster/hillshade.h"

#include <QCoreApplication>

#include <gdal_utils.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <optional>

namespace gis {

namespace {

/// The warped window: Float32 bands in the map's pixel grid and GDAL's coverage (0 … 1) per pixel.
struct WarpedRaster {
    int width = 0;
    int height = 0;
    std::vector<std::vector<float>> bands;
    std::vector<float> coverage;
};

struct WarpOptionsFree {
    void operator()(GDALWarpAppOptions* options) const { GDALWarpAppOptionsFree(options); }
};

int CPL_STDCALL continueUnlessCancelled(double, const char*, void* flag) {
    return !static_cast<const std::atomic<bool>*>(flag)->load(std::memory_order_relaxed);
}

std::vector<float> readBand(GDALRasterBand& band, int width, int height) {
    std::vector<float> values(std::size_t(width) * height);
    if (band.RasterIO(GF_Read, 0, 0, width, height, values.data(), width, height, GDT_Float32, 0, 0,
                      nullptr) != CE_None) {
        values.clear();
    }
    return values;
}

/// Warps `source` into a grid of `size` pixels over `extent` in `crs`, the way gdalwarp would:
/// bilinear, the overview nearest the output resolution (-ovr AUTO), an alpha band marking where
/// there is data. Returns nothing when cancelled.
std::optional<WarpedRaster> warp(const RasterSource& source, const Crs& crs, const QRectF& extent,
                                 const QSize& size, const std::atomic<bool>& cancelled) {
    GdalDatasetPtr input = source.open();
    const auto number = [](double value) { return QByteArray::number(value, 'g', 17); };
    QList<QByteArray> arguments{"-of", "MEM", "-ot", "Float32", "-r", "bilinear", "-dstalpha"};
    // Read the overview nearest the output resolution when zoomed out (gdalwarp's default, kept on
    // explicitly).
    arguments += QList<QByteArray>{"-ovr", "AUTO", "-t_srs", crs.definition().toUtf8()};
    arguments += QList<QByteArray>{"-te", number(extent.left()), number(extent.top()),
                                   number(extent.right()), number(extent.bottom())};
    arguments += QList<QByteArray>{"-ts", number(size.width()), number(size.height())};
    std::vector<char*> argv;
    for (QByteArray& argument : arguments) {
        argv.push_back(argument.data());
    }
    argv.push_back(nullptr);
    std::unique_ptr<GDALWarpAppOptions, WarpOptionsFree> options{
        GDALWarpAppOptionsNew(argv.data(), nullptr)};
    GDALWarpAppOptionsSetProgress(options.get(), continueUnlessCancelled,
                                  const_cast<std::atomic<bool>*>(&cancelled));
    GDALDatasetH inputHandle = GDALDataset::ToHandle(input.get());
    CPLErrorReset();
    GdalDatasetPtr output{
        GDALDataset::FromHandle(GDALWarp("", nullptr, 1, &inputHandle, options.get(), nullptr))};
    if (cancelled.load()) {
        return std::nullopt;
    }
    if (!output || output->GetRasterCount() < 2) {
        throw Error(
            QCoreApplication::translate("gis::RasterRenderer", "Cannot warp raster %1 to %2: %3")
                .arg(source.path(), crs.authId(), lastGdalError()));
    }
    WarpedRaster warped{size.width(), size.height(), {}, {}};
    // gdalwarp puts the alpha band last; the data bands come first, in source order.
    for (int i = 1; i <= output->GetRasterCount(); ++i) {
        std::vector<float> values =
            readBand(*output->GetRasterBand(i), size.width(), size.height());
        if (values.empty()) {
            throw Error(QCoreApplication::translate("gis::RasterRenderer",
                                                    "Cannot read warped raster %1: %2")
                            .arg(source.path(), lastGdalError()));
        }
        (i < output->GetRasterCount() ? warped.bands.emplace_back() : warped.coverage) =
            std::move(values);
    }
    for (float& alpha : warped.coverage) {
        alpha = std::clamp(alpha / 255.0f, 0.0f, 1.0f);
    }
    return warped;
}

/// The ground distances in metres between pixel centres along x and y, one pair per grid row
/// (from the top), measured on the GRS80 ellipsoid: right for degrees, feet and Mercator alike.
std::vector<std::pair<double, double>> groundSpacing(const Crs& crs, const QRectF& extent, int rows,
                                                     double unitsPerPixel) {
    std::vector<double> x(std::size_t(rows) * 3), y(std::size_t(rows) * 3);
    for (int row = 0; row < rows; ++row) {
        const double centreY = extent.bottom() - (row + 0.5) * unitsPerPixel;
        const double centreX = extent.center().x();
        const std::size_t i = std::size_t(row) * 3;
        x[i] = x[i + 2] = centreX;
        x[i + 1] = centreX + unitsPerPixel;
        y[i] = y[i + 1] = centreY;
        y[i + 2] = centreY + unitsPerPixel;
    }
    try {
        CoordinateTransform(crs, Crs::wgs84()).transformInPlace(x.data(), y.data(), x.size());
    } catch (const Error&) {
        std::fill(x.begin(), x.end(), std::numeric_limits<double>::quiet_NaN());
    }
    constexpr double a = 6378137.0;
    constexpr double e2 = 0.006694380022900787;
    constexpr double toRadians = std::numbers::pi / 180.0;
    const auto distance = [&](std::size_t from, std::size_t to) {
        const double phi = y[from] * toRadians;
        const double w = 1.0 - e2 * std::sin(phi) * std::sin(phi);
        const double meridian = a * (1.0 - e2) / (w * std::sqrt(w));
        const double normal = a / std::sqrt(w);
        const double north = (y[to] - y[from]) * toRadians * meridian;
        const double east = (x[to] - x[from]) * toRadians * normal * std::cos(phi);
        const double d = std::hypot(north, east);
        return std::isfinite(d) && d > 0 ? d : unitsPerPixel;  // outside PROJ's domain: map units
    };
    std::vector<std::pair<double, double>> spacing(rows);
    for (int row = 0; row < rows; ++row) {
        const std::size_t i = std::size_t(row) * 3;
        spacing[row] = {distance(i, i + 1), distance(i, i + 2)};
    }
    return spacing;
}

QRgb premultiplied(double red, double green, double blue, double alpha) {
    const auto byte = [](double v) { return int(std::lround(std::clamp(v, 0.0, 255.0))); };
    return qPremultiply(qRgba(byte(red), byte(green), byte(blue), byte(alpha * 255.0)));
}

/// Band values to 0 … 255: bytes as they are, other types stretched over the band's range.
double toByte(const RasterSource& source, int band, float value) {
    if (source.dataType() == RasterDataType::Byte) {
        return value;
    }
    const RasterBand& info = source.bands()[band];
    const double range = info.maximum - info.minimum;
    return range > 0 ? (value - info.minimum) * 255.0 / range : 0.0;
}

bool paintRgb(const RasterSource& source, const WarpedRaster& warped, double opacity, QImage& image,
              const std::atomic<bool>& cancelled) {
    const bool colour = warped.bands.size() >= 3;
    const std::vector<float>& red = warped.bands[0];
    const std::vector<float>& green = warped.bands[colour ? 1 : 0];
    const std::vector<float>& blue = warped.bands[colour ? 2 : 0];
    for (int row = 0; row < image.height(); ++row) {
        if (cancelled.load(std::memory_order_relaxed)) {
            return false;
        }
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(row));
        for (int column = 0; column < image.width(); ++column) {
            const std::size_t i = std::size_t(row) * warped.width + column;
            line[column] = premultiplied(
                toByte(source, 0, red[i]), toByte(source, colour ? 1 : 0, green[i]),
                toByte(source, colour ? 2 : 0, blue[i]), warped.coverage[i] * opacity);
        }
    }
    return true;
}

bool paintElevation(const RasterStyle& style, const WarpedRaster& warped, int margin,
                    const std::vector<std::pair<double, double>>& spacing, QImage& image,
                    const std::atomic<bool>& cancelled) {
    ElevationGrid grid{warped.width, warped.height, warped.bands[0]};
    for (std::size_t i = 0; i < grid.values.size(); ++i) {
        if (!(warped.coverage[i] > 0)) {
            grid.values[i] = std::numeric_limits<float>::quiet_NaN();
        }
    }
    const bool shaded = margin > 0;
    const bool ramped = style.rendering != RasterRendering::Hillshade;
    const Hillshade hillshade(style.hillshade);
    std::vector<float> shades(std::size_t(std::max(0, grid.width - 2)), 1.0f);
    for (int row = 0; row < image.height(); ++row) {
        if (cancelled.load(std::memory_order_relaxed)) {
            return false;
        }
        const int gridRow = row + margin;
        if (shaded) {
            hillshade.shadeRow(grid, gridRow, spacing[gridRow].first, spacing[gridRow].second,
                               shades.data());
        }
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(row));
        for (int column = 0; column < image.width(); ++column) {
            const std::size_t i = std::size_t(gridRow) * grid.width + column + margin;
            const float value = grid.values[i];
            if (std::isnan(value)) {
                continue;  // the image is transparent already
            }
            const double alpha = warped.coverage[i] * style.opacity;
            const double shade = shaded ? shades[column] : 1.0;
            if (!ramped) {
                line[column] = premultiplied(shade * 255, shade * 255, shade * 255, alpha);
                continue;
            }
            const QColor c = style.ramp.colorAt(value);
            // Over a ramp the shade only darkens, and by at most half, so colours stay legible.
            const double light = shaded ? 0.5 + 0.5 * shade : 1.0;
            line[column] = premultiplied(c.red() * light, c.green() * light, c.blue() * light,
                                         alpha * c.alphaF());
        }
    }
    return true;
}

}  // namespace

RasterRenderer::RasterRenderer(std::shared_ptr<const RasterSource> source, RasterStyle style,
                               MapSettings settings)
    : source_(std::move(source)), style_(std::move(style)), settings_(std::move(settings)) {}

QImage RasterRenderer::render(const std::atomic<bool>& cancelled) const {
    if (cancelled.load()) {
        return {};
    }
    QImage image(settings_.outputSize, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    if (!settings_.isValid() || !source_) {
        return image;
    }
    const bool shaded = style_.rendering == RasterRendering::Hillshade ||
                        style_.rendering == RasterRendering::HillshadeAndRamp;
    // A one-pixel border all round, so that the shade at the image's edge has its neighbours.
    const int margin = shaded ? 1 : 0;
    const double unitsPerPixel = settings_.mapUnitsPerPixel();
    const double border = margin * unitsPerPixel;
    const QRectF extent = settings_.visibleExtent().adjusted(-border, -border, border, border);
    const QSize size = settings_.outputSize + QSize(2 * margin, 2 * margin);
    try {
        const QRectF rasterInMap =
            CoordinateTransform(source_->crs(), settings_.crs).transformBounds(source_->extent());
        if (!rasterInMap.isNull() && !rasterInMap.intersects(extent)) {
            return image;
        }
    } catch (const Error& error) {
        throw Error(QCoreApplication::translate("gis::RasterRenderer", "Raster %1: %2")
                        .arg(source_->path(), error.message()));
    }
    const std::optional<WarpedRaster> warped =
        warp(*source_, settings_.crs, extent, size, cancelled);
    if (!warped) {
        return {};
    }
    bool finished = false;
    if (style_.rendering == RasterRendering::Rgb) {
        finished = paintRgb(*source_, *warped, style_.opacity, image, cancelled);
    } else {
        const auto spacing =
            shaded ? groundSpacing(settings_.crs, extent, size.height(), unitsPerPixel)
                   : std::vector<std::pair<double, double>>();
        finished = paintElevation(style_, *warped, margin, spacing, image, cancelled);
    }
    return finished ? image : QImage();
}

}  // namespace gis
