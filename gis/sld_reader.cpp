// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/sld_reader.h"

#include "gis/error.h"
#include "gis/ogc_filter_xml.h"
#include "gis/sld_style_io.h"

#include <QDir>
#include <QRegularExpression>
#include <QUrl>

#include <cmath>

namespace gis {

namespace {

constexpr double kMillimetresPerPoint = 25.4 / 72.0;
constexpr const char* kXlink = "http://www.w3.org/1999/xlink";

/// GeoServer's "shape://horline" and QGIS's "horline" (FOSS4G 2010 names) alike.
Hatch hatchFromMarkName(QString name) {
    static const std::pair<const char*, Hatch> kNames[] = {
        {"horline", Hatch::Horizontal},  {"line", Hatch::Vertical},
        {"vertline", Hatch::Vertical},   {"cross", Hatch::Cross},
        {"plus", Hatch::Cross},          {"slash", Hatch::Slash},
        {"backslash", Hatch::Backslash}, {"x", Hatch::DiagonalCross},
        {"times", Hatch::DiagonalCross}};
    name = name.trimmed().toLower().remove(QStringLiteral("shape://"));
    for (const auto& [markName, hatch] : kNames) {
        if (name == QLatin1String(markName)) {
            return hatch;
        }
    }
    return Hatch::None;
}

/// SE well-known names; a square turned by 45° is a diamond. Unknown names draw a square, as
/// the SE default mark.
MarkerShape markerFromName(const QString& name, double rotation) {
    static const std::pair<const char*, MarkerShape> kNames[] = {
        {"circle", MarkerShape::Circle},
        {"triangle", MarkerShape::Triangle},
        {"star", MarkerShape::Star},
        {"diamond", MarkerShape::Diamond}};
    for (const auto& [markName, shape] : kNames) {
        if (name.trimmed().compare(QLatin1String(markName), Qt::CaseInsensitive) == 0) {
            return shape;
        }
    }
    const double turn = std::fmod(std::abs(rotation), 90.0);
    return std::abs(turn - 45.0) < 1.0 ? MarkerShape::Diamond : MarkerShape::Square;
}

/// The Qt pen style closest to an SVG dash array (QGIS writes Qt's patterns scaled by the width).
Qt::PenStyle penStyleFromDashes(const QString& dashes) {
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    const QStringList parts = dashes.split(separators, Qt::SkipEmptyParts);
    switch (parts.size()) {
        case 0:
            return Qt::SolidLine;
        case 1:
            return Qt::DashLine;
        case 2:
        case 3:
            return parts[0].toDouble() < parts[1].toDouble() ? Qt::DotLine : Qt::DashLine;
        case 4:
        case 5:
            return Qt::DashDotLine;
        default:
            return Qt::DashDotDotLine;
    }
}

QColor withOpacity(QColor color, double opacity) {
    color.setAlphaF(float(std::clamp(opacity, 0.0, 1.0)));
    return color;
}

}  // namespace

SldReader::SldReader(const QByteArray& xml, QString source, QString baseDirectory)
    : xml_(xml), source_(std::move(source)), baseDirectory_(std::move(baseDirectory)) {}

SldReader::SldReader(const QString& xml, QString source, QString baseDirectory)
    : xml_(xml), source_(std::move(source)), baseDirectory_(std::move(baseDirectory)) {}

void SldReader::fail(const QString& problem) const {
    const QString name = xml_.name().toString();
    throw Error(
        name.isEmpty()
            ? tr("%1, line %2: %3").arg(source_).arg(xml_.lineNumber()).arg(problem)
            : tr("%1, line %2, <%3>: %4").arg(source_).arg(xml_.lineNumber()).arg(name, problem));
}

void SldReader::checkXml() const {
    if (xml_.hasError()) {
        fail(xml_.errorString());
    }
}

bool SldReader::isNamed(const char* name) const {
    return xml_.name() == QLatin1String(name);
}

Style SldReader::read() {
    if (!xml_.readNextStartElement()) {
        checkXml();
        fail(tr("the document is empty"));
    }
    if (!isNamed("StyledLayerDescriptor")) {
        fail(tr("not an SLD document (expected <StyledLayerDescriptor>)"));
    }
    while (xml_.readNextStartElement()) {
        if (isNamed("NamedLayer") || isNamed("UserLayer")) {
            readLayer();
        } else {
            xml_.skipCurrentElement();
        }
    }
    checkXml();
    if (!haveUserStyle_) {
        fail(tr("the document has no UserStyle"));
    }
    if (style_.rules.empty()) {
        // Only labels: the features themselves stay invisible, as in the SLD.
        style_.defaultSymbol.strokeStyle = Qt::NoPen;
        style_.defaultSymbol.fillColor = Qt::transparent;
    }
    return style_;
}

void SldReader::readLayer() {
    while (xml_.readNextStartElement()) {
        if (isNamed("UserStyle") && !haveUserStyle_) {
            readUserStyle();
        } else {
            xml_.skipCurrentElement();
        }
    }
    checkXml();
}

void SldReader::readUserStyle() {
    haveUserStyle_ = true;
    while (xml_.readNextStartElement()) {
        if (isNamed("FeatureTypeStyle")) {
            readFeatureTypeStyle();
        } else {
            xml_.skipCurrentElement();
        }
    }
    checkXml();
}

void SldReader::readFeatureTypeStyle() {
    while (xml_.readNextStartElement()) {
        if (isNamed("Rule")) {
            readRule();
        } else {
            xml_.skipCurrentElement();
        }
    }
    checkXml();
}

void SldReader::readRule() {
    StyleRule rule;
    QString name;
    // An SLD rule draws nothing its symbolizers do not ask for.
    rule.symbol.strokeStyle = Qt::NoPen;
    rule.symbol.fillColor = Qt::transparent;
    int symbolizers = 0;
    bool drawsLinesOrAreas = false;
    while (xml_.readNextStartElement()) {
        if (isNamed("Name")) {
            name = xml_.readElementText().trimmed();
        } else if (isNamed("Title")) {
            rule.label = xml_.readElementText().trimmed();
        } else if (isNamed("Description")) {
            while (xml_.readNextStartElement()) {
                if (isNamed("Title")) {
                    rule.label = xml_.readElementText().trimmed();
                } else {
                    xml_.skipCurrentElement();
                }
            }
        } else if (isNamed("Filter")) {
            rule.filter = OgcFilterXml::read(xml_, source_);
        } else if (isNamed("ElseFilter")) {
            rule.isElse = true;
            xml_.skipCurrentElement();
        } else if (isNamed("MinScaleDenominator")) {
            rule.scaleRange.minDenominator = readNumber();
        } else if (isNamed("MaxScaleDenominator")) {
            rule.scaleRange.maxDenominator = readNumber();
        } else if (isNamed("PointSymbolizer")) {
            // A marker's colours only count when no line or area symbolizer gave them.
            readPointSymbolizer(rule.symbol, !drawsLinesOrAreas);
            ++symbolizers;
        } else if (isNamed("LineSymbolizer")) {
            readLineSymbolizer(rule.symbol);
            drawsLinesOrAreas = true;
            ++symbolizers;
        } else if (isNamed("PolygonSymbolizer")) {
            readPolygonSymbolizer(rule.symbol);
            drawsLinesOrAreas = true;
            ++symbolizers;
        } else if (isNamed("TextSymbolizer")) {
            readTextSymbolizer();
        } else {
            xml_.skipCurrentElement();
        }
    }
    checkXml();
    if (rule.label.isEmpty()) {
        rule.label = name;
    }
    if (symbolizers > 0) {
        style_.rules.push_back(rule);
    }
}

void SldReader::readPointSymbolizer(Symbol& symbol, bool takeColours) {
    while (xml_.readNextStartElement()) {
        if (isNamed("Graphic")) {
            readGraphic(symbol, takeColours);
        } else {
            xml_.skipCurrentElement();
        }
    }
    checkXml();
}

void SldReader::readGraphic(Symbol& symbol, bool takeColours) {
    // SE draws the first graphic it can; a mark after an SVG is its fallback, so it still gives
    // the shape and colours (used where the SVG cannot be drawn, and by legends).
    bool haveGraphic = false;
    bool haveMark = false;
    QString shapeName;
    double rotation = 0;
    while (xml_.readNextStartElement()) {
        if (isNamed("Mark") && !haveMark) {
            Symbol mark = symbol;
            readMark(mark, shapeName);
            if (takeColours) {
                symbol.fillColor = mark.fillColor;
                symbol.strokeColor = mark.strokeColor;
                symbol.strokeWidthMm = mark.strokeWidthMm;
                symbol.strokeStyle = mark.strokeStyle;
            }
            if (!haveGraphic) {
                symbol.svgMarker.clear();
            }
            haveMark = true;
            haveGraphic = true;
        } else if (isNamed("ExternalGraphic") && !haveGraphic) {
            // Pictures other than SVG are not drawn; the next Mark or ExternalGraphic is used.
            const QString path = readExternalGraphic();
            if (!path.isEmpty()) {
                symbol.svgMarker = path;
                haveGraphic = true;
            }
        } else if (isNamed("Size")) {
            symbol.markerSizeMm = readNumber() * kSldMillimetresPerPixel;
        } else if (isNamed("Rotation")) {
            rotation = readNumber();
        } else {
            xml_.skipCurrentElement();
        }
    }
    checkXml();
    if (haveMark) {
        symbol.markerShape = markerFromName(shapeName, rotation);
    }
}

void SldReader::readMark(Symbol& mark, QString& shapeName) {
    shapeName = QStringLiteral("square");
    bool painted = false;
    mark.fillColor = Qt::transparent;
    mark.strokeStyle = Qt::NoPen;
    while (xml_.readNextStartElement()) {
        if (isNamed("WellKnownName")) {
            shapeName = xml_.readElementText().trimmed();
        } else if (isNamed("Fill")) {
            readFill(mark.fillColor, QColor(128, 128, 128), nullptr);
            painted = true;
        } else if (isNamed("Stroke")) {
            readStroke(mark);
            painted = true;
        } else {
            xml_.skipCurrentElement();
        }
    }
    checkXml();
    if (!painted) {
        // SE: a mark with neither fill nor stroke is grey with a black outline.
        mark.fillColor = QColor(128, 128, 128);
        mark.strokeColor = Qt::black;
        mark.strokeWidthMm = kSldMillimetresPerPixel;
        mark.strokeStyle = Qt::SolidLine;
    }
}

QString SldReader::readExternalGraphic() {
    QString href;
    QString format;
    while (xml_.readNextStartElement()) {
        if (isNamed("OnlineResource")) {
            href = xml_.attributes().value(kXlink, "href").toString().trimmed();
            if (href.isEmpty()) {
                href = xml_.attributes().value("href").toString().trimmed();
            }
            xml_.skipCurrentElement();
        } else if (isNamed("Format")) {
            format = xml_.readElementText().trimmed();
        } else {
            xml_.skipCurrentElement();
        }
    }
    checkXml();
    const bool isSvg = format.contains(QLatin1String("svg"), Qt::CaseInsensitive) ||
                       href.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive);
    if (href.isEmpty() || !isSvg) {
        return {};
    }
    if (href.startsWith(QLatin1String("file:"))) {
        return QUrl(href).toLocalFile();
    }
    const QDir base(baseDirectory_);
    if (!href.startsWith(QLatin1String(":/")) && QDir::isRelativePath(href) &&
        !baseDirectory_.isEmpty() && base.exists(href)) {
        return base.absoluteFilePath(href);
    }
    return href;
}

