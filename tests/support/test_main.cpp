// SPDX-License-Identifier: GPL-3.0-or-later
// Catch2's runner. No Qt application is made here: test discovery runs this binary at build time
// only to list tests, and tests that need one call tests::ensureApplication().
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

int main(int argc, char* argv[]) {
    return Catch::Session().run(argc, argv);
}
