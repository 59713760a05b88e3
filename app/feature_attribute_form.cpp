// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/feature_attribute_form.h"

#include "core/edit_session.h"
#include "core/plan_attribute_validator.h"
#include "core/plan_catalog.h"
#include "core/plan_vocabulary.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace app {

namespace {

constexpr int kKeyRole = Qt::UserRole;

QComboBox* comboBox(const std::vector<std::pair<QString, QString>>& keysAndLabels) {
    auto* box = new QComboBox;
    for (const auto& [key, label] : keysAndLabels) {
        box->addItem(label, key);
    }
    return box;
}

std::vector<std::pair<QString, QString>> kinds() {
    std::vector<std::pair<QString, QString>> entries;
    for (const core::ItemKind kind : core::PlanVocabulary::allKinds()) {
        entries.emplace_back(core::PlanVocabulary::key(kind), core::PlanVocabulary::label(kind));
    }
    return entries;
}

std::vector<std::pair<QString, QString>> statuses() {
    std::vector<std::pair<QString, QString>> entries;
    for (const core::PlanStatus status : core::PlanVocabulary::allStatuses()) {
        entries.emplace_back(core::PlanVocabulary::key(status),
                             core::PlanVocabulary::label(status));
    }
    return entries;
}

std::vector<std::pair<QString, QString>> accuracies() {
    std::vector<std::pair<QString, QString>> entries;
    // Hand-drawn footprints are schematic until surveyed: that one comes first.
    for (const auto accuracy :
         {core::PositionAccuracy::Schematic, core::PositionAccuracy::Approximate,
          core::PositionAccuracy::Surveyed}) {
        entries.emplace_back(core::PlanVocabulary::key(accuracy),
                             core::PlanVocabulary::label(accuracy));
    }
    return entries;
}

std::vector<std::pair<QString, QString>> tiers() {
    std::vector<std::pair<QString, QString>> entries;
    for (const auto tier :
         {core::CityTier::None, core::CityTier::Central, core::CityTier::Metropolitan,
          core::CityTier::Node, core::CityTier::County}) {
        entries.emplace_back(core::PlanVocabulary::key(tier), core::PlanVocabulary::key(tier));
    }
    return entries;
}

bool isYearField(const QString& field) {
    return field.contains(QLatin1String("year"), Qt::CaseInsensitive);
}

}  // namespace

FeatureAttributeForm::FeatureAttributeForm(core::EditSession& session,
                                           const core::PlanCatalog* catalog,
                                           const QVariantMap& initial, QWidget* parent)
    : QDialog(parent), session_(session), catalog_(catalog), summary_(new QLabel) {
    setObjectName(QStringLiteral("featureAttributeForm"));
    setWindowTitle(tr("Attributes of the new feature in %1").arg(session.layer().name()));
    const bool planLayer = core::PlanAttributeValidator::isPlanLayer(session.layer().name());
    auto* form = new QFormLayout;
    for (const QString& field : session.layer().fieldNames()) {
        QWidget* editor = createEditor(field, planLayer);
        editor->setObjectName(field);
        editors_.insert(field, editor);
        auto* problem = new QLabel;
        problem->setObjectName(QStringLiteral("problem_") + field);
        problem->setStyleSheet(QStringLiteral("color: #c62828"));
        problem->setWordWrap(true);
        problem->hide();
        problemLabels_.insert(field, problem);
        auto* cell = new QVBoxLayout;
        cell->setContentsMargins(0, 0, 0, 0);
        cell->addWidget(editor);
        cell->addWidget(problem);
        form->addRow(field, cell);
    }
    summary_->setStyleSheet(QStringLiteral("color: #c62828"));
    summary_->setWordWrap(true);
    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(summary_);
    layout->addWidget(buttons_);
    for (auto it = initial.begin(); it != initial.end(); ++it) {
        setValue(it.key(), it.value());
    }
    validate();
}

