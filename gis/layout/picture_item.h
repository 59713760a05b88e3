// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "gis/layout/layout_item.h"

namespace gis {

/// A picture (a logo): an SVG file, drawn as vectors, or a PNG/JPEG image, scaled to fit its
/// rectangle with its aspect ratio kept. `path` may be a Qt resource (":/…"); a relative path is
/// taken from the directory the layout names as its base.
class PictureItem : public LayoutItem {
    Q_DECLARE_TR_FUNCTIONS(PictureItem)

public:
    LayoutItemKind kind() const override { return LayoutItemKind::Picture; }
    std::unique_ptr<LayoutItem> clone() const override;
    void draw(LayoutPaintContext& context) const override;

    QString path;

protected:
    void writeProperties(QJsonObject& json) const override;
    void readProperties(const QJsonObject& json) override;
};

}  // namespace gis
