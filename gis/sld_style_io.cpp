// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/sld_style_io.h"

#include "gis/error.h"
#include "gis/ogc_filter_xml.h"
#include "gis/sld_reader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QXmlStreamWriter>

#include <algorithm>
#include <cmath>

namespace gis {

namespace {

constexpr const char* kSld = "http://www.opengis.net/sld";
constexpr const char* kSe = "http://www.opengis.net/se";
constexpr const char* kXlink = "http://www.w3.org/1999/xlink";
constexpr const char* kXsi = "http://www.w3.org/2001/XMLSchema-instance";
constexpr double kMillimetresPerPoint = 25.4 / 72.0;

QString number(double value) {
    // Whole numbers (scale denominators above all) in full, others to six significant digits.
    if (value == std::round(value) && std::abs(value) < 1e15) {
        return QString::number(qint64(value));
    }
    return QString::number(value, 'g', 6);
}

double pixels(double millimetres) {
    return millimetres / kSldMillimetresPerPixel;
}

bool drawsStroke(const Symbol& symbol) {
    return symbol.strokeStyle != Qt::NoPen && symbol.strokeColor.alpha() > 0;
}

/// The names QGIS writes for hatches (after the GeoServer "shape://" marks).
const char* hatchMarkName(Hatch hatch) {
    switch (hatch) {
        case Hatch::Horizontal:
            return "horline";
        case Hatch::Vertical:
            return "line";
        case Hatch::Cross:
            return "cross";
        case Hatch::Slash:
            return "slash";
        case Hatch::Backslash:
            return "backslash";
        case Hatch::DiagonalCross:
            return "x";
        case Hatch::None:
            break;
    }
    return "";
}

/// Qt's dash patterns, in pen widths.
std::vector<double> dashPattern(Qt::PenStyle style) {
    switch (style) {
        case Qt::DashLine:
            return {4, 2};
        case Qt::DotLine:
            return {1, 2};
        case Qt::DashDotLine:
            return {4, 2, 1, 2};
        case Qt::DashDotDotLine:
            return {4, 2, 1, 2, 1, 2};
        default:
            return {};
    }
}

/// The intersection of two scale ranges (0 = no limit).
ScaleRange intersect(const ScaleRange& a, const ScaleRange& b) {
    const auto tighterMax = [](double x, double y) {
        return x <= 0 ? y : (y <= 0 ? x : std::min(x, y));
    };
    return {std::max(a.minDenominator, b.minDenominator),
            tighterMax(a.maxDenominator, b.maxDenominator)};
}

GeometryKind guessKind(const Style& style) {
    bool fills = false;
    for (const StyleRule& rule : style.rules) {
        if (!rule.symbol.svgMarker.isEmpty()) {
            return GeometryKind::Point;
        }
        fills = fills || rule.symbol.fillColor.alpha() > 0;
    }
    return fills ? GeometryKind::Polygon : GeometryKind::Line;
}

class SldWriter {
public:
    explicit SldWriter(QString* out) : xml_(out) {
        xml_.setAutoFormatting(true);
        xml_.setAutoFormattingIndent(2);
    }

    void write(const Style& style, const QString& layerName, GeometryKind kind) {
        xml_.writeStartDocument();
        xml_.writeDefaultNamespace(kSld);
        xml_.writeNamespace(kSe, "se");
        xml_.writeNamespace(OgcFilterXml::kNamespace, "ogc");
        xml_.writeNamespace(kXlink, "xlink");
        xml_.writeNamespace(kXsi, "xsi");
        xml_.writeStartElement(kSld, "StyledLayerDescriptor");
        xml_.writeAttribute("version", "1.1.0");
        xml_.writeAttribute(kXsi, "schemaLocation",
                            "http://www.opengis.net/sld "
                            "http://schemas.opengis.net/sld/1.1.0/StyledLayerDescriptor.xsd");
        xml_.writeStartElement(kSld, "NamedLayer");
        xml_.writeTextElement(kSe, "Name", layerName);
        xml_.writeStartElement(kSld, "UserStyle");
        xml_.writeTextElement(kSe, "Name", layerName);
        xml_.writeStartElement(kSe, "FeatureTypeStyle");
        for (const StyleRule& rule : style.rules) {
            writeRule(rule, style.scaleRange, kind);
        }
        if (style.label.enabled && !style.label.field.isEmpty()) {
            writeLabelRule(style.label, style.scaleRange);
        }
        xml_.writeEndElement();  // FeatureTypeStyle
        xml_.writeEndElement();  // UserStyle
        xml_.writeEndElement();  // NamedLayer
        xml_.writeEndElement();  // StyledLayerDescriptor
        xml_.writeEndDocument();
    }

private:
    void writeRuleHeader(const QString& label) {
        xml_.writeStartElement(kSe, "Rule");
        xml_.writeTextElement(kSe, "Name", label);
        xml_.writeStartElement(kSe, "Description");
        xml_.writeTextElement(kSe, "Title", label);
        xml_.writeEndElement();
    }

