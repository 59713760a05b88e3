// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/raster/raster_style.h"

#include "gis/error.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace gis {

namespace {

constexpr RasterRendering kRenderings[] = {RasterRendering::Hillshade, RasterRendering::ColorRamp,
                                           RasterRendering::HillshadeAndRamp, RasterRendering::Rgb};

const char* renderingName(RasterRendering rendering) {
    switch (rendering) {
        case RasterRendering::Hillshade:
            return "hillshade";
        case RasterRendering::ColorRamp:
            return "colorRamp";
        case RasterRendering::Rgb:
            return "rgb";
        case RasterRendering::HillshadeAndRamp:
            break;
    }
    return "hillshadeAndRamp";
}

RasterRendering renderingFromName(const QString& name) {
    for (const RasterRendering rendering : kRenderings) {
        if (name == QLatin1String(renderingName(rendering))) {
            return rendering;
        }
    }
    throw Error(QCoreApplication::translate("gis::RasterStyle", "Unknown raster rendering \"%1\"")
                    .arg(name));
}

QColor colorFromJson(const QJsonValue& value) {
    const QColor color = QColor::fromString(value.toString());
    if (!value.isString() || !color.isValid()) {
        throw Error(QCoreApplication::translate("gis::RasterStyle",
                                                "Invalid colour \"%1\" in a colour ramp")
                        .arg(value.toString()));
    }
    return color;
}

int mix(int a, int b, double t) {
    return int(std::lround(a + (b - a) * t));
}

}  // namespace

ColorRamp::ColorRamp(std::vector<ColorStop> stops) : stops_(std::move(stops)) {
    std::stable_sort(stops_.begin(), stops_.end(),
                     [](const ColorStop& a, const ColorStop& b) { return a.value < b.value; });
}

ColorRamp ColorRamp::hypsometric() {
    return ColorRamp({{1500, QColor(112, 153, 89)},
                      {2000, QColor(170, 190, 110)},
                      {2500, QColor(225, 215, 150)},
                      {3000, QColor(205, 165, 105)},
                      {3500, QColor(165, 115, 75)},
                      {4000, QColor(135, 105, 95)},
                      {4500, QColor(190, 182, 178)},
                      {5000, QColor(250, 250, 250)}});
}

QColor ColorRamp::colorAt(double value) const {
    if (stops_.empty()) {
        return Qt::transparent;
    }
    if (!(value > stops_.front().value)) {  // NaN falls here too
        return stops_.front().color;
    }
    if (value >= stops_.back().value) {
        return stops_.back().color;
    }
    const auto upper =
        std::upper_bound(stops_.begin(), stops_.end(), value,
                         [](double v, const ColorStop& stop) { return v < stop.value; });
    const ColorStop& high = *upper;
    const ColorStop& low = *(upper - 1);
    const double t = (value - low.value) / (high.value - low.value);
    return QColor(
        mix(low.color.red(), high.color.red(), t), mix(low.color.green(), high.color.green(), t),
        mix(low.color.blue(), high.color.blue(), t), mix(low.color.alpha(), high.color.alpha(), t));
}

QJsonObject RasterStyle::toJson() const {
    QJsonArray stops;
    for (const ColorStop& stop : ramp.stops()) {
        stops.append(
            QJsonObject{{"value", stop.value}, {"color", stop.color.name(QColor::HexArgb)}});
    }
    return {{"rendering", renderingName(rendering)},
            {"hillshade", QJsonObject{{"azimuth", hillshade.azimuthDegrees},
                                      {"altitude", hillshade.altitudeDegrees},
                                      {"zFactor", hillshade.zFactor}}},
            {"ramp", stops},
            {"opacity", opacity}};
}

RasterStyle RasterStyle::fromJson(const QJsonObject& json) {
    RasterStyle style;
    if (json.contains("rendering")) {
        style.rendering = renderingFromName(json.value("rendering").toString());
    }
    const QJsonObject shade = json.value("hillshade").toObject();
    style.hillshade.azimuthDegrees =
        shade.value("azimuth").toDouble(style.hillshade.azimuthDegrees);
    style.hillshade.altitudeDegrees =
        shade.value("altitude").toDouble(style.hillshade.altitudeDegrees);
    style.hillshade.zFactor = shade.value("zFactor").toDouble(style.hillshade.zFactor);
    if (json.contains("ramp")) {
        std::vector<ColorStop> stops;
        for (const QJsonValue& value : json.value("ramp").toArray()) {
            const QJsonObject stop = value.toObject();
            if (!stop.value("value").isDouble()) {
                throw Error(QCoreApplication::translate("gis::RasterStyle",
                                                        "A colour ramp stop has no numeric value"));
            }
            stops.push_back({stop.value("value").toDouble(), colorFromJson(stop.value("color"))});
        }
        style.ramp = ColorRamp(std::move(stops));
    }
    style.opacity = std::clamp(json.value("opacity").toDouble(style.opacity), 0.0, 1.0);
    return style;
}

}  // namespace gis