void SldReader::readLineSymbolizer(Symbol& symbol) {
    while (xml_.readNextStartElement()) {
        if (isNamed("Stroke")) {
            readStroke(symbol);
        } else {
            xml_.skipCurrentElement();
        }
    }
    checkXml();
}

void SldReader::readPolygonSymbolizer(Symbol& symbol) {
    while (xml_.readNextStartElement()) {
        if (isNamed("Fill")) {
            readFill(symbol.fillColor, QColor(128, 128, 128), &symbol.hatch);
        } else if (isNamed("Stroke")) {
            readStroke(symbol);
        } else {
            xml_.skipCurrentElement();
        }
    }
    checkXml();
}

void SldReader::readStroke(Symbol& symbol) {
    QColor color = Qt::black;
    double opacity = 1;
    double widthPixels = 1;
    QString dashes;
    while (xml_.readNextStartElement()) {
        if (isNamed("SvgParameter") || isNamed("CssParameter")) {
            const auto [name, value] = readParameter();
            if (name == QLatin1String("stroke")) {
                color = toColor(value);
            } else if (name == QLatin1String("stroke-opacity")) {
                opacity = toNumber(value);
            } else if (name == QLatin1String("stroke-width")) {
                widthPixels = toNumber(value);
            } else if (name == QLatin1String("stroke-dasharray")) {
                dashes = value;
            }
        } else {
            xml_.skipCurrentElement();
        }
    }
    checkXml();
    symbol.strokeColor = withOpacity(color, opacity);
    symbol.strokeWidthMm = widthPixels * kSldMillimetresPerPixel;
    symbol.strokeStyle = penStyleFromDashes(dashes);
}

