// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/identify_dock.h"

#include "core/plan_catalog.h"

#include <QEvent>
#include <QTextBrowser>

namespace app {

namespace {

QString escaped(const QString& text) {
    return text.toHtmlEscaped();
}

QString row(const QString& label, const QString& valueHtml) {
    return QStringLiteral("<tr><th align='left' valign='top'>%1</th><td>%2</td></tr>")
        .arg(escaped(label), valueHtml);
}

/// Chinese names of departments, joined the way the plan lists them; unknown ids as they are.
QString departmentNames(const core::PlanCatalog& catalog, const QStringList& ids) {
    QStringList names;
    for (const QString& id : ids) {
        const core::Department* department = catalog.department(id);
        names << (department ? department->nameZh : id);
    }
    return escaped(names.join(QStringLiteral("、")));
}

}  // namespace

IdentifyDock::IdentifyDock(QWidget* parent)
    : QDockWidget(parent), browser_(new QTextBrowser(this)) {
    setObjectName(QStringLiteral("identifyDock"));
    browser_->setObjectName(QStringLiteral("identifyBrowser"));
    browser_->setOpenLinks(false);
    setWidget(browser_);
    retranslate();
    clear();
}

void IdentifyDock::showItem(const core::PlanItem& item, const core::PlanCatalog& catalog) {
    QString html = QStringLiteral("<h2>%1</h2>").arg(escaped(item.nameZh));
    QStringList names;
    if (!item.nameEn.isEmpty()) {
        names << QStringLiteral("<b>%1</b>").arg(escaped(item.nameEn));
    }
    if (!item.aliases.isEmpty()) {
        names << escaped(tr("Also called: %1").arg(item.aliases.join(QStringLiteral("、"))));
    }
    if (!names.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(names.join(QStringLiteral("<br/>")));
    }

    html += QStringLiteral("<table cellspacing='2' cellpadding='2'>");
    html += row(tr("Kind"), escaped(core::PlanVocabulary::label(item.kind)));
    QString status = escaped(core::PlanVocabulary::label(item.status));
    if (!item.statusZh.isEmpty()) {
        status += QStringLiteral(" — %1").arg(escaped(item.statusZh));
    }
    html += row(tr("Status"), status);
    html += row(tr("Plan section"), escaped(item.section));
    // Nothing shipped is surveyed: say so next to the position, in a colour that stands out.
    QString accuracy = escaped(core::PlanVocabulary::label(item.accuracy));
    if (item.accuracy != core::PositionAccuracy::Surveyed) {
        const QString caveat = item.accuracy == core::PositionAccuracy::Schematic
                                   ? tr("Schematic only: drawn to show the plan's intent, not "
                                        "where it will be built. Not surveyed.")
                                   : tr("Approximate position, not surveyed.");
        accuracy =
            QStringLiteral("<span style='color:#b34700'>&#9888; %1</span>").arg(escaped(caveat));
    }
    if (!item.geometryNote.isEmpty()) {
        accuracy += QStringLiteral("<br/><i>%1</i>").arg(escaped(item.geometryNote));
    }
    html += row(tr("Position"), accuracy);
    if (item.beyondRegion) {
        html += row(tr("Region"), escaped(tr("Outside the agglomeration")));
    }
    html += QStringLiteral("</table>");

    const std::vector<const core::PlanTask*> tasks = catalog.tasksOf(item);
    if (!tasks.empty()) {
        html += QStringLiteral("<h3>%1</h3>").arg(escaped(tr("Tasks")));
    }
    for (const core::PlanTask* task : tasks) {
        html +=
            QStringLiteral("<h4>%1 %2</h4>").arg(escaped(task->section), escaped(task->titleZh));
        if (!task->leadDepartmentIds.isEmpty()) {
            html +=
                QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(escaped(tr("Lead:")), departmentNames(catalog, task->leadDepartmentIds));
        }
        QStringList others;
        for (const QString& id : task->departmentIds) {
            if (!task->leadDepartmentIds.contains(id)) {
                others << id;
            }
        }
        if (!others.isEmpty()) {
            html += QStringLiteral("<p><b>%1</b> %2</p>")
                        .arg(escaped(tr("Also responsible:")), departmentNames(catalog, others));
        }
        if (!task->paragraphZh.isEmpty()) {
            html += QStringLiteral("<blockquote style='color:#404040'>%1</blockquote>")
                        .arg(escaped(task->paragraphZh));
        }
    }
    setHtml(html);
}

void IdentifyDock::showAttributes(const QString& layerName, const Fields& fields) {
    QString html = QStringLiteral("<h2>%1</h2><table cellspacing='2' cellpadding='2'>")
                       .arg(escaped(layerName));
    html += QStringLiteral("<tr><th align='left'>%1</th><th align='left'>%2</th></tr>")
                .arg(escaped(tr("Field")), escaped(tr("Value")));
    for (const auto& [name, value] : fields) {
        html += row(name, escaped(value));
    }
    html += QStringLiteral("</table>");
    setHtml(html);
}

void IdentifyDock::clear() {
    setHtml(
        QStringLiteral("<p style='color:gray'>%1</p>")
            .arg(escaped(tr("Click a feature on the map to see what the plan says about it."))));
    showingHint_ = true;
}

void IdentifyDock::setHtml(const QString& html) {
    showingHint_ = false;
    html_ = html;
    browser_->setHtml(html_);
}

void IdentifyDock::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDockWidget::changeEvent(event);
}

void IdentifyDock::retranslate() {
    setWindowTitle(tr("Identify"));
    if (showingHint_) {
        clear();
    }
}

}  // namespace app
