// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/layout/layout_paint_context.h"

#include "gis/layout/layout_data_source.h"

#include <QRegularExpression>

#include <cmath>

namespace gis {

LayoutDataSource::~LayoutDataSource() = default;

QString LayoutDataSource::variable(const QString&) const {
    return {};
}

QRectF LayoutPaintContext::pixelRect(const QRectF& millimetres) const {
    return QRectF(pixels(millimetres.x()), pixels(millimetres.y()), pixels(millimetres.width()),
                  pixels(millimetres.height()));
}

QFont LayoutPaintContext::font(const QString& family, double pointSize, bool bold) const {
    QFont made(family.isEmpty() ? QStringLiteral("WenQuanYi Micro Hei") : family);
    made.setPixelSize(std::max(1, int(std::lround(pointSize * dpi / 72.0))));
    made.setBold(bold);
    return made;
}

QString LayoutPaintContext::expand(const QString& text) const {
    if (!text.contains(u'{')) {
        return text;
    }
    static const QRegularExpression variable(QStringLiteral("\\{([A-Za-z_.]+)\\}"));
    QString result;
    qsizetype last = 0;
    for (auto it = variable.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        result += text.mid(last, match.capturedStart() - last);
        const QString name = match.captured(1);
        if (variables.contains(name)) {
            result += variables.value(name);
        } else if (data && !data->variable(name).isEmpty()) {
            result += data->variable(name);
        } else if (name.startsWith(QLatin1String("atlas.")) && atlasPage) {
            result += atlasPage->attributes.value(name.mid(6)).toString();
        }
        last = match.capturedEnd();
    }
    result += text.mid(last);
    return result;
}

const MapFrameState* LayoutPaintContext::frame(const QString& id) const {
    const auto it = frames.find(id);
    return it == frames.end() ? nullptr : &it->second;
}

}  // namespace gis
