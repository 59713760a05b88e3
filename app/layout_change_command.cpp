// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/layout_change_command.h"

namespace app {

ChangeLayout::ChangeLayout(const QString& text, gis::PrintLayout before, gis::PrintLayout after,
                           std::function<void(const gis::PrintLayout&)> apply)
    : QUndoCommand(text),
      before_(std::move(before)),
      after_(std::move(after)),
      apply_(std::move(apply)) {}

void ChangeLayout::undo() {
    apply_(before_);
}

void ChangeLayout::redo() {
    apply_(after_);
}

}  // namespace app
