// SPDX-License-Identifier: GPL-3.0-or-later
// One undo order over several layers' stacks: Ctrl+Z takes back the step made last, whichever
// layer it was on. The expected values are the plain sequence of steps a user made.
#include "core/cross_layer_undo.h"
#include "tests/support/test_files.h"

#include <catch2/catch.hpp>

#include <QUndoCommand>

#include <memory>

namespace {

/// Appends its name to a shared log on redo and removes it on undo.
class LogStep : public QUndoCommand {
public:
    LogStep(QStringList& log, const QString& name) : QUndoCommand(name), log_(log) {}
    void redo() override { log_ << text(); }
    void undo() override { log_.removeOne(text()); }

private:
    QStringList& log_;
};

}  // namespace

TEST_CASE("Undo takes back the last step made, whichever layer it was on", "[core][undo]") {
    tests::ensureApplication();
    QStringList log;
    QUndoStack roads;
    QUndoStack parks;
    core::CrossLayerUndo undo;
    undo.addStack(&roads);
    undo.addStack(&parks);
    CHECK_FALSE(undo.canUndo());

    roads.push(new LogStep(log, "road 1"));
    parks.push(new LogStep(log, "park 1"));
    roads.push(new LogStep(log, "road 2"));
    parks.push(new LogStep(log, "park 2"));
    REQUIRE(log == QStringList{"road 1", "park 1", "road 2", "park 2"});
    CHECK(undo.undoText() == "park 2");

    undo.undo();
    undo.undo();
    CHECK(log == QStringList{"road 1", "park 1"});
    CHECK(undo.redoText() == "road 2");
    undo.redo();
    CHECK(log == QStringList{"road 1", "park 1", "road 2"});
    CHECK(undo.redoText() == "park 2");

    SECTION("a step undone through its own stack leaves the order") {
        roads.undo();  // road 2
        undo.undo();   // then park 1 is the last step made
        CHECK(log == QStringList{"road 1"});
        undo.redo();
        CHECK(log == QStringList{"road 1", "park 1"});
    }
    SECTION("a save clears its stack: the other layer's steps stay in order") {
        roads.clear();  // as EditSession::save() does
        CHECK(undo.undoText() == "park 1");
        undo.undo();
        CHECK(log == QStringList{"road 1", "road 2"});
        CHECK_FALSE(undo.canUndo());
    }
    SECTION("a destroyed stack is skipped") {
        auto extra = std::make_unique<QUndoStack>();
        undo.addStack(extra.get());
        extra->push(new LogStep(log, "river 1"));
        extra.reset();  // its step stays made: only the order forgets it
        undo.undo();
        CHECK(log == QStringList{"road 1", "park 1", "river 1"});
    }
    SECTION("a new step on a layer drops that layer's redo") {
        undo.undo();  // road 2
        roads.push(new LogStep(log, "road 3"));
        CHECK(undo.redoText() == "park 2");
        undo.redo();
        CHECK(log == QStringList{"road 1", "park 1", "road 3", "park 2"});
        CHECK_FALSE(undo.canRedo());
    }
}
