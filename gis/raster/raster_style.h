// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QJsonObject>

#include <vector>

namespace gis {

/// How a raster's values become colours: a DEM's first band shaded, coloured by a ramp, or both
/// (the ramp darkened by the shade); or bands 1–3 shown as red, green and blue.
enum class RasterRendering { Hillshade, ColorRamp, HillshadeAndRamp, Rgb };

/// The sun for a hillshade: azimuth clockwise from north and altitude above the horizon, in
/// degrees. `zFactor` scales elevations to the ground unit (metres); the ground distance per pixel
/// is worked out from the map CRS, degrees included.
struct HillshadeParameters {
    double azimuthDegrees = 315.0;
    double altitudeDegrees = 45.0;
    double zFactor = 1.0;

    bool operator==(const HillshadeParameters&) const = default;
};

struct ColorStop {
    double value = 0;
    QColor color;

    bool operator==(const ColorStop&) const = default;
};

/// Value → colour by linear interpolation (red, green, blue and alpha) between stops kept sorted by
/// value; values beyond the ends take the end colours.
class ColorRamp {
public:
    ColorRamp() = default;
    explicit ColorRamp(std::vector<ColorStop> stops);

    /// Green lowlands through the yellow-brown Loess Plateau to bare rock and the snow of the
    /// Qilian peaks: the region's 1500–5000 m.
    static ColorRamp hypsometric();

    const std::vector<ColorStop>& stops() const { return stops_; }
    bool isEmpty() const { return stops_.empty(); }
    /// Transparent when the ramp has no stops.
    QColor colorAt(double value) const;

    bool operator==(const ColorRamp&) const = default;

private:
    std::vector<ColorStop> stops_;
};

/// A raster layer's symbology. A value type: render snapshots copy it, so edits never race a
/// worker thread. `opacity` applies to the raster's own picture and multiplies with the layer's.
struct RasterStyle {
    RasterRendering rendering = RasterRendering::HillshadeAndRamp;
    HillshadeParameters hillshade;
    ColorRamp ramp = ColorRamp::hypsometric();
    double opacity = 1.0;

    bool operator==(const RasterStyle&) const = default;

    QJsonObject toJson() const;
    /// Missing keys take their defaults; throws gis::Error on a malformed document.
    static RasterStyle fromJson(const QJsonObject& json);
};

}  // namespace gis
