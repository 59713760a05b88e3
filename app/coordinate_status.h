// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gis/coordinate_transform.h"
#include "gis/gauss_kruger_locator.h"

#include <QLabel>

#include <memory>

namespace app {

/// The status-bar readout of the cursor: lon/lat, the CGCS2000 3° Gauss–Krüger coordinates of the
/// zone under the cursor (east and north, whatever axis order the EPSG code declares), and the
/// map scale 1:N. GUI thread only.
class CoordinateStatus : public QLabel {
    Q_OBJECT
public:
    explicit CoordinateStatus(QWidget* parent = nullptr);

    void setMapCrs(const gis::Crs& crs);
    void setCursorPosition(const QPointF& mapPoint);
    void setScale(double scaleDenominator);

    /// The text for a cursor at `mapPoint`, as shown.
    QString positionText(const QPointF& mapPoint);

private:
    void refresh();

    std::unique_ptr<gis::CoordinateTransform> toLonLat_;
    gis::GaussKrugerLocator locator_;
    QString positionText_;
    double scale_ = 0;
};

}  // namespace app
