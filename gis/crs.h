// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class OGRSpatialReference;

namespace gis {

/// A coordinate reference system known to PROJ, such as "EPSG:4523".
/// Value type; copies are cheap and may cross threads. Axis order is always handled in
/// visualization order (x = longitude or easting, y = latitude or northing) by CoordinateTransform.
class Crs {
public:
    Crs() = default;

    /// Parses an authority code ("EPSG:4490"), a PROJ string or WKT; throws gis::Error when PROJ
    /// does not know it.
    static Crs fromUserInput(const QString& definition);
    static Crs fromEpsg(int code);
    /// The CRS of a GDAL dataset or layer: by its authority code when it has one, else by its WKT.
    static Crs fromOgr(const OGRSpatialReference& srs);
    static Crs wgs84() { return fromEpsg(4326); }

    bool isValid() const { return !definition_.isEmpty(); }
    /// "EPSG:4523" when the CRS has an EPSG code, else the definition as given.
    QString authId() const { return authId_; }
    QString definition() const { return definition_; }
    QString name() const { return name_; }
    bool isGeographic() const { return geographic_; }

    bool operator==(const Crs& other) const { return authId_ == other.authId_; }
    bool operator!=(const Crs& other) const { return !(*this == other); }

private:
    QString definition_;
    QString authId_;
    QString name_;
    bool geographic_ = false;
};

}  // namespace gis
