// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/layout/picture_item.h"

#include "gis/layout/layout_paint_context.h"

#include <QImageReader>
#include <QSvgRenderer>

namespace gis {

namespace {

QRectF fitted(const QSizeF& size, const QRectF& box) {
    if (size.isEmpty()) {
        return box;
    }
    const QSizeF scaled = size.scaled(box.size(), Qt::KeepAspectRatio);
    QRectF rect(QPointF(0, 0), scaled);
    rect.moveCenter(box.center());
    return rect;
}

}  // namespace

std::unique_ptr<LayoutItem> PictureItem::clone() const {
    return std::make_unique<PictureItem>(*this);
}

void PictureItem::draw(LayoutPaintContext& context) const {
    drawBackground(context);
    QPainter& painter = *context.painter;
    const QRectF box = context.pixelRect(rectMm);
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        QSvgRenderer svg(path);
        if (svg.isValid()) {
            svg.render(&painter, fitted(svg.defaultSize(), box));
        } else {
            context.errors << tr("Picture \"%1\": cannot read the SVG file %2").arg(id, path);
        }
    } else {
        QImageReader reader(path);
        const QImage image = reader.read();
        if (!image.isNull()) {
            painter.drawImage(fitted(image.size(), box), image);
        } else {
            context.errors
                << tr("Picture \"%1\": cannot read %2: %3").arg(id, path, reader.errorString());
        }
    }
    drawFrame(context);
}

void PictureItem::writeProperties(QJsonObject& json) const {
    json["path"] = path;
}

void PictureItem::readProperties(const QJsonObject& json) {
    path = json["path"].toString();
}

}  // namespace gis