void SldReader::readFill(QColor& color, const QColor& fallback, Hatch* hatch) {
    QColor fill = fallback;
    double opacity = 1;
    if (hatch) {
        *hatch = Hatch::None;
    }
    while (xml_.readNextStartElement()) {
        if (isNamed("SvgParameter") || isNamed("CssParameter")) {
            const auto [name, value] = readParameter();
            if (name == QLatin1String("fill")) {
                fill = toColor(value);
            } else if (name == QLatin1String("fill-opacity")) {
                opacity = toNumber(value);
            }
        } else if (isNamed("GraphicFill") && hatch) {
            readHatch(fill, *hatch);
        } else {
            xml_.skipCurrentElement();
        }
    }
    checkXml();
    color = withOpacity(fill, opacity);
}

void SldReader::readHatch(QColor& color, Hatch& hatch) {
    // GraphicFill / Graphic / Mark: the mark's name is the hatch, its stroke colour the lines'.
    while (xml_.readNextStartElement()) {
        if (isNamed("Graphic")) {
            readHatch(color, hatch);
        } else if (isNamed("Mark")) {
            Symbol mark;
            QString shapeName;
            readMark(mark, shapeName);
            hatch = hatchFromMarkName(shapeName);
            color = mark.strokeStyle != Qt::NoPen ? mark.strokeColor : mark.fillColor;
        } else {
            xml_.skipCurrentElement();
        }
    }
    checkXml();
}

