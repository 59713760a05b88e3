// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QMap>
#include <QVariantMap>

class QDialogButtonBox;
class QLabel;
class QListWidget;

namespace core {
class EditSession;
class PlanCatalog;
}  // namespace core

namespace app {

/// The attribute form of a new or edited feature, built from the layer's fields. On the plan
/// layers kind, status, tier and accuracy are combo boxes over their closed sets, and "tasks" is a
/// picker of the catalog's plan tasks showing their departments; fields named like a year take
/// whole numbers only. Each change is checked as the edit session would check it and the problems
/// are shown under their fields; OK stays disabled while there are any. The session and catalog
/// must outlive the form. GUI thread only.
class FeatureAttributeForm : public QDialog {
    Q_OBJECT
public:
    FeatureAttributeForm(core::EditSession& session, const core::PlanCatalog* catalog,
                         const QVariantMap& initial, QWidget* parent = nullptr);

    /// The values as entered: combo boxes give their keys, empty texts are null.
    QVariantMap values() const;
    /// The editor of a field (QLineEdit, QComboBox or, for tasks, QListWidget); nullptr if none.
    QWidget* editor(const QString& field) const { return editors_.value(field); }
    /// Sets a field's editor to `value` (a key for combo boxes, "a|b" for tasks).
    void setValue(const QString& field, const QVariant& value);
    /// The messages shown now, by field ("" for the whole feature).
    QMap<QString, QString> problems() const { return problems_; }
    bool isAcceptable() const { return problems_.isEmpty(); }

private:
    QWidget* createEditor(const QString& field, bool planLayer);
    QListWidget* createTaskPicker();
    void validate();

    core::EditSession& session_;
    const core::PlanCatalog* catalog_;
    QMap<QString, QWidget*> editors_;
    QMap<QString, QLabel*> problemLabels_;
    QMap<QString, QString> problems_;
    QLabel* summary_;
    QDialogButtonBox* buttons_ = nullptr;
};

}  // namespace app
