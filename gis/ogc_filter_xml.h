// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gis/feature_filter.h"

#include <QCoreApplication>
#include <QString>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace gis {

/// Converts FeatureFilters to and from OGC Filter Encoding (ogc:Filter), as SLD 1.0 and SE 1.1
/// files carry them: And, Or, Not, the six PropertyIs comparisons, PropertyIsNull, PropertyIsLike
/// and PropertyIsBetween over PropertyName and Literal. IN is written as an Or of equalities.
/// Element names are matched without their namespace prefix. Stateless; any thread.
class OgcFilterXml {
    Q_DECLARE_TR_FUNCTIONS(OgcFilterXml)

public:
    static constexpr const char* kNamespace = "http://www.opengis.net/ogc";

    /// Writes an ogc:Filter element for `filter`, which must not be empty.
    static void write(QXmlStreamWriter& xml, const FeatureFilter& filter);
    /// Reads the filter whose start element (ogc:Filter) `xml` is on, through its end element.
    /// Throws gis::Error naming `source`, the line and the element for anything it cannot read.
    static FeatureFilter read(QXmlStreamReader& xml, const QString& source);
};

}  // namespace gis
