// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gis/crs.h"

#include <QComboBox>

#include <vector>

namespace app {

/// A drop-down of coordinate reference systems named in Chinese and English with their EPSG codes:
/// the CRSs a Lanxi Atlas map may use (WGS 84, CGCS2000, the CGCS2000 3° Gauss–Krüger zones over
/// the region and their central-meridian variants, Web Mercator). In `AnyCrs` mode it is editable
/// and also takes any CRS PROJ knows, typed as "EPSG:32648", a PROJ string or WKT (for the source
/// CRS of a layer). Emits crsChosen when the user picks another entry. GUI thread only.
class CrsSelector : public QComboBox {
    Q_OBJECT
public:
    enum class Mode { MapCrs, AnyCrs };

    explicit CrsSelector(Mode mode, QWidget* parent = nullptr);

    /// The EPSG codes offered for the map, in list order.
    static const std::vector<int>& mapCrsCodes();
    /// "CGCS2000 / 3° GK 34 带 · zone 34, 102°E (EPSG:4522)" for the listed codes; otherwise the
    /// CRS's own name and id.
    static QString displayName(const gis::Crs& crs);

    /// Selects `crs` without emitting crsChosen, adding an entry for it if it is not listed.
    void setCrs(const gis::Crs& crs);
    /// The chosen or typed CRS; throws gis::Error when PROJ does not know typed text.
    gis::Crs crs() const;

Q_SIGNALS:
    void crsChosen(const gis::Crs& crs);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    bool updating_ = false;
};

}  // namespace app
