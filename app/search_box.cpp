// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/search_box.h"

#include "core/plan_catalog.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QEvent>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QStandardItemModel>

#include <algorithm>

namespace app {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kNameRole = Qt::UserRole + 2;  // what the field shows once an item is chosen
constexpr std::size_t kMaxSuggestions = 20;
}  // namespace

SearchBox::SearchBox(QWidget* parent)
    : QLineEdit(parent), model_(new QStandardItemModel(this)), completer_(new QCompleter(this)) {
    setObjectName(QStringLiteral("searchBox"));
    setClearButtonEnabled(true);
    completer_->setModel(model_);
    // The catalog has ranked the rows already; the completer must not filter them again.
    completer_->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    completer_->setCompletionRole(kNameRole);
    completer_->setMaxVisibleItems(12);
    setCompleter(completer_);
    connect(this, &QLineEdit::textEdited, this, &SearchBox::updateSuggestions);
    connect(completer_, QOverload<const QModelIndex&>::of(&QCompleter::activated), this,
            [this](const QModelIndex& index) {
                choose(index.data(kIdRole).toString(), index.data(kNameRole).toString());
            });
    retranslate();
}

void SearchBox::setCatalog(std::shared_ptr<const core::PlanCatalog> catalog) {
    catalog_ = std::move(catalog);
    model_->clear();
    setNoMatch(false);
}

void SearchBox::updateSuggestions(const QString& text) {
    setNoMatch(false);
    model_->clear();
    if (!catalog_) {
        return;
    }
    const QString needle = text.trimmed();
    const std::vector<const core::PlanItem*> found = catalog_->search(needle);
    const std::size_t count = std::min(found.size(), kMaxSuggestions);
    for (std::size_t i = 0; i < count; ++i) {
        const core::PlanItem& item = *found[i];
        const QString kind = core::PlanVocabulary::label(item.kind);
        QString name = item.nameZh;
        // Found by an alias only: show that alias too, or the row would look unrelated.
        if (!name.contains(needle, Qt::CaseInsensitive) &&
            !item.nameEn.contains(needle, Qt::CaseInsensitive)) {
            for (const QString& alias : item.aliases) {
                if (alias.contains(needle, Qt::CaseInsensitive)) {
                    name = tr("%1 / %2").arg(item.nameZh, alias);
                    break;
                }
            }
        }
        const QString display = item.nameEn.isEmpty()
                                    ? tr("%1 (%2)").arg(name, kind)
                                    : tr("%1 — %2 (%3)").arg(name, item.nameEn, kind);
        auto* row = new QStandardItem(display);
        row->setData(item.id, kIdRole);
        row->setData(item.nameZh, kNameRole);
        row->setEditable(false);
        model_->appendRow(row);
    }
    if (model_->rowCount() > 0) {
        completer_->setCompletionPrefix(text);
        completer_->complete();
    } else {
        completer_->popup()->hide();
    }
}

void SearchBox::keyPressEvent(QKeyEvent* event) {
    if (event->key() != Qt::Key_Return && event->key() != Qt::Key_Enter) {
        QLineEdit::keyPressEvent(event);
        return;
    }
    // A row the user moved to with the arrow keys wins over the best match of the text.
    QAbstractItemView* popup = completer_->popup();
    const QModelIndexList picked =
        popup->isVisible() ? popup->selectionModel()->selectedIndexes() : QModelIndexList();
    popup->hide();
    if (!picked.isEmpty()) {
        choose(picked.first().data(kIdRole).toString(), picked.first().data(kNameRole).toString());
    } else {
        chooseBestMatch();
    }
    event->accept();
}

void SearchBox::chooseBestMatch() {
    if (!catalog_ || text().trimmed().isEmpty()) {
        return;
    }
    const std::vector<const core::PlanItem*> found = catalog_->search(text());
    if (found.empty()) {
        setNoMatch(true);
        return;
    }
    choose(found.front()->id, found.front()->nameZh);
}

void SearchBox::choose(const QString& itemId, const QString& name) {
    if (itemId.isEmpty()) {
        return;
    }
    setText(name);
    setNoMatch(false);
    Q_EMIT itemChosen(itemId);
}

void SearchBox::setNoMatch(bool noMatch) {
    if (noMatch == noMatch_) {
        return;
    }
    noMatch_ = noMatch;
    QPalette palette = this->palette();
    palette.setColor(QPalette::Text,
                     noMatch ? QColor(0xc0, 0x1c, 0x1c) : QPalette().color(QPalette::Text));
    setPalette(palette);
    setToolTip(noMatch ? tr("No match in the plan") : QString());
}

void SearchBox::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QLineEdit::changeEvent(event);
}

void SearchBox::retranslate() {
    setPlaceholderText(tr("Search places and projects…"));
    if (noMatch_) {
        setToolTip(tr("No match in the plan"));
    }
}

}  // namespace app
