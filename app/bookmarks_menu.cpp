// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/bookmarks_menu.h"

#include "core/project.h"
#include "gis/error.h"

#include <QEvent>
#include <QInputDialog>
#include <QLocale>

namespace app {

BookmarksMenu::BookmarksMenu(std::function<QRectF()> currentView, QWidget* parent)
    : QMenu(parent), currentView_(std::move(currentView)) {
    setObjectName(QStringLiteral("bookmarksMenu"));
    rebuild();
}

void BookmarksMenu::setProject(core::Project* project) {
    project_ = project;
    rebuild();
}

void BookmarksMenu::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        rebuild();
    }
    QMenu::changeEvent(event);
}

void BookmarksMenu::rebuild() {
    clear();
    setTitle(tr("&Bookmarks"));
    const bool chinese = QLocale().language() == QLocale::Chinese;
    if (project_) {
        for (const core::Bookmark& bookmark : project_->bookmarks()) {
            const QString name =
                chinese || bookmark.nameEn.isEmpty() ? bookmark.nameZh : bookmark.nameEn;
            const QRectF extent = bookmark.extentLonLat;
            addAction(name, this, [this, extent] { Q_EMIT zoomRequested(extent); });
        }
    }
    addSeparator();
    QAction* add = addAction(tr("&Add Bookmark…"), this, &BookmarksMenu::addCurrentView);
    add->setEnabled(project_ != nullptr);
    QAction* remove = addAction(tr("&Remove Bookmark…"), this, &BookmarksMenu::removeOne);
    remove->setEnabled(project_ && !project_->bookmarks().empty());
}

void BookmarksMenu::addCurrentView() {
    bool ok = false;
    const QString name =
        QInputDialog::getText(parentWidget(), tr("Add Bookmark"), tr("Name of this view:"),
                              QLineEdit::Normal, QString(), &ok);
    if (!ok || name.trimmed().isEmpty()) {
        return;
    }
    try {
        project_->addBookmark({name.trimmed(), name.trimmed(), currentView_()});
    } catch (const gis::Error& error) {
        Q_EMIT failed(error.message());
    }
}

void BookmarksMenu::removeOne() {
    QStringList names;
    for (const core::Bookmark& bookmark : project_->bookmarks()) {
        names << bookmark.nameZh;
    }
    bool ok = false;
    const QString name = QInputDialog::getItem(parentWidget(), tr("Remove Bookmark"),
                                               tr("Bookmark:"), names, 0, false, &ok);
    if (!ok) {
        return;
    }
    try {
        project_->removeBookmark(static_cast<std::size_t>(names.indexOf(name)));
    } catch (const gis::Error& error) {
        Q_EMIT failed(error.message());
    }
}

}  // namespace app
