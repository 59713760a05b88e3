// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gis/feature_source.h"
#include "gis/style.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

#include <vector>

namespace gis {

enum class ClassificationMethod { EqualInterval, Quantile, NaturalBreaks };

/// Classifies numeric values for graduated styles. Breaks are returned as ascending class
/// boundaries [lowest, b1, ..., highest]: n boundaries make n - 1 classes [b(i), b(i+1)), the last
/// one closed, as GraduatedClass draws them. Values that are not finite are ignored; fewer
/// classes come back when the values have fewer distinct positions. Stateless; any thread.
class StyleClassifier {
    Q_DECLARE_TR_FUNCTIONS(StyleClassifier)

public:
    /// Classes of equal width between the smallest and the largest value.
    static std::vector<double> equalIntervalBreaks(std::vector<double> values, int classCount);
    /// Classes holding (as near as ties allow) the same number of values.
    static std::vector<double> quantileBreaks(std::vector<double> values, int classCount);
    /// Jenks natural breaks: the classes that minimise the sum of squared deviations from their
    /// class means, found exactly by dynamic programming. More than `kJenksSampleSize` values are
    /// first thinned to that many evenly spaced ranks (always keeping the extremes).
    static std::vector<double> naturalBreaks(std::vector<double> values, int classCount);
    static std::vector<double> breaks(ClassificationMethod method, std::vector<double> values,
                                      int classCount);

    /// The numbers in `field` of every feature of `source` (NULL and non-numeric values skipped).
    /// Reads the whole layer: call it off the GUI thread for big layers.
    static std::vector<double> readValues(const FeatureSource& source, const QString& field);

    /// A graduated style on `field` with one class per pair of adjacent `breaks`, coloured along a
    /// ramp from `from` to `to` (interpolated in RGB). The ramp colours the fill of `base`, or its
    /// stroke for line layers. Labels read "lower – upper".
    static Style graduatedStyle(const QString& field, const std::vector<double>& breaks,
                                const QColor& from, const QColor& to, const Symbol& base,
                                GeometryKind kind);
    /// The colour at `t` in [0, 1] of the ramp from `from` to `to`.
    static QColor rampColor(const QColor& from, const QColor& to, double t);

    static constexpr int kJenksSampleSize = 3000;
};

}  // namespace gis
