// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/layout/text_item.h"

#include "gis/layout/layout_paint_context.h"

namespace gis {

std::unique_ptr<LayoutItem> TextItem::clone() const {
    return std::make_unique<TextItem>(*this);
}

void TextItem::draw(LayoutPaintContext& context) const {
    drawBackground(context);
    QPainter& painter = *context.painter;
    painter.save();
    painter.setFont(context.font(fontFamily, fontSizePt, bold));
    painter.setPen(color);
    const QString shown =
        context.expand(context.atlasPage && !atlasText.isEmpty() ? atlasText : text);
    // Drawn as text (never as paths) so PDF and SVG keep it selectable and searchable.
    painter.drawText(context.pixelRect(rectMm), int(alignment) | Qt::TextWordWrap, shown);
    painter.restore();
    drawFrame(context);
}

void TextItem::writeProperties(QJsonObject& json) const {
    json["text"] = text;
    json["atlas_text"] = atlasText;
    json["font"] = fontFamily;
    json["size_pt"] = fontSizePt;
    json["bold"] = bold;
    json["color"] = colorToJson(color);
    json["alignment"] = int(alignment);
}

void TextItem::readProperties(const QJsonObject& json) {
    text = json["text"].toString();
    atlasText = json["atlas_text"].toString();
    fontFamily = json["font"].toString(fontFamily);
    fontSizePt = json["size_pt"].toDouble(fontSizePt);
    bold = json["bold"].toBool(false);
    color = colorFromJson(json["color"], color);
    alignment = Qt::Alignment(json["alignment"].toInt(int(alignment)));
}

}  // namespace gis
