// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/image_compare.h"

#include "tests/support/test_files.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <cstdlib>

namespace tests {

ImageDifference compareImages(const QImage& actual, const QImage& expected, int channelTolerance) {
    ImageDifference result;
    if (actual.size() != expected.size() || actual.isNull()) {
        return result;
    }
    result.sameSize = true;
    const QImage a = actual.convertToFormat(QImage::Format_ARGB32);
    const QImage b = expected.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < a.height(); ++y) {
        const auto* lineA = reinterpret_cast<const QRgb*>(a.constScanLine(y));
        const auto* lineB = reinterpret_cast<const QRgb*>(b.constScanLine(y));
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = lineA[x];
            const QRgb q = lineB[x];
            const int difference =
                std::max({std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)),
                          std::abs(qBlue(p) - qBlue(q)), std::abs(qAlpha(p) - qAlpha(q))});
            result.largestChannelDifference = std::max(result.largestChannelDifference, difference);
            result.differingPixels += difference > channelTolerance;
        }
    }
    result.differingFraction = double(result.differingPixels) / (double(a.width()) * a.height());
    return result;
}

ReferenceComparison compareWithReference(const QImage& actual, const QString& name,
                                         int channelTolerance) {
    ReferenceComparison result;
    result.referencePath = testDataPath(QStringLiteral("reference/%1.png").arg(name));
    if (qEnvironmentVariableIntValue("LANXI_UPDATE_REFERENCES") == 1) {
        QDir().mkpath(QFileInfo(result.referencePath).absolutePath());
        result.referenceWritten = actual.save(result.referencePath, "PNG", 9);
    }
    const QImage expected(result.referencePath);
    result.referenceFound = !expected.isNull();
    if (!result.referenceFound) {
        return result;
    }
    result.difference = compareImages(actual, expected, channelTolerance);
    if (result.difference.differingPixels > 0 || !result.difference.sameSize) {
        result.actualSavedAs = QDir::temp().filePath(name + QStringLiteral("-actual.png"));
        actual.save(result.actualSavedAs, "PNG");
    }
    return result;
}

}  // namespace tests
