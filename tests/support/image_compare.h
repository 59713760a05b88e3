// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QString>

namespace tests {

/// How two images differ, channel by channel (red, green, blue, alpha, not premultiplied).
struct ImageDifference {
    bool sameSize = false;
    /// Pixels where some channel differs by more than the tolerance.
    int differingPixels = 0;
    double differingFraction = 1.0;
    int largestChannelDifference = 0;
};

ImageDifference compareImages(const QImage& actual, const QImage& expected, int channelTolerance);

/// The outcome of comparing a render with its reference PNG in tests/data/reference/.
struct ReferenceComparison {
    QString referencePath;
    /// False when there is no reference yet (run with LANXI_UPDATE_REFERENCES=1 to write it).
    bool referenceFound = false;
    /// True when this run wrote the reference because LANXI_UPDATE_REFERENCES was set.
    bool referenceWritten = false;
    ImageDifference difference;
    /// Where the actual image was saved when it differs, for a look at what changed.
    QString actualSavedAs;

    /// The reference exists, has the same size, and at most `maxDifferingFraction` of the pixels
    /// are off by more than the channel tolerance.
    bool matches(double maxDifferingFraction) const {
        return referenceFound && difference.sameSize &&
               difference.differingFraction <= maxDifferingFraction;
    }
};

/// Compares `actual` with tests/data/reference/<name>.png. With LANXI_UPDATE_REFERENCES=1 in the
/// environment it first (re)writes that reference from `actual`.
ReferenceComparison compareWithReference(const QImage& actual, const QString& name,
                                         int channelTolerance);

}  // namespace tests
