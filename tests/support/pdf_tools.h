// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace tests {

/// Runs a poppler tool (pdftotext, pdffonts, pdfinfo, pdftoppm) and returns its standard output;
/// fails the test when it does not run or exits non-zero.
QString runTool(const QString& program, const QStringList& arguments);
/// The text of one page (1-based), or of every page when `page` is 0.
QString pdfText(const QString& pdf, int page = 0);
int pdfPageCount(const QString& pdf);

}  // namespace tests
