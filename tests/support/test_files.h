// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTemporaryDir>

namespace tests {

/// Makes the process's QGuiApplication on first use (offscreen unless a platform is set). Not at
/// start-up: test discovery runs the binary only to list the tests.
void ensureApplication();
/// The same with a QApplication, for the widget tests (tests/support/widget_application.cpp).
void ensureWidgetApplication();

/// The default project the build generated from data/.
QString defaultProjectPath();
/// A file under tests/data.
QString testDataPath(const QString& relative);
/// The real base map in ../shared (not open-licensed, never committed); empty when absent, so
/// tests that use it skip on a machine without ../shared.
QString sharedBasemapPath();

/// A scratch folder removed when the test ends.
class ScratchDir {
public:
    ScratchDir();
    QString file(const QString& name) const;

private:
    QTemporaryDir dir_;
};

}  // namespace tests
