// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QJsonObject>
#include <QRectF>
#include <QString>

#include <memory>

namespace gis {

struct LayoutPaintContext;

enum class LayoutItemKind { MapFrame, Text, Legend, ScaleBar, NorthArrow, Picture, Shape };

/// One thing on a layout page, placed by its rectangle in millimetres from the top-left corner of
/// the sheet. Subclasses hold their own properties and draw themselves through a
/// LayoutPaintContext, on any QPainter (PDF, SVG, image, printer). Value-like: copied by clone().
/// Drawing is const and uses no shared state, but a layout is edited on one thread only.
class LayoutItem {
public:
    virtual ~LayoutItem();

    virtual LayoutItemKind kind() const = 0;
    virtual std::unique_ptr<LayoutItem> clone() const = 0;
    virtual void draw(LayoutPaintContext& context) const = 0;

    /// The common properties and the subclass's, with "type" naming the kind.
    QJsonObject toJson() const;
    /// Builds the item a JSON object describes; throws gis::Error naming an unknown type.
    static std::unique_ptr<LayoutItem> fromJson(const QJsonObject& json);
    static QString kindName(LayoutItemKind kind);

    QString id;
    QRectF rectMm;
    /// A border drawn around the item (for map frames, the neat line).
    bool frameVisible = false;
    QColor frameColor = QColor(40, 40, 40);
    double frameWidthMm = 0.3;
    QColor background = Qt::transparent;

protected:
    LayoutItem() = default;
    LayoutItem(const LayoutItem&) = default;
    LayoutItem& operator=(const LayoutItem&) = default;

    virtual void writeProperties(QJsonObject& json) const = 0;
    virtual void readProperties(const QJsonObject& json) = 0;
    /// Fills the background and strokes the frame, as each item does around its content.
    void drawBackground(LayoutPaintContext& context) const;
    void drawFrame(LayoutPaintContext& context) const;
};

/// JSON helpers shared by the items: colours as "#aarrggbb", rectangles as [x, y, w, h].
QString colorToJson(const QColor& color);
QColor colorFromJson(const QJsonValue& value, const QColor& fallback);

}  // namespace gis