    void writeScaleRange(const ScaleRange& range) {
        if (range.minDenominator > 0) {
            xml_.writeTextElement(kSe, "MinScaleDenominator", number(range.minDenominator));
        }
        if (range.maxDenominator > 0) {
            xml_.writeTextElement(kSe, "MaxScaleDenominator", number(range.maxDenominator));
        }
    }

    void writeRule(const StyleRule& rule, const ScaleRange& layerRange, GeometryKind kind) {
        writeRuleHeader(rule.label);
        if (rule.isElse) {
            xml_.writeEmptyElement(kSe, "ElseFilter");
        } else if (!rule.filter.isEmpty()) {
            OgcFilterXml::write(xml_, rule.filter);
        }
        writeScaleRange(intersect(rule.scaleRange, layerRange));
        switch (kind) {
            case GeometryKind::Point:
                writePointSymbolizer(rule.symbol);
                break;
            case GeometryKind::Line:
                writeLineSymbolizer(rule.symbol);
                break;
            default:
                writePolygonSymbolizer(rule.symbol);
        }
        xml_.writeEndElement();  // Rule
    }

    void writeParameter(const char* name, const QString& value) {
        xml_.writeStartElement(kSe, "SvgParameter");
        xml_.writeAttribute("name", name);
        xml_.writeCharacters(value);
        xml_.writeEndElement();
    }

    void writeColor(const char* colorName, const char* opacityName, const QColor& color) {
        writeParameter(colorName, color.name(QColor::HexRgb));
        if (color.alpha() < 255) {
            writeParameter(opacityName, number(color.alphaF()));
        }
    }

    void writeStroke(const Symbol& symbol) {
        if (!drawsStroke(symbol)) {
            return;
        }
        const double width = pixels(symbol.strokeWidthMm);
        xml_.writeStartElement(kSe, "Stroke");
        writeColor("stroke", "stroke-opacity", symbol.strokeColor);
        writeParameter("stroke-width", number(width));
        writeParameter("stroke-linejoin", "round");
        writeParameter("stroke-linecap", "round");
        QStringList dashes;
        for (double dash : dashPattern(symbol.strokeStyle)) {
            dashes << number(dash * std::max(1.0, width));
        }
        if (!dashes.isEmpty()) {
            writeParameter("stroke-dasharray", dashes.join(QLatin1Char(' ')));
        }
        xml_.writeEndElement();
    }

    void writeFill(const QColor& color, Hatch hatch) {
        if (color.alpha() == 0) {
            return;
        }
        xml_.writeStartElement(kSe, "Fill");
        if (hatch == Hatch::None) {
            writeColor("fill", "fill-opacity", color);
        } else {
            xml_.writeStartElement(kSe, "GraphicFill");
            xml_.writeStartElement(kSe, "Graphic");
            xml_.writeStartElement(kSe, "Mark");
            xml_.writeTextElement(kSe, "WellKnownName", hatchMarkName(hatch));
            Symbol lines;
            lines.strokeColor = color;
            lines.strokeWidthMm = kSldMillimetresPerPixel;
            writeStroke(lines);
            xml_.writeEndElement();  // Mark
            xml_.writeTextElement(kSe, "Size", "8");
            xml_.writeEndElement();  // Graphic
            xml_.writeEndElement();  // GraphicFill
        }
        xml_.writeEndElement();
    }

