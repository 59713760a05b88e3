// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace core {

/// What changed in an open Project, for the views that show it (canvas, legend, attribute table,
/// bookmarks menu …): emitted by the Project after each change it saved (or, on a read-only
/// project, kept for the session). A Project is a value; its copies share this object, which
/// lives as long as the last of them. GUI thread.
class ProjectChanges : public QObject {
    Q_OBJECT

Q_SIGNALS:
    /// A layer was shown or hidden.
    void visibilityChanged(const QString& key);
    /// The layer list, a layer's opacity, scale range, CRS or source changed, or the
    /// plan filter.
    void layersChanged();
    /// A layer's style changed (a style edit, a thematic preset).
    void stylesChanged();
    void bookmarksChanged();
    /// The map CRS changed (and with it the home extent).
    void crsChanged();
};

}  // namespace core
