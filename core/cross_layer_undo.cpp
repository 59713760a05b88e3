// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cross_layer_undo.h"

#include <algorithm>

namespace core {

CrossLayerUndo::CrossLayerUndo(QObject* parent) : QObject(parent) {}

void CrossLayerUndo::addStack(QUndoStack* stack) {
    const auto known = stacks_.find(stack);
    if (known != stacks_.end() && !known->second.stack.isNull()) {
        return;
    }
    stacks_[stack] = {stack, stack->index()};
    for (int i = 0; i < stack->index(); ++i) {
        order_.emplace_back(stack);  // steps already there (a recovered journal) count as done
    }
    connect(stack, &QUndoStack::indexChanged, this,
            [this, stack](int index) { follow(stack, index); });
    Q_EMIT changed();
}

void CrossLayerUndo::clear() {
    for (auto& [address, tracked] : stacks_) {
        if (!tracked.stack.isNull()) {
            disconnect(tracked.stack, nullptr, this, nullptr);
        }
    }
    stacks_.clear();
    order_.clear();
    undone_.clear();
    Q_EMIT changed();
}

void CrossLayerUndo::erase(std::vector<QPointer<QUndoStack>>& order, QUndoStack* stack, int count) {
    for (auto it = order.end(); count > 0 && it != order.begin();) {
        --it;
        if (it->data() == stack) {
            it = order.erase(it);
            --count;
        }
    }
}

void CrossLayerUndo::follow(QUndoStack* stack, int index) {
    Tracked& tracked = stacks_[stack];
    const int before = tracked.index;
    tracked.index = index;
    if (acting_) {
        return;
    }
    // Steps pushed or redone through the stack count as done last; steps undone through it (or
    // dropped by a save or a discard) leave the order.
    for (int i = before; i < index; ++i) {
        order_.emplace_back(stack);
    }
    if (index < before) {
        erase(order_, stack, before - index);
        for (int i = index; i < before; ++i) {
            undone_.emplace_back(stack);
        }
    }
    // The stack can redo count() - index steps: keep that many of its undone entries, the oldest
    // (the ones redone last).
    const int have = int(std::count(undone_.begin(), undone_.end(), QPointer<QUndoStack>(stack)));
    const int can = stack->count() - index;
    if (have > can) {
        erase(undone_, stack, have - can);
    }
    Q_EMIT changed();
}

void CrossLayerUndo::dropDestroyed() {
    const auto isNull = [](const QPointer<QUndoStack>& stack) { return stack.isNull(); };
    order_.erase(std::remove_if(order_.begin(), order_.end(), isNull), order_.end());
    undone_.erase(std::remove_if(undone_.begin(), undone_.end(), isNull), undone_.end());
}

bool CrossLayerUndo::canUndo() const {
    return std::any_of(order_.begin(), order_.end(),
                       [](const QPointer<QUndoStack>& stack) { return !stack.isNull(); });
}

bool CrossLayerUndo::canRedo() const {
    return std::any_of(undone_.begin(), undone_.end(),
                       [](const QPointer<QUndoStack>& stack) { return !stack.isNull(); });
}

QString CrossLayerUndo::undoText() const {
    for (auto it = order_.rbegin(); it != order_.rend(); ++it) {
        if (!it->isNull()) {
            return (*it)->undoText();
        }
    }
    return {};
}

QString CrossLayerUndo::redoText() const {
    for (auto it = undone_.rbegin(); it != undone_.rend(); ++it) {
        if (!it->isNull()) {
            return (*it)->redoText();
        }
    }
    return {};
}

void CrossLayerUndo::undo() {
    dropDestroyed();
    if (order_.empty()) {
        return;
    }
    QPointer<QUndoStack> stack = order_.back();
    order_.pop_back();
    undone_.push_back(stack);
    acting_ = true;
    stack->undo();
    acting_ = false;
    Q_EMIT changed();
}

void CrossLayerUndo::redo() {
    dropDestroyed();
    if (undone_.empty()) {
        return;
    }
    QPointer<QUndoStack> stack = undone_.back();
    undone_.pop_back();
    order_.push_back(stack);
    acting_ = true;
    stack->redo();
    acting_ = false;
    Q_EMIT changed();
}

}  // namespace core
