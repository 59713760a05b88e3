// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QMarginsF>
#include <QSizeF>

namespace gis {

enum class PaperSize { A4, A3, A2, A1, A0, Custom };
enum class PageOrientation { Portrait, Landscape };

/// The sheet a layout is printed on: an ISO size or a custom one, its orientation and the
/// margins (all in millimetres). A value type.
struct PageSetup {
    PaperSize paper = PaperSize::A3;
    PageOrientation orientation = PageOrientation::Landscape;
    /// Used when `paper` is Custom, as given (orientation is not applied to it).
    QSizeF customSizeMm{420, 297};
    QMarginsF marginsMm{10, 10, 10, 10};

    /// The page size in millimetres, oriented.
    QSizeF sizeMm() const;
    /// The page inside the margins, in millimetres from the top-left corner of the sheet.
    QRectF printableRectMm() const;

    QJsonObject toJson() const;
    /// Throws gis::Error naming the bad key.
    static PageSetup fromJson(const QJsonObject& json);
};

}  // namespace gis
