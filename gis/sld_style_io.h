// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gis/feature_source.h"
#include "gis/style.h"

#include <QString>

namespace gis {

// Styles as OGC Styled Layer Descriptor files: StyledLayerDescriptor / NamedLayer / UserStyle /
// FeatureTypeStyle / Rule with SE 1.1 symbolizers, as QGIS writes them and GeoServer reads them.
// Reading also takes SLD 1.0 files (CssParameter, unprefixed elements). Sizes in SLD are pixels of
// the OGC standard rendering pixel, 0.28 mm (what QGIS and GeoServer assume), converted to and
// from the millimetres of Symbol; ground units (uom metre or foot) are read as such pixels too.
//
// What a Style cannot hold is dropped on reading: rules merge their point, line and polygon
// symbolizers into one Symbol; the first TextSymbolizer becomes the layer's LabelStyle (placed
// along lines when its LabelPlacement holds a LinePlacement); only the first UserStyle is read
// and all its FeatureTypeStyles are joined. Pure functions; any thread.

/// Millimetres per SLD size unit: the OGC standard rendering pixel.
inline constexpr double kSldMillimetresPerPixel = 0.28;

/// Throws gis::Error naming the file, the line and the element for anything it cannot read.
Style readSld(const QString& path);
/// `sourceName` names the document in errors; `baseDirectory` resolves relative SVG paths.
Style readSldFromString(const QString& xml, const QString& sourceName = QString(),
                        const QString& baseDirectory = QString());

/// The style as an SLD document. Categorized and graduated styles become rules with filters (see
/// Style::toRuleBased()), read back as an equivalent rule-based style. `kind` chooses point, line
/// or polygon symbolizers; Unknown guesses from the symbols (an SVG marker: point; a fill: polygon;
/// otherwise line).
QString writeSld(const Style& style, const QString& layerName,
                 GeometryKind kind = GeometryKind::Unknown);
/// Throws gis::Error naming the file if it cannot be written.
void writeSldFile(const Style& style, const QString& layerName, GeometryKind kind,
                  const QString& path);

}  // namespace gis
