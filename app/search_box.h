// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>
#include <QString>

#include <memory>

class QCompleter;
class QStandardItemModel;

namespace core {
class PlanCatalog;
}

namespace app {

/// The search field over the plan: as the user types, a popup lists the items whose Chinese name,
/// alias or English name matches (best first, as PlanCatalog::search ranks them). Choosing one, or
/// pressing Enter for the best match, emits itemChosen; Enter without a match marks the text as
/// not found and emits nothing. GUI thread only; it shares the catalog it is given.
class SearchBox : public QLineEdit {
    Q_OBJECT
public:
    explicit SearchBox(QWidget* parent = nullptr);

    void setCatalog(std::shared_ptr<const core::PlanCatalog> catalog);
    /// Whether the last Enter found nothing (shown in red with a tooltip until the text changes).
    bool showsNoMatch() const { return noMatch_; }

Q_SIGNALS:
    void itemChosen(const QString& itemId);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void updateSuggestions(const QString& text);
    void choose(const QString& itemId, const QString& name);
    void chooseBestMatch();
    void setNoMatch(bool noMatch);
    void retranslate();

    std::shared_ptr<const core::PlanCatalog> catalog_;
    QStandardItemModel* model_;
    QCompleter* completer_;
    bool noMatch_ = false;
};

}  // namespace app
