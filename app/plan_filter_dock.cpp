// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/plan_filter_dock.h"

#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSet>

#include <algorithm>
#include <map>

namespace app {

namespace {

struct Choice {
    QString text;
    QVariant data;
    QString toolTip;
};

/// Replaces the entries after "All", keeping the current choice if it is still offered.
void refill(QComboBox* combo, const QString& all, const std::vector<Choice>& choices) {
    const QVariant current = combo->currentData();
    combo->clear();
    combo->addItem(all);
    for (const Choice& choice : choices) {
        combo->addItem(choice.text, choice.data);
        combo->setItemData(combo->count() - 1, choice.toolTip, Qt::ToolTipRole);
    }
    combo->setCurrentIndex(current.isValid() ? std::max(0, combo->findData(current)) : 0);
}

QComboBox* makeCombo(const QString& objectName, QWidget* parent) {
    auto* combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(14);
    return combo;
}

/// The values that occur, each labelled with how many items have it ("铁路 (7)").
template <typename Enum>
std::vector<Choice> countedChoices(const std::vector<Enum>& values, std::map<Enum, int> counts) {
    std::vector<Choice> choices;
    for (const Enum value : values) {
        if (const int count = counts[value]; count > 0) {
            choices.push_back(
                {PlanFilterDock::tr("%1 (%2)").arg(core::PlanVocabulary::label(value)).arg(count),
                 int(value), core::PlanVocabulary::key(value)});
        }
    }
    return choices;
}

/// 1 for 一 … 10 for 十, the first numeral in `text` ("四", "(二)"); unknown ones last.
int numeralRank(const QString& text) {
    static const QString numerals = QStringLiteral("一二三四五六七八九十");
    for (const QChar c : text) {
        if (const qsizetype index = numerals.indexOf(c); index >= 0) {
            return int(index) + 1;
        }
    }
    return 99;
}

/// The plan's chapter headings (一 … 七). Plan text, like the task titles, so not translated.
QString chapterHeading(const QString& chapter) {
    static const QStringList headings{QStringLiteral("总体要求"),
                                      QStringLiteral("优化城市群空间发展格局"),
                                      QStringLiteral("推进生态共建环境共治"),
                                      QStringLiteral("提升基础设施互联互通水平"),
                                      QStringLiteral("协同推动创新和产业发展"),
                                      QStringLiteral("全面深化改革扩大开放"),
                                      QStringLiteral("推进公共服务共建共享")};
    return headings.value(numeralRank(chapter) - 1);
}

/// Chapters ("四") and sub-sections ("四.(一)") of the tasks and items, in plan order.
std::vector<Choice> sectionChoices(const core::PlanCatalog& catalog) {
    struct Entry {
        QString prefix;
        QString title;
    };
    std::map<std::pair<int, int>, Entry> entries;
    const auto add = [&](const QString& section, const QString& taskTitle) {
        const QString chapter = section.section(u'.', 0, 0);
        const QString sub = section.section(u'.', 1, 1);
        if (chapter.isEmpty()) {
            return;
        }
        const int chapterRank = numeralRank(chapter);
        entries.try_emplace({chapterRank, 0}, Entry{chapter, chapterHeading(chapter)});
        if (!sub.isEmpty()) {
            entries.try_emplace({chapterRank, numeralRank(sub)},
                                Entry{chapter + u'.' + sub, taskTitle});
        }
    };
    for (const core::PlanTask& task : catalog.tasks()) {
        add(task.section, task.titleZh);
    }
    for (const core::PlanItem& item : catalog.items()) {
        add(item.section, {});
    }
    std::vector<Choice> choices;
    for (const auto& [rank, entry] : entries) {
        const bool isChapter = rank.second == 0;  // sub-sections indented, named "first task…"
        QString text = (isChapter ? QString() : QStringLiteral("\u3000")) + entry.prefix;
        if (!entry.title.isEmpty()) {
            text += u' ' + entry.title + (isChapter ? QString() : QStringLiteral("…"));
        }
        choices.push_back({text, entry.prefix, entry.title});
    }
    return choices;
}

/// Departments responsible for some item's task, by province (Gansu, Qinghai, national) then name.
std::vector<Choice> departmentChoices(const core::PlanCatalog& catalog) {
    QSet<QString> responsible;
    for (const core::PlanItem& item : catalog.items()) {
        for (const QString& id : catalog.departmentIdsOf(item)) {
            responsible.insert(id);
        }
    }
    std::vector<const core::Department*> departments;
    for (const core::Department& department : catalog.departments()) {
        if (responsible.contains(department.id)) {
            departments.push_back(&department);
        }
    }
    const QStringList provinces{QStringLiteral("gansu"), QStringLiteral("qinghai"),
                                QStringLiteral("national")};
    QCollator collator{QLocale(QLocale::Chinese, QLocale::China)};
    std::sort(departments.begin(), departments.end(), [&](const auto* a, const auto* b) {
        // Unknown provinces (index -1) sort last as unsigned.
        const auto rankA = std::size_t(provinces.indexOf(a->province));
        const auto rankB = std::size_t(provinces.indexOf(b->province));
        return rankA != rankB ? rankA < rankB : collator.compare(a->nameZh, b->nameZh) < 0;
    });
    std::vector<Choice> choices;
    for (const core::Department* department : departments) {
        choices.push_back({department->nameZh, department->id, department->nameEn});
    }
    return choices;
}

}  // namespace

PlanFilterDock::PlanFilterDock(QWidget* parent)
    : QDockWidget(parent),
      form_(new QFormLayout),
      kind_(makeCombo(QStringLiteral("kindCombo"), this)),
      status_(makeCombo(QStringLiteral("statusCombo"), this)),
      department_(makeCombo(QStringLiteral("departmentCombo"), this)),
      leadOnly_(new QCheckBox(this)),
      section_(makeCombo(QStringLiteral("sectionCombo"), this)),
      matchCount_(new QLabel(this)),
      clear_(new QPushButton(this)) {
    setObjectName(QStringLiteral("planFilterDock"));
    leadOnly_->setObjectName(QStringLiteral("leadOnlyCheck"));
    matchCount_->setObjectName(QStringLiteral("matchCountLabel"));
    clear_->setObjectName(QStringLiteral("clearButton"));
    auto* panel = new QWidget(this);
    auto* footer = new QHBoxLayout;
    footer->addWidget(matchCount_, 1);
    footer->addWidget(clear_);
    for (QComboBox* combo : {kind_, status_, department_}) {
        form_->addRow(new QLabel(panel), combo);  // texts set in retranslate()
    }
    form_->addRow(QString(), leadOnly_);
    form_->addRow(new QLabel(panel), section_);
    form_->addRow(footer);
    panel->setLayout(form_);
    setWidget(panel);
    for (QComboBox* combo : {kind_, status_, department_, section_}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &PlanFilterDock::userChanged);
    }
    connect(leadOnly_, &QCheckBox::toggled, this, &PlanFilterDock::userChanged);
    connect(clear_, &QPushButton::clicked, this, &PlanFilterDock::clear);
    retranslate();
}

