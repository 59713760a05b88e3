// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/selection_actions.h"

#include "app/edit_controller.h"
#include "app/feature_attribute_form.h"
#include "core/edit_session.h"
#include "core/feature_exporter.h"
#include "core/project.h"
#include "gis/error.h"
#include "gis/gdal_environment.h"
#include "gis/handles.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <QAction>
#include <QFileDialog>
#include <QStringList>

namespace app {

namespace {

/// Null, invalid and empty texts are all "no value" in the form.
bool sameValue(const QVariant& a, const QVariant& b) {
    const bool aEmpty = a.isNull() || a.toString().isEmpty();
    const bool bEmpty = b.isNull() || b.toString().isEmpty();
    if (aEmpty || bEmpty) {
        return aEmpty == bEmpty;
    }
    return a.toString() == b.toString();
}

/// The name under which an attribute filter reaches a layer's feature ids.
QString fidColumn(const QString& dataset, const QString& table) {
    gis::initializeGdal();
    gis::GdalDatasetPtr opened(
        GDALDataset::Open(dataset.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    OGRLayer* layer = opened ? opened->GetLayerByName(table.toUtf8().constData()) : nullptr;
    const char* column = layer ? layer->GetFIDColumn() : "";
    return column && *column ? QStringLiteral("\"%1\"").arg(QString::fromUtf8(column))
                             : QStringLiteral("FID");
}

}  // namespace

SelectionActions::SelectionActions(EditController* editing)
    : QObject(editing),
      editing_(editing),
      editAttributesAction_(new QAction(this)),
      exportAction_(new QAction(this)) {
    editAttributesAction_->setObjectName(QStringLiteral("editAttributesAction"));
    exportAction_->setObjectName(QStringLiteral("exportFeaturesAction"));
    connect(editAttributesAction_, &QAction::triggered, this, [this] {
        const QList<qint64>& selected = editing_->editTool()->selection();
        if (selected.size() == 1) {
            editAttributes(selected.front());
        }
    });
    connect(exportAction_, &QAction::triggered, this, [this] {
        const QString path = askPath_();
        if (!path.isEmpty()) {
            exportFeatures(path);
        }
    });
    // Queued: the form is modal and must not run inside the tool's mouse handler.
    connect(
        editing_->editTool(), &FeatureEditTool::featureDoubleClicked, this,
        [this](qint64 fid) { editAttributes(fid); }, Qt::QueuedConnection);
    connect(editing_->editTool(), &FeatureEditTool::selectionChanged, this,
            &SelectionActions::updateActions);
    askPath_ = [this] {
        QStringList filters;
        for (const QString& extension : core::FeatureExporter::extensions()) {
            filters << QStringLiteral("*.%1").arg(extension);
        }
        return QFileDialog::getSaveFileName(qobject_cast<QWidget*>(editing_->parent()),
                                            tr("Export Features"), QString(),
                                            tr("Vector files (%1)").arg(filters.join(u' ')));
    };
    retranslate();
    updateActions();
}

void SelectionActions::retranslate() {
    editAttributesAction_->setText(tr("Edit Attributes…"));
    editAttributesAction_->setToolTip(tr("Edit the attributes of the selected feature"));
    exportAction_->setText(tr("Export Features…"));
    exportAction_->setToolTip(
        tr("Export the selected features of the edited layer, or the whole layer"));
}

void SelectionActions::updateActions() {
    editAttributesAction_->setEnabled(editing_->editTool()->selection().size() == 1);
}

bool SelectionActions::editAttributes(std::int64_t fid) {
    core::Project* project = editing_->project();
    core::EditSession* session = editing_->startEditing(editing_->selectionLayer());
    const auto state = session ? session->feature(fid) : std::nullopt;
    if (!project || !state) {
        return false;
    }
    FeatureAttributeForm form(*session, &project->catalog(), state->attributes,
                              qobject_cast<QWidget*>(editing_->parent()));
    form.setWindowTitle(tr("Edit Attributes"));
    const std::optional<QVariantMap> values = editing_->runForm(form);
    if (!values) {
        return false;
    }
    QVariantMap changed;
    for (auto it = values->begin(); it != values->end(); ++it) {
        if (!sameValue(it.value(), state->attributes.value(it.key()))) {
            changed.insert(it.key(), it.value());
        }
    }
    if (changed.isEmpty()) {
        return false;
    }
    try {
        session->changeAttributes(fid, changed);
    } catch (const gis::Error& refusal) {
        Q_EMIT editing_->failed(tr("Edit refused"), refusal.message());
        return false;
    }
    editing_->undoGroup().setActiveStack(&session->undoStack());
    return true;
}

int SelectionActions::exportFeatures(const QString& outPath) {
    core::Project* project = editing_->project();
    const QString key = editing_->selectionLayer();
    const core::LayerRecord* layer = nullptr;
    if (project) {
        for (const core::LayerRecord& record : project->layerRecords()) {
            if (record.key == key) {
                layer = &record;
            }
        }
    }
    if (!layer) {
        Q_EMIT editing_->failed(tr("Cannot export"), tr("There is no layer to export."));
        return -1;
    }
    const QString dataset = project->resolvedDataset(*layer);
    QString where;
    const QList<qint64>& selected = editing_->editTool()->selection();
    QStringList ids;
    for (const qint64 fid : selected) {
        if (fid >= 0) {  // unsaved features are not in the file yet
            ids << QString::number(fid);
        }
    }
    if (!selected.isEmpty()) {
        where = QStringLiteral("%1 IN (%2)")
                    .arg(fidColumn(dataset, layer->table),
                         ids.isEmpty() ? QStringLiteral("-1") : ids.join(u','));
    }
    try {
        return core::FeatureExporter::run(dataset, layer->table, where, outPath);
    } catch (const gis::Error& error) {
        Q_EMIT editing_->failed(tr("Cannot export"), error.message());
    }
    return -1;
}

}  // namespace app