    void writePointSymbolizer(const Symbol& symbol) {
        xml_.writeStartElement(kSe, "PointSymbolizer");
        xml_.writeStartElement(kSe, "Graphic");
        if (!symbol.svgMarker.isEmpty()) {
            xml_.writeStartElement(kSe, "ExternalGraphic");
            xml_.writeEmptyElement(kSe, "OnlineResource");
            xml_.writeAttribute(kXlink, "type", "simple");
            xml_.writeAttribute(kXlink, "href", symbol.svgMarker);
            xml_.writeTextElement(kSe, "Format", "image/svg+xml");
            xml_.writeEndElement();
        }
        // After an SVG, the mark is the fallback for readers that cannot find the picture.
        xml_.writeStartElement(kSe, "Mark");
        const char* names[] = {"circle", "square", "triangle", "star", "square"};
        xml_.writeTextElement(kSe, "WellKnownName", names[int(symbol.markerShape)]);
        writeFill(symbol.fillColor, symbol.hatch);
        writeStroke(symbol);
        xml_.writeEndElement();
        xml_.writeTextElement(kSe, "Size", number(pixels(symbol.markerSizeMm)));
        if (symbol.markerShape == MarkerShape::Diamond) {
            // SE has no diamond: a square turned by 45°.
            xml_.writeTextElement(kSe, "Rotation", "45");
        }
        xml_.writeEndElement();  // Graphic
        xml_.writeEndElement();  // PointSymbolizer
    }

    void writeLineSymbolizer(const Symbol& symbol) {
        xml_.writeStartElement(kSe, "LineSymbolizer");
        writeStroke(symbol);
        xml_.writeEndElement();
    }

    void writePolygonSymbolizer(const Symbol& symbol) {
        xml_.writeStartElement(kSe, "PolygonSymbolizer");
        writeFill(symbol.fillColor, symbol.hatch);
        writeStroke(symbol);
        xml_.writeEndElement();
    }

    void writeLabelRule(const LabelStyle& label, const ScaleRange& range) {
        writeRuleHeader(label.field);
        writeScaleRange(range);
        xml_.writeStartElement(kSe, "TextSymbolizer");
        xml_.writeStartElement(kSe, "Label");
        xml_.writeTextElement(OgcFilterXml::kNamespace, "PropertyName", label.field);
        xml_.writeEndElement();
        xml_.writeStartElement(kSe, "Font");
        writeParameter("font-family", label.fontFamily);
        writeParameter("font-size", number(pixels(label.fontSizePt * kMillimetresPerPoint)));
        if (label.bold) {
            writeParameter("font-weight", "bold");
        }
        xml_.writeEndElement();
        if (label.placement == LabelPlacement::AlongLine) {
            // SE's way of saying the label follows the line; absent, readers place it at a point.
            xml_.writeStartElement(kSe, "LabelPlacement");
            xml_.writeStartElement(kSe, "LinePlacement");
            xml_.writeTextElement(kSe, "IsRepeated", "true");
            xml_.writeEndElement();
            xml_.writeEndElement();
        }
        if (label.haloWidthMm > 0) {
            xml_.writeStartElement(kSe, "Halo");
            xml_.writeTextElement(kSe, "Radius", number(pixels(label.haloWidthMm)));
            writeFill(label.haloColor, Hatch::None);
            xml_.writeEndElement();
        }
        writeFill(label.color, Hatch::None);
        xml_.writeEndElement();  // TextSymbolizer
        xml_.writeEndElement();  // Rule
    }

    QXmlStreamWriter xml_;
};

}  // namespace

Style readSld(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw Error(QCoreApplication::translate("gis::SldStyleIo", "Cannot read %1: %2")
                        .arg(path, file.errorString()));
    }
    return SldReader(file.readAll(), path, QFileInfo(path).absolutePath()).read();
}

Style readSldFromString(const QString& xml, const QString& sourceName,
                        const QString& baseDirectory) {
    const QString source = sourceName.isEmpty()
                               ? QCoreApplication::translate("gis::SldStyleIo", "SLD text")
                               : sourceName;
    return SldReader(xml, source, baseDirectory).read();
}

QString writeSld(const Style& style, const QString& layerName, GeometryKind kind) {
    const Style rules = style.toRuleBased();
    QString out;
    SldWriter(&out).write(rules, layerName,
                          kind == GeometryKind::Unknown ? guessKind(rules) : kind);
    return out;
}

void writeSldFile(const Style& style, const QString& layerName, GeometryKind kind,
                  const QString& path) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(writeSld(style, layerName, kind).toUtf8()) < 0 || !file.commit()) {
        throw Error(QCoreApplication::translate("gis::SldStyleIo", "Cannot write %1: %2")
                        .arg(path, file.errorString()));
    }
}

}  // namespace gis
