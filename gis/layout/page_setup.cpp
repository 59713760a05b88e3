// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/layout/page_setup.h"

#include "gis/error.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRectF>

#include <array>

namespace gis {

namespace {

struct PaperName {
    PaperSize paper;
    const char* name;
    QSizeF portraitMm;
};

constexpr std::array<PaperName, 6> kPapers{{{PaperSize::A4, "A4", {210, 297}},
                                            {PaperSize::A3, "A3", {297, 420}},
                                            {PaperSize::A2, "A2", {420, 594}},
                                            {PaperSize::A1, "A1", {594, 841}},
                                            {PaperSize::A0, "A0", {841, 1189}},
                                            {PaperSize::Custom, "custom", {0, 0}}}};

}  // namespace

QSizeF PageSetup::sizeMm() const {
    if (paper == PaperSize::Custom) {
        return customSizeMm;
    }
    for (const PaperName& known : kPapers) {
        if (known.paper == paper) {
            return orientation == PageOrientation::Portrait ? known.portraitMm
                                                            : known.portraitMm.transposed();
        }
    }
    return customSizeMm;
}

QRectF PageSetup::printableRectMm() const {
    return QRectF(QPointF(0, 0), sizeMm()).marginsRemoved(marginsMm);
}

QJsonObject PageSetup::toJson() const {
    QJsonObject json;
    for (const PaperName& known : kPapers) {
        if (known.paper == paper) {
            json["paper"] = QLatin1String(known.name);
        }
    }
    json["orientation"] = orientation == PageOrientation::Portrait ? QStringLiteral("portrait")
                                                                   : QStringLiteral("landscape");
    if (paper == PaperSize::Custom) {
        json["width_mm"] = customSizeMm.width();
        json["height_mm"] = customSizeMm.height();
    }
    json["margins_mm"] =
        QJsonArray{marginsMm.left(), marginsMm.top(), marginsMm.right(), marginsMm.bottom()};
    return json;
}

PageSetup PageSetup::fromJson(const QJsonObject& json) {
    PageSetup page;
    const QString paper = json["paper"].toString(QStringLiteral("A3"));
    bool known = false;
    for (const PaperName& candidate : kPapers) {
        if (paper.compare(QLatin1String(candidate.name), Qt::CaseInsensitive) == 0) {
            page.paper = candidate.paper;
            known = true;
        }
    }
    if (!known) {
        throw Error(QCoreApplication::translate("gis::PageSetup",
                                                "Unknown paper size \"%1\" (expected A4 to A0 or "
                                                "custom)")
                        .arg(paper));
    }
    const QString orientation = json["orientation"].toString(QStringLiteral("landscape"));
    if (orientation != QLatin1String("portrait") && orientation != QLatin1String("landscape")) {
        throw Error(QCoreApplication::translate("gis::PageSetup",
                                                "Unknown page orientation \"%1\" (expected "
                                                "portrait or landscape)")
                        .arg(orientation));
    }
    page.orientation = orientation == QLatin1String("portrait") ? PageOrientation::Portrait
                                                                : PageOrientation::Landscape;
    if (page.paper == PaperSize::Custom) {
        page.customSizeMm = QSizeF(json["width_mm"].toDouble(), json["height_mm"].toDouble());
        if (page.customSizeMm.width() < 10 || page.customSizeMm.height() < 10 ||
            page.customSizeMm.width() > 5000 || page.customSizeMm.height() > 5000) {
            throw Error(QCoreApplication::translate(
                "gis::PageSetup",
                "A custom page needs width_mm and height_mm between 10 and 5000"));
        }
    }
    const QJsonArray margins = json["margins_mm"].toArray();
    if (margins.size() == 4) {
        page.marginsMm = QMarginsF(margins[0].toDouble(), margins[1].toDouble(),
                                   margins[2].toDouble(), margins[3].toDouble());
    }
    return page;
}

}  // namespace gis
