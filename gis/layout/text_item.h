// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gis/layout/layout_item.h"

namespace gis {

/// Text on the page: a title, a subtitle or a note (source, date, issuing unit). {variables} are
/// replaced when drawn (see LayoutPaintContext::expand); on an atlas page `atlasText`, when set,
/// replaces `text`. Long text wraps at word boundaries (and between Chinese characters).
class TextItem : public LayoutItem {
public:
    LayoutItemKind kind() const override { return LayoutItemKind::Text; }
    std::unique_ptr<LayoutItem> clone() const override;
    void draw(LayoutPaintContext& context) const override;

    QString text;
    QString atlasText;
    QString fontFamily = QStringLiteral("WenQuanYi Micro Hei");
    double fontSizePt = 10;
    bool bold = false;
    QColor color = Qt::black;
    Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignTop;

protected:
    void writeProperties(QJsonObject& json) const override;
    void readProperties(const QJsonObject& json) override;
};

}  // namespace gis
