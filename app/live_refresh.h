// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/project_change_watcher.h"

#include <QLocale>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <set>

namespace core {
class Project;
}

namespace app {

class AttributeTableDock;
class EcologicalDock;
class HistoryDock;
class LayerController;

/// Shows on this workstation what other users save to the open project
/// (core::ProjectChangeWatcher): the layers they saved are reopened (legend counts), the map
/// redraws, their attribute tables and the ecological panel reload, the history panel follows,
/// all once per poll; a change of the layers, styles or bookmarks made elsewhere asks for the
/// project to be reloaded, which waits while this session has unsaved edits. GUI thread; the
/// project and views must outlive it or be unset with follow(nullptr).
class LiveRefresh : public QObject {
    Q_OBJECT

public:
    /// The views that follow saved features.
    struct Views {
        LayerController* layers = nullptr;
        AttributeTableDock* table = nullptr;
        EcologicalDock* ecology = nullptr;
        HistoryDock* history = nullptr;
        std::function<QLocale()> locale;
    };

    LiveRefresh(Views views, QObject* parent);
    ~LiveRefresh() override;

    /// Follows `project` (nullptr: nothing); a failure to follow is said with message().
    void follow(core::Project* project);
    core::ProjectChangeWatcher* watcher() const { return watcher_.get(); }

    /// This session's own saves and project changes, shown already: not reported back.
    void acknowledgeSaves();
    void acknowledgeProject();
    /// Whether a reload waits for this session's edits to be saved (see reloadRequested()).
    bool reloadPending() const { return reloadPending_; }
    void setReloadPending(bool pending) { reloadPending_ = pending; }

Q_SIGNALS:
    /// For the status bar; 0 keeps it.
    void message(const QString& text, int timeoutMs);
    /// The layers, styles or bookmarks changed elsewhere: the project should be reopened.
    void reloadRequested();

private:
    void showSaved(const QString& layer, const QList<qint64>& fids, const QString& user,
                   const QString& dataset);
    void refreshSaved();

    Views views_;
    core::Project* project_ = nullptr;
    std::unique_ptr<core::ProjectChangeWatcher> watcher_;
    QTimer refresh_;          // one redraw for the signals of one poll
    std::set<QString> keys_;  // layers saved elsewhere since the last redraw
    bool reloadPending_ = false;
};

}  // namespace app
