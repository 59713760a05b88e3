// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/style_classifier.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace gis {

namespace {

/// The finite values, sorted.
std::vector<double> sortedFinite(std::vector<double> values) {
    values.erase(
        std::remove_if(values.begin(), values.end(), [](double v) { return !std::isfinite(v); }),
        values.end());
    std::sort(values.begin(), values.end());
    return values;
}

/// Keeps the boundaries strictly ascending; always at least two (one class).
std::vector<double> ascending(std::vector<double> breaks) {
    breaks.erase(std::unique(breaks.begin(), breaks.end()), breaks.end());
    if (breaks.size() == 1) {
        breaks.push_back(breaks.front());
    }
    return breaks;
}

/// Sums over a run of distinct values weighted by how often each occurs, for the squared
/// deviation of any run from its mean in constant time.
struct PrefixSums {
    std::vector<double> weight{0};
    std::vector<double> sum{0};
    std::vector<double> squares{0};

    void add(double value, double count) {
        weight.push_back(weight.back() + count);
        sum.push_back(sum.back() + count * value);
        squares.push_back(squares.back() + count * value * value);
    }
    /// Sum of squared deviations from the mean of distinct values first..last (inclusive).
    double deviation(size_t first, size_t last) const {
        const double w = weight[last + 1] - weight[first];
        const double s = sum[last + 1] - sum[first];
        return std::max(0.0, squares[last + 1] - squares[first] - s * s / w);
    }
};

}  // namespace

std::vector<double> StyleClassifier::equalIntervalBreaks(std::vector<double> values,
                                                         int classCount) {
    values = sortedFinite(std::move(values));
    if (values.empty() || classCount < 1) {
        return {};
    }
    const double low = values.front();
    const double high = values.back();
    std::vector<double> breaks{low};
    for (int i = 1; i < classCount; ++i) {
        breaks.push_back(low + (high - low) * i / classCount);
    }
    breaks.push_back(high);
    return ascending(breaks);
}

std::vector<double> StyleClassifier::quantileBreaks(std::vector<double> values, int classCount) {
    values = sortedFinite(std::move(values));
    if (values.empty() || classCount < 1) {
        return {};
    }
    const size_t n = values.size();
    std::vector<double> breaks{values.front()};
    for (int i = 1; i < classCount; ++i) {
        breaks.push_back(values[std::min(n - 1, size_t(i) * n / size_t(classCount))]);
    }
    breaks.push_back(values.back());
    return ascending(breaks);
}

std::vector<double> StyleClassifier::naturalBreaks(std::vector<double> values, int classCount) {
    values = sortedFinite(std::move(values));
    if (values.empty() || classCount < 1) {
        return {};
    }
    if (values.size() > size_t(kJenksSampleSize)) {
        std::vector<double> sample;
        const double step = double(values.size() - 1) / (kJenksSampleSize - 1);
        for (int i = 0; i < kJenksSampleSize; ++i) {
            sample.push_back(values[size_t(std::llround(i * step))]);
        }
        values = std::move(sample);
    }
    // Work on distinct values with counts, so that equal values never end up in two classes;
    // centred on the mean so that the sums of squares keep their precision.
    double mean = 0;
    for (double v : values) {
        mean += v / double(values.size());
    }
    std::vector<double> distinct;
    PrefixSums sums;
    for (size_t i = 0; i < values.size();) {
        size_t j = i;
        while (j < values.size() && values[j] == values[i]) {
            ++j;
        }
        distinct.push_back(values[i]);
        sums.add(values[i] - mean, double(j - i));
        i = j;
    }
    const size_t m = distinct.size();
    const size_t k = std::min(size_t(classCount), m);
    // cost[c][j]: the least total deviation of distinct values 0..j in c + 1 classes;
    // start[c][j]: where the last of those classes starts.
    const double infinity = std::numeric_limits<double>::infinity();
    std::vector<std::vector<double>> cost(k, std::vector<double>(m, infinity));
    std::vector<std::vector<size_t>> start(k, std::vector<size_t>(m, 0));
    for (size_t j = 0; j < m; ++j) {
        cost[0][j] = sums.deviation(0, j);
    }
    for (size_t c = 1; c < k; ++c) {
        for (size_t j = c; j < m; ++j) {
            for (size_t i = c; i <= j; ++i) {
                const double candidate = cost[c - 1][i - 1] + sums.deviation(i, j);
                if (candidate < cost[c][j]) {
                    cost[c][j] = candidate;
                    start[c][j] = i;
                }
            }
        }
    }
    std::vector<double> breaks(k + 1);
    breaks[k] = distinct.back();
    size_t last = m - 1;
    for (size_t c = k; c-- > 0;) {
        const size_t first = start[c][last];
        breaks[c] = distinct[first];
        last = first > 0 ? first - 1 : 0;
    }
    // With a class per distinct value the last boundary repeats: that class is [highest, highest].
    return breaks;
}

std::vector<double> StyleClassifier::breaks(ClassificationMethod method, std::vector<double> values,
                                            int classCount) {
    switch (method) {
        case ClassificationMethod::Quantile:
            return quantileBreaks(std::move(values), classCount);
        case ClassificationMethod::NaturalBreaks:
            return naturalBreaks(std::move(values), classCount);
        case ClassificationMethod::EqualInterval:
            break;
    }
    return equalIntervalBreaks(std::move(values), classCount);
}

std::vector<double> StyleClassifier::readValues(const FeatureSource& source, const QString& field) {
    std::vector<double> values;
    std::unique_ptr<FeatureIterator> features = source.query({QRectF(), {field}});
    Feature feature;
    while (features->next(feature)) {
        const QVariant& value = feature.attributes.front();
        bool ok = false;
        const double number = value.isNull() ? 0 : value.toDouble(&ok);
        if (ok && std::isfinite(number)) {
            values.push_back(number);
        }
    }
    return values;
}

QColor StyleClassifier::rampColor(const QColor& from, const QColor& to, double t) {
    t = std::clamp(t, 0.0, 1.0);
    const auto mix = [t](float a, float b) { return a + (b - a) * float(t); };
    return QColor::fromRgbF(mix(from.redF(), to.redF()), mix(from.greenF(), to.greenF()),
                            mix(from.blueF(), to.blueF()), mix(from.alphaF(), to.alphaF()));
}

Style StyleClassifier::graduatedStyle(const QString& field, const std::vector<double>& breaks,
                                      const QColor& from, const QColor& to, const Symbol& base,
                                      GeometryKind kind) {
    Style style;
    style.defaultSymbol = base;
    style.graduatedField = field;
    const size_t count = breaks.size() < 2 ? 0 : breaks.size() - 1;
    for (size_t i = 0; i < count; ++i) {
        Symbol symbol = base;
        const QColor color = rampColor(from, to, count > 1 ? double(i) / double(count - 1) : 0.0);
        (kind == GeometryKind::Line ? symbol.strokeColor : symbol.fillColor) = color;
        const QString label = tr("%1 – %2").arg(QString::number(breaks[i], 'g', 6),
                                                QString::number(breaks[i + 1], 'g', 6));
        style.classes.push_back({breaks[i], breaks[i + 1], label, symbol});
    }
    return style;
}

}  // namespace gis
