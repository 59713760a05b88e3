// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

#include <functional>

namespace core {
class Project;
}

namespace app {

/// The Bookmarks menu: the project's saved views (the whole agglomeration, both metropolitan
/// areas, the demonstration zone …), "Add Bookmark…" for the current view and "Remove Bookmark".
/// Bookmarks live in the project file. GUI thread only.
class BookmarksMenu : public QMenu {
    Q_OBJECT
public:
    /// `currentView` gives the view to save, in lon/lat.
    BookmarksMenu(std::function<QRectF()> currentView, QWidget* parent = nullptr);

    void setProject(core::Project* project);

Q_SIGNALS:
    void zoomRequested(const QRectF& extentLonLat);
    void failed(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void addCurrentView();
    void removeOne();

    std::function<QRectF()> currentView_;
    core::Project* project_ = nullptr;
};

}  // namespace app
