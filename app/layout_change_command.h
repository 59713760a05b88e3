// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gis/layout/print_layout.h"

#include <QUndoCommand>

#include <functional>

namespace app {

/// One edit of a print layout (a property, the page, a template swapped in): keeps the layout
/// before and after and applies one or the other through `apply`, the editor's only setter.
class ChangeLayout : public QUndoCommand {
public:
    ChangeLayout(const QString& text, gis::PrintLayout before, gis::PrintLayout after,
                 std::function<void(const gis::PrintLayout&)> apply);

    void undo() override;
    void redo() override;

private:
    gis::PrintLayout before_;
    gis::PrintLayout after_;
    std::function<void(const gis::PrintLayout&)> apply_;
};

}  // namespace app