QWidget* FeatureAttributeForm::createEditor(const QString& field, bool planLayer) {
    QWidget* editor = nullptr;
    if (planLayer && field == QLatin1String("kind")) {
        editor = comboBox(kinds());
    } else if (planLayer && field == QLatin1String("status")) {
        editor = comboBox(statuses());
    } else if (planLayer && field == QLatin1String("accuracy")) {
        editor = comboBox(accuracies());
    } else if (planLayer && field == QLatin1String("tier")) {
        editor = comboBox(tiers());
    } else if (planLayer && field == QLatin1String("tasks")) {
        return createTaskPicker();
    }
    if (auto* box = qobject_cast<QComboBox*>(editor)) {
        connect(box, &QComboBox::currentIndexChanged, this, &FeatureAttributeForm::validate);
        return box;
    }
    auto* line = new QLineEdit;
    if (isYearField(field)) {
        line->setValidator(new QIntValidator(1, 9999, line));
        line->setPlaceholderText(tr("a year, e.g. 2035"));
    }
    connect(line, &QLineEdit::textChanged, this, &FeatureAttributeForm::validate);
    return line;
}

QListWidget* FeatureAttributeForm::createTaskPicker() {
    auto* list = new QListWidget;
    list->setMinimumHeight(140);
    if (catalog_) {
        for (const core::PlanTask& task : catalog_->tasks()) {
            QStringList departments;
            for (const QString& id : task.departmentIds) {
                const core::Department* department = catalog_->department(id);
                departments << (department ? department->nameZh : id);
            }
            auto* item = new QListWidgetItem(
                tr("%1 %2 — %3").arg(task.id, task.titleZh, departments.join(QStringLiteral("、"))),
                list);
            item->setData(kKeyRole, task.id);
            item->setToolTip(task.paragraphZh);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    }
    connect(list, &QListWidget::itemChanged, this, &FeatureAttributeForm::validate);
    return list;
}

QVariantMap FeatureAttributeForm::values() const {
    QVariantMap values;
    for (auto it = editors_.begin(); it != editors_.end(); ++it) {
        QVariant value;
        if (auto* box = qobject_cast<QComboBox*>(it.value())) {
            value = box->currentData();
        } else if (auto* list = qobject_cast<QListWidget*>(it.value())) {
            QStringList ids;
            for (int row = 0; row < list->count(); ++row) {
                if (list->item(row)->checkState() == Qt::Checked) {
                    ids << list->item(row)->data(kKeyRole).toString();
                }
            }
            value = ids.join(u'|');
        } else if (auto* line = qobject_cast<QLineEdit*>(it.value())) {
            value = line->text();
        }
        // An empty entry is "no value", so that number fields take it too.
        values.insert(it.key(), value.toString().isEmpty() ? QVariant() : value);
    }
    return values;
}

void FeatureAttributeForm::setValue(const QString& field, const QVariant& value) {
    QWidget* editor = editors_.value(field);
    if (auto* box = qobject_cast<QComboBox*>(editor)) {
        const int index = box->findData(value.toString());
        if (index >= 0) {
            box->setCurrentIndex(index);
        }
    } else if (auto* list = qobject_cast<QListWidget*>(editor)) {
        const QStringList ids = value.toString().split(u'|', Qt::SkipEmptyParts);
        QStringList listed;
        for (int row = 0; row < list->count(); ++row) {
            QListWidgetItem* item = list->item(row);
            listed << item->data(kKeyRole).toString();
            item->setCheckState(ids.contains(listed.back()) ? Qt::Checked : Qt::Unchecked);
        }
        // A task the catalog does not know stays in the value, so that the check below names it
        // under the field rather than the form dropping it unseen.
        for (const QString& id : ids) {
            if (!listed.contains(id.trimmed())) {
                auto* item = new QListWidgetItem(tr("%1 (unknown task)").arg(id.trimmed()), list);
                item->setData(kKeyRole, id.trimmed());
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(Qt::Checked);
            }
        }
    } else if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        line->setText(value.isNull() ? QString() : value.toString());
    }
}

void FeatureAttributeForm::validate() {
    if (!buttons_) {
        return;  // still being built
    }
    problems_.clear();
    for (const core::AttributeProblem& problem : session_.checkAttributes(values())) {
        const QString field = editors_.contains(problem.field) ? problem.field : QString();
        problems_[field] +=
            (problems_[field].isEmpty() ? QString() : QStringLiteral("\n")) + problem.message;
    }
    for (auto it = problemLabels_.begin(); it != problemLabels_.end(); ++it) {
        it.value()->setText(problems_.value(it.key()));
        it.value()->setVisible(problems_.contains(it.key()));
    }
    summary_->setText(problems_.value(QString()));
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(problems_.isEmpty());
}

}  // namespace app