void SldReader::readTextSymbolizer() {
    if (haveLabel_) {
        xml_.skipCurrentElement();
        return;
    }
    LabelStyle label = style_.label;
    label.bold = false;
    label.haloWidthMm = 0;
    label.color = Qt::black;
    label.placement = LabelPlacement::Horizontal;
    while (xml_.readNextStartElement()) {
        if (isNamed("Label")) {
            while (xml_.readNextStartElement()) {
                if (isNamed("PropertyName")) {
                    label.field = xml_.readElementText().trimmed();
                } else {
                    xml_.skipCurrentElement();
                }
            }
        } else if (isNamed("Font")) {
            while (xml_.readNextStartElement()) {
                if (!isNamed("SvgParameter") && !isNamed("CssParameter")) {
                    xml_.skipCurrentElement();
                    continue;
                }
                const auto [name, value] = readParameter();
                if (name == QLatin1String("font-family")) {
                    label.fontFamily = value.section(QLatin1Char(','), 0, 0).remove(u'"').trimmed();
                } else if (name == QLatin1String("font-size")) {
                    label.fontSizePt =
                        toNumber(value) * kSldMillimetresPerPixel / kMillimetresPerPoint;
                } else if (name == QLatin1String("font-weight")) {
                    label.bold = value == QLatin1String("bold") || value.toInt() >= 600;
                }
            }
        } else if (isNamed("LabelPlacement")) {
            while (xml_.readNextStartElement()) {
                if (isNamed("LinePlacement")) {
                    label.placement = LabelPlacement::AlongLine;
                } else if (isNamed("PointPlacement")) {
                    label.placement = LabelPlacement::Horizontal;
                }
                xml_.skipCurrentElement();
            }
        } else if (isNamed("Halo")) {
            double radiusPixels = 1;
            label.haloColor = Qt::white;
            while (xml_.readNextStartElement()) {
                if (isNamed("Radius")) {
                    radiusPixels = readNumber();
                } else if (isNamed("Fill")) {
                    readFill(label.haloColor, Qt::white, nullptr);
                } else {
                    xml_.skipCurrentElement();
                }
            }
            label.haloWidthMm = radiusPixels * kSldMillimetresPerPixel;
        } else if (isNamed("Fill")) {
            readFill(label.color, Qt::black, nullptr);
        } else {
            xml_.skipCurrentElement();
        }
    }
    checkXml();
    label.enabled = !label.field.isEmpty();
    style_.label = label;
    haveLabel_ = true;
}

std::pair<QString, QString> SldReader::readParameter() {
    const QString name = xml_.attributes().value("name").toString();
    return {name, xml_.readElementText(QXmlStreamReader::IncludeChildElements).trimmed()};
}

double SldReader::readNumber() {
    return toNumber(xml_.readElementText(QXmlStreamReader::IncludeChildElements).trimmed());
}

double SldReader::toNumber(const QString& text) {
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value)) {
        fail(tr("\"%1\" is not a number").arg(text));
    }
    return value;
}

QColor SldReader::toColor(const QString& text) {
    const QColor color = QColor::fromString(text);
    if (!color.isValid()) {
        fail(tr("\"%1\" is not a colour").arg(text));
    }
    return color;
}

}  // namespace gis
