// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/layout/legend_item.h"

#include "gis/coordinate_transform.h"
#include "gis/error.h"
#include "gis/geometry_painter.h"
#include "gis/layout/layout_paint_context.h"

#include <QJsonArray>

#include <algorithm>
#include <set>

namespace gis {

namespace {

constexpr double kPatchWidthMm = 8;
constexpr double kPatchHeightMm = 4.2;
constexpr double kRowGapMm = 1.6;
constexpr double kColumnGapMm = 5;
constexpr double kPaddingMm = 3;

/// The symbols of `layer` that draw at least one feature inside the frame's view.
std::set<const Symbol*> symbolsInView(const MapLayer& layer, const MapFrameState& frame) {
    std::set<const Symbol*> used;
    const QRectF view = CoordinateTransform(frame.settings.crs, layer.source->crs())
                            .transformBounds(frame.settings.visibleExtent());
    if (view.isNull()) {
        return used;
    }
    const QStringList columns = layer.style.requiredColumns();
    const std::unique_ptr<FeatureIterator> features = layer.source->query({view, columns});
    Feature feature;
    std::vector<const Symbol*> symbols;
    while (features->next(feature)) {
        layer.style.symbolsFor(AttributeLookup(columns, feature.attributes), frame.scaleDenominator,
                               symbols);
        used.insert(symbols.begin(), symbols.end());
    }
    return used;
}

/// Draws a legend patch as vectors with the map's own GeometryPainter, so it matches the map.
void drawPatch(QPainter& painter, const LegendEntry& entry, const QRectF& box, double dpi) {
    const CoordinateTransform identity(Crs::wgs84(), Crs::wgs84());
    GeometryPainter geometryPainter(identity, QTransform(), dpi / 25.4, QRectF());
    switch (entry.geometry) {
        case GeometryKind::Point: {
            Symbol symbol = entry.symbol;
            symbol.markerSizeMm = std::min(symbol.markerSizeMm, kPatchHeightMm * 1.15);
            geometryPainter.draw(painter, OGRPoint(box.center().x(), box.center().y()), symbol);
            break;
        }
        case GeometryKind::Line: {
            OGRLineString line;
            line.addPoint(box.left(), box.center().y());
            line.addPoint(box.right(), box.center().y());
            geometryPainter.draw(painter, line, entry.symbol);
            break;
        }
        default: {
            OGRLinearRing ring;
            ring.addPoint(box.left(), box.top());
            ring.addPoint(box.right(), box.top());
            ring.addPoint(box.right(), box.bottom());
            ring.addPoint(box.left(), box.bottom());
            ring.closeRings();
            OGRPolygon patch;
            patch.addRing(&ring);
            geometryPainter.draw(painter, patch, entry.symbol);
        }
    }
}

}  // namespace

std::unique_ptr<LayoutItem> LegendItem::clone() const {
    return std::make_unique<LegendItem>(*this);
}

std::vector<LegendEntry> LegendItem::entries(const MapFrameState& frame) const {
    std::vector<LegendEntry> all;
    for (auto layer = frame.layers.rbegin(); layer != frame.layers.rend(); ++layer) {
        if (!layer->visible || !layer->source) {
            continue;
        }
        const GeometryKind geometry = layer->source->geometryKind();
        const Style& style = layer->style;
        std::set<const Symbol*> used;
        if (onlyInFrame) {
            used = symbolsInView(*layer, frame);
        }
        const auto add = [&](const QString& key, const QString& label, const Symbol& symbol) {
            if (!onlyInFrame || used.count(&symbol) > 0) {
                all.push_back({key, label, symbol, geometry});
            }
        };
        switch (style.kind()) {
            case StyleKind::Single:
                add(layer->id, layer->name, style.defaultSymbol);
                break;
            case StyleKind::Categorized:
                for (const Category& category : style.categories) {
                    add(layer->id + u'/' + category.value.toString(), category.label,
                        category.symbol);
                }
                break;
            case StyleKind::Graduated:
                for (std::size_t i = 0; i < style.classes.size(); ++i) {
                    add(layer->id + QStringLiteral("/#%1").arg(i), style.classes[i].label,
                        style.classes[i].symbol);
                }
                break;
            case StyleKind::RuleBased:
                for (std::size_t i = 0; i < style.rules.size(); ++i) {
                    add(layer->id + QStringLiteral("/#%1").arg(i), style.rules[i].label,
                        style.rules[i].symbol);
                }
                break;
        }
    }
    std::vector<LegendEntry> result;
    for (const QString& key : order) {
        const auto found = std::find_if(all.begin(), all.end(),
                                        [&key](const LegendEntry& e) { return e.key == key; });
        if (found != all.end()) {
            result.push_back(*found);
        }
    }
    for (const LegendEntry& entry : all) {
        if (!order.contains(entry.key)) {
            result.push_back(entry);
        }
    }
    std::vector<LegendEntry> shown;
    for (LegendEntry& entry : result) {
        if (hidden.contains(entry.key) || entry.label.isEmpty()) {
            continue;
        }
        entry.label = labels.value(entry.key, entry.label);
        shown.push_back(std::move(entry));
    }
    return shown;
}

void LegendItem::draw(LayoutPaintContext& context) const {
    drawBackground(context);
    const MapFrameState* frame = context.frame(frameId);
    if (!frame) {
        context.errors << tr("Legend \"%1\": no map frame \"%2\"").arg(id, frameId);
        drawFrame(context);
        return;
    }
    std::vector<LegendEntry> shown;
    try {
        shown = entries(*frame);
    } catch (const Error& error) {
        context.errors << tr("Legend \"%1\": %2").arg(id, error.message());
    }
    QPainter& painter = *context.painter;
    painter.save();
    const QRectF box = context.pixelRect(rectMm);
    const double padding = context.pixels(kPaddingMm);
    double y = box.top() + padding;
    const QString heading = context.expand(title);
    if (!heading.isEmpty()) {
        const QFont titleFont = context.font(QString(), fontSizePt * 1.35, true);
        painter.setFont(titleFont);
        painter.setPen(Qt::black);
        const QFontMetricsF metrics(titleFont);
        painter.drawText(QPointF(box.left() + padding, y + metrics.ascent()), heading);
        y += metrics.height() + context.pixels(kRowGapMm);
    }
    const QFont font = context.font(QString(), fontSizePt);
    const QFontMetricsF metrics(font);
    const double rowHeight =
        std::max(context.pixels(kPatchHeightMm), metrics.height()) + context.pixels(kRowGapMm);
    const double available = box.bottom() - padding - y;
    const int perColumn = columns > 0 ? int(std::ceil(double(shown.size()) / columns))
                                      : std::max(1, int(available / rowHeight));
    const int columnCount = std::max(1, int(std::ceil(double(shown.size()) / perColumn)));
    const double columnWidth =
        (box.width() - 2 * padding - context.pixels(kColumnGapMm) * (columnCount - 1)) /
        columnCount;
    for (std::size_t i = 0; i < shown.size(); ++i) {
        const int column = int(i) / perColumn;
        const int row = int(i) % perColumn;
        const double left =
            box.left() + padding + column * (columnWidth + context.pixels(kColumnGapMm));
        const double top = y + row * rowHeight;
        const QRectF patch(left, top, context.pixels(kPatchWidthMm),
                           context.pixels(kPatchHeightMm));
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing, true);
        drawPatch(painter, shown[i], patch, context.dpi);
        painter.restore();
        painter.setFont(font);
        painter.setPen(Qt::black);
        const QString label = metrics.elidedText(shown[i].label, Qt::ElideRight,
                                                 columnWidth - patch.width() - context.pixels(2));
        painter.drawText(QPointF(patch.right() + context.pixels(2),
                                 patch.center().y() + metrics.ascent() / 2 - metrics.descent() / 2),
                         label);
    }
    painter.restore();
    drawFrame(context);
}