void PlanFilterDock::setCatalog(std::shared_ptr<const core::PlanCatalog> catalog) {
    const QString before = filter().toSql();
    catalog_ = std::move(catalog);
    fillChoices();
    settle(before);
}

core::ItemFilter PlanFilterDock::filter() const {
    core::ItemFilter filter;
    if (const QVariant kind = kind_->currentData(); kind.isValid()) {
        filter.kind = static_cast<core::ItemKind>(kind.toInt());
    }
    if (const QVariant status = status_->currentData(); status.isValid()) {
        filter.status = static_cast<core::PlanStatus>(status.toInt());
    }
    filter.departmentId = department_->currentData().toString();
    filter.leadOnly = !filter.departmentId.isEmpty() && leadOnly_->isChecked();
    filter.sectionPrefix = section_->currentData().toString();
    return filter;
}

void PlanFilterDock::clear() {
    const QString before = filter().toSql();
    updating_ = true;
    for (QComboBox* combo : {kind_, status_, department_, section_}) {
        combo->setCurrentIndex(0);
    }
    leadOnly_->setChecked(false);
    updating_ = false;
    settle(before);
}

void PlanFilterDock::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDockWidget::changeEvent(event);
}

void PlanFilterDock::retranslate() {
    setWindowTitle(tr("Plan Filter"));
    const std::pair<QWidget*, QString> labels[] = {{kind_, tr("Kind:")},
                                                   {status_, tr("Status:")},
                                                   {department_, tr("Department:")},
                                                   {section_, tr("Section:")}};
    for (const auto& [field, text] : labels) {
        if (auto* label = qobject_cast<QLabel*>(form_->labelForField(field))) {
            label->setText(text);
        }
    }
    leadOnly_->setText(tr("Lead departments only"));
    clear_->setText(tr("Clear"));
    fillChoices();  // the kind and status labels and "All" follow the language
    updateState();
}

void PlanFilterDock::fillChoices() {
    std::vector<Choice> kinds;
    std::vector<Choice> statuses;
    std::vector<Choice> departments;
    std::vector<Choice> sections;
    if (catalog_) {
        std::map<core::ItemKind, int> perKind;
        std::map<core::PlanStatus, int> perStatus;
        for (const core::PlanItem& item : catalog_->items()) {
            ++perKind[item.kind];
            ++perStatus[item.status];
        }
        kinds = countedChoices(core::PlanVocabulary::allKinds(), perKind);
        statuses = countedChoices(core::PlanVocabulary::allStatuses(), perStatus);
        departments = departmentChoices(*catalog_);
        sections = sectionChoices(*catalog_);
    }
    updating_ = true;
    refill(kind_, tr("All kinds"), kinds);
    refill(status_, tr("All statuses"), statuses);
    refill(department_, tr("All departments"), departments);
    refill(section_, tr("All sections"), sections);
    updating_ = false;
}

void PlanFilterDock::userChanged() {
    if (updating_) {
        return;
    }
    updateState();
    Q_EMIT filterChanged(filter());
}

void PlanFilterDock::settle(const QString& before) {
    updateState();
    if (filter().toSql() != before) {
        Q_EMIT filterChanged(filter());
    }
}

void PlanFilterDock::updateState() {
    leadOnly_->setEnabled(department_->currentIndex() > 0);
    if (!catalog_) {
        matchCount_->setText(tr("No plan loaded"));
        return;
    }
    const core::ItemFilter current = filter();
    const auto matching =
        std::count_if(catalog_->items().begin(), catalog_->items().end(),
                      [&](const core::PlanItem& item) { return catalog_->matches(item, current); });
    matchCount_->setText(
        tr("%1 of %2 items match").arg(matching).arg(qsizetype(catalog_->items().size())));
}

}  // namespace app
