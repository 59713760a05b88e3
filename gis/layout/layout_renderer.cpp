// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/layout/layout_renderer.h"

#include "gis/layout/layout_data_source.h"
#include "gis/layout/map_frame_item.h"
#include "gis/layout/print_layout.h"

#include <QDate>
#include <QLocale>

#include <cmath>

namespace gis {

LayoutRenderer::LayoutRenderer(const PrintLayout& layout, const LayoutDataSource& data)
    : layout_(layout), data_(data) {}

std::map<QString, MapFrameState> LayoutRenderer::frameStates(double dpi,
                                                             const AtlasPage* atlasPage) const {
    std::map<QString, MapFrameState> states;
    for (const bool locators : {false, true}) {
        for (const auto& item : layout_.items) {
            const auto* frame = dynamic_cast<const MapFrameItem*>(item.get());
            if (frame && frame->locatorOf.isEmpty() != locators) {
                states[frame->id] = frame->state(dpi, data_, atlasPage);
            }
        }
    }
    return states;
}

QStringList LayoutRenderer::render(QPainter& painter, double dpi,
                                   const AtlasPage* atlasPage) const {
    LayoutPaintContext context;
    context.painter = &painter;
    context.dpi = dpi;
    context.layout = &layout_;
    context.data = &data_;
    context.atlasPage = atlasPage;
    context.frames = frameStates(dpi, atlasPage);
    // The data source may fix the date (a reprint keeps its original one).
    const QString date = data_.variable(QStringLiteral("date"));
    context.variables.insert(
        QStringLiteral("date"),
        !date.isEmpty() ? date
                        : QLocale(QLocale::Chinese, QLocale::China)
                              .toString(QDate::currentDate(), QStringLiteral("yyyy年M月")));
    context.variables.insert(QStringLiteral("page"),
                             QString::number(atlasPage ? atlasPage->index + 1 : 1));
    context.variables.insert(QStringLiteral("pages"),
                             QString::number(atlasPage ? atlasPage->count : 1));
    context.variables.insert(QStringLiteral("atlas.name"), atlasPage ? atlasPage->name : QString());
    if (const MapFrameItem* main = layout_.mainFrame()) {
        if (const MapFrameState* state = context.frame(main->id)) {
            context.variables.insert(QStringLiteral("scale"),
                                     QStringLiteral("1:%1").arg(QLocale::c().toString(
                                         std::round(state->scaleDenominator), 'f', 0)));
            context.variables.insert(QStringLiteral("crs"), state->settings.crs.name());
        }
    }
    painter.save();
    const QSizeF page = layout_.page.sizeMm();
    painter.fillRect(context.pixelRect(QRectF(QPointF(0, 0), page)), Qt::white);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    for (const auto& item : layout_.items) {
        painter.save();
        item->draw(context);
        painter.restore();
    }
    painter.restore();
    context.errors.removeDuplicates();
    return context.errors;
}

}  // namespace gis