void LegendItem::writeProperties(QJsonObject& json) const {
    json["frame"] = frameId;
    json["title"] = title;
    json["only_in_frame"] = onlyInFrame;
    json["columns"] = columns;
    json["size_pt"] = fontSizePt;
    QJsonObject labelObject;
    for (auto it = labels.constBegin(); it != labels.constEnd(); ++it) {
        labelObject[it.key()] = it.value();
    }
    json["labels"] = labelObject;
    json["hidden"] = QJsonArray::fromStringList(hidden);
    json["order"] = QJsonArray::fromStringList(order);
}

void LegendItem::readProperties(const QJsonObject& json) {
    frameId = json["frame"].toString();
    title = json["title"].toString();
    onlyInFrame = json["only_in_frame"].toBool(false);
    columns = std::max(0, json["columns"].toInt(0));
    fontSizePt = json["size_pt"].toDouble(fontSizePt);
    labels.clear();
    const QJsonObject labelObject = json["labels"].toObject();
    for (auto it = labelObject.begin(); it != labelObject.end(); ++it) {
        labels.insert(it.key(), it.value().toString());
    }
    hidden.clear();
    for (const QJsonValue& value : json["hidden"].toArray()) {
        hidden << value.toString();
    }
    order.clear();
    for (const QJsonValue& value : json["order"].toArray()) {
        order << value.toString();
    }
}

}  // namespace gis
