// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <vector>

namespace gis {

enum class MarkerShape { Circle, Square, Triangle, Star, Diamond };

/// How one feature is drawn. Sizes are in millimetres on the output so that the screen, a PNG at
/// 300 dpi and a PDF page show the same map.
struct Symbol {
    QColor strokeColor = QColor(60, 60, 60);
    double strokeWidthMm = 0.26;
    Qt::PenStyle strokeStyle = Qt::SolidLine;
    QColor fillColor = Qt::transparent;
    MarkerShape markerShape = MarkerShape::Circle;
    double markerSizeMm = 2.0;

    bool operator==(const Symbol&) const = default;
};

/// The symbol for features whose category field equals `value`, and how their labels rank and
/// size against the others (0 keeps the layer's label priority and size).
struct Category {
    QVariant value;
    QString label;
    Symbol symbol;
    int labelPriority = 0;
    double labelSizePt = 0;
};

/// How a layer's features are labelled. `priority` ranks labels across all layers: a higher one is
/// placed first and wins collisions.
struct LabelStyle {
    bool enabled = false;
    QString field;
    QString fontFamily = QStringLiteral("WenQuanYi Micro Hei");
    double fontSizePt = 9.0;
    bool bold = false;
    QColor color = Qt::black;
    QColor haloColor = Qt::white;
    double haloWidthMm = 0.6;
    int priority = 0;
};

/// A layer's symbology: one default symbol, optionally categorized by a field, plus labels.
/// A value type: render snapshots copy it, so edits never race a worker thread.
class Style {
public:
    Symbol defaultSymbol;
    QString categoryField;
    std::vector<Category> categories;
    LabelStyle label;

    const Symbol& symbolFor(const QVariant& categoryValue) const;
    /// The label style for a feature of this category: priority and size follow the category.
    LabelStyle labelFor(const QVariant& categoryValue) const;
    /// The attribute columns a renderer must read for this style.
    QStringList requiredColumns() const;

    QJsonObject toJson() const;
    /// Missing keys take their defaults; throws gis::Error on a malformed document.
    static Style fromJson(const QJsonObject& json);
};

}  // namespace gis
