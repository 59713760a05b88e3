// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QUndoStack>

#include <map>
#include <vector>

namespace core {

/// One undo order over the undo stacks of several edit sessions (one per layer): undo() takes back
/// the step made last, whichever layer it was on, and redo() brings back the one undone last, as
/// a user expects of Ctrl+Z and Ctrl+Shift+Z. Steps pushed on a stack, merged into its last step,
/// undone or redone through the stack itself, and a stack cleared by a save or a discard are
/// followed through the stacks' index. Stacks may be destroyed at any time. GUI thread.
class CrossLayerUndo : public QObject {
    Q_OBJECT

public:
    explicit CrossLayerUndo(QObject* parent = nullptr);

    void addStack(QUndoStack* stack);
    /// Forgets every stack.
    void clear();

    bool canUndo() const;
    bool canRedo() const;
    /// The text of the step undo()/redo() would act on (empty when none).
    QString undoText() const;
    QString redoText() const;

public Q_SLOTS:
    void undo();
    void redo();

Q_SIGNALS:
    /// canUndo(), canRedo() or their texts may have changed.
    void changed();

private:
    void follow(QUndoStack* stack, int index);
    void dropDestroyed();
    void erase(std::vector<QPointer<QUndoStack>>& order, QUndoStack* stack, int count);

    // Oldest first: one entry per step done (order_) and per step undone here or on its stack
    // (undone_), naming the stack that holds it.
    std::vector<QPointer<QUndoStack>> order_;
    std::vector<QPointer<QUndoStack>> undone_;
    struct Tracked {
        QPointer<QUndoStack> stack;  // null once destroyed: its address may then be reused
        int index = 0;
    };
    std::map<QUndoStack*, Tracked> stacks_;
    bool acting_ = false;
};

}  // namespace core
