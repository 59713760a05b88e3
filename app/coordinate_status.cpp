// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/coordinate_status.h"

#include <QLocale>

#include <cmath>

namespace app {

CoordinateStatus::CoordinateStatus(QWidget* parent) : QLabel(parent) {
    setObjectName(QStringLiteral("coordinateStatus"));
    setTextInteractionFlags(Qt::TextSelectableByMouse);
}

void CoordinateStatus::setMapCrs(const gis::Crs& crs) {
    toLonLat_ = std::make_unique<gis::CoordinateTransform>(crs, gis::Crs::wgs84());
}

QString CoordinateStatus::positionText(const QPointF& mapPoint) {
    if (!toLonLat_) {
        return {};
    }
    const QPointF lonLat = toLonLat_->transform(mapPoint);
    if (!std::isfinite(lonLat.x())) {
        return tr("outside the valid area of the map CRS");
    }
    QString text = tr("Lon %1° Lat %2°").arg(lonLat.x(), 0, 'f', 5).arg(lonLat.y(), 0, 'f', 5);
    if (const auto gk = locator_.locate(lonLat)) {
        text += QStringLiteral("   ") + tr("GK zone %1 (EPSG:%2): E %3 m  N %4 m")
                                            .arg(gk->zone)
                                            .arg(gk->epsg)
                                            .arg(gk->easting, 0, 'f', 1)
                                            .arg(gk->northing, 0, 'f', 1);
    }
    return text;
}

void CoordinateStatus::setCursorPosition(const QPointF& mapPoint) {
    positionText_ = positionText(mapPoint);
    refresh();
}

void CoordinateStatus::setScale(double scaleDenominator) {
    scale_ = scaleDenominator;
    refresh();
}

void CoordinateStatus::refresh() {
    QString text = positionText_;
    if (scale_ > 0) {
        text +=
            QStringLiteral("   ") + tr("Scale 1:%1").arg(QLocale().toString(std::llround(scale_)));
    }
    setText(text);
}

}  // namespace app
