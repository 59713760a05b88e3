// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/conflict_writers.h"

#include <catch2/catch.hpp>

#include <QProcess>

#include <memory>
#include <vector>

namespace tests {

WriterTotals runConflictWriters(const QString& program, int count, int editsEach,
                                const QStringList& fids,
                                const std::function<QString(int)>& locationOf, int timeoutMs) {
    std::vector<std::unique_ptr<QProcess>> writers;
    for (int writer = 1; writer <= count; ++writer) {
        writers.push_back(std::make_unique<QProcess>());
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("USER"), QStringLiteral("writer%1").arg(writer));
        writers.back()->setProcessEnvironment(environment);
        writers.back()->start(
            program, {QStringLiteral("writer"), locationOf(writer), QString::number(writer),
                      QString::number(editsEach), fids.join(u',')});
        REQUIRE(writers.back()->waitForStarted());
    }
    WriterTotals totals;
    for (auto& writer : writers) {
        REQUIRE(writer->waitForFinished(timeoutMs));
        INFO(writer->readAllStandardError().toStdString());
        REQUIRE(writer->exitCode() == 0);
        const QList<QByteArray> words = writer->readAllStandardOutput().trimmed().split(' ');
        REQUIRE(words.size() == 3);
        REQUIRE(words[0] == "done");
        totals.succeeded += words[1].toInt();
        totals.conflicts += words[2].toInt();
    }
    return totals;
}

}  // namespace tests
