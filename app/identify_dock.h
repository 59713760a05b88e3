// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>
#include <QString>

#include <utility>
#include <vector>

class QTextBrowser;

namespace core {
class PlanCatalog;
struct PlanItem;
}  // namespace core

namespace app {

/// The identify panel: what the plan says about a clicked item (names, kind, status, section, how
/// far its position can be trusted, and each task with its departments and paragraph), or the
/// plain attributes of a feature of another layer. Lives on the GUI thread; it copies what it
/// shows into HTML and keeps no reference to the item or the catalog.
class IdentifyDock : public QDockWidget {
    Q_OBJECT
public:
    using Fields = std::vector<std::pair<QString, QString>>;

    explicit IdentifyDock(QWidget* parent = nullptr);

    void showItem(const core::PlanItem& item, const core::PlanCatalog& catalog);
    /// A feature of a layer that is not part of the plan: its fields as (name, value) rows.
    void showAttributes(const QString& layerName, const Fields& fields);
    /// Shows the hint to click a feature.
    void clear();

    /// The HTML shown now.
    QString html() const { return html_; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void setHtml(const QString& html);
    void retranslate();

    QTextBrowser* browser_;
    QString html_;
    bool showingHint_ = false;  // the hint is retranslated, a shown feature is not
};

}  // namespace app
