// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/pdf_tools.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QRegularExpression>

namespace tests {

QString runTool(const QString& program, const QStringList& arguments) {
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(60000));
    INFO(program.toStdString() << ": " << process.readAllStandardError().toStdString());
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString pdfText(const QString& pdf, int page) {
    QStringList arguments{"-enc", "UTF-8"};
    if (page > 0) {
        arguments << "-f" << QString::number(page) << "-l" << QString::number(page);
    }
    return runTool("pdftotext", arguments << pdf << "-");
}

int pdfPageCount(const QString& pdf) {
    const QString info = runTool("pdfinfo", {pdf});
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

}  // namespace tests
