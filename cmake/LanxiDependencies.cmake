# SPDX-License-Identifier: GPL-3.0-or-later
# Every third-party dependency comes from Debian 12 packages (see scripts/setup.sh).
find_package(Qt6 6.4 REQUIRED COMPONENTS Core Gui Widgets Concurrent Svg PrintSupport Test LinguistTools)
find_package(GDAL 3.6 CONFIG REQUIRED)
find_package(PROJ 9 CONFIG REQUIRED)
find_package(GEOS 3.11 CONFIG REQUIRED)
find_package(SQLite3 REQUIRED)
find_package(PostgreSQL 15 REQUIRED)

set(CMAKE_AUTOMOC ON)
qt_standard_project_setup()
