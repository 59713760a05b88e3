// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/edit_controller.h"

#include "app/conflict_versions_overlay.h"
#include "app/ecological_dock.h"
#include "app/feature_attribute_form.h"
#include "app/history_dock.h"
#include "app/import_footprints_dialog.h"
#include "app/layer_reprojection.h"
#include "app/map_canvas.h"
#include "app/save_conflict_dialog.h"
#include "app/selection_actions.h"
#include "app/selection_edit_actions.h"
#include "core/edit_session.h"
#include "core/project.h"
#include "gis/coordinate_transform.h"
#include "gis/crs.h"
#include "gis/ogr/ogr_feature_source.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QFileInfo>
#include <QKeySequence>
#include <QUuid>

namespace app {

namespace {

const QString kPlanPoint = QStringLiteral("plan_point");
const QString kPlanLine = QStringLiteral("plan_line");
const QString kPlanArea = QStringLiteral("plan_area");

bool fits(OGRwkbGeometryType layerType, DrawTool::Shape shape) {
    switch (OGR_GT_Flatten(layerType)) {
        case wkbUnknown:
        case wkbGeometryCollection:
            return true;
        case wkbPoint:
        case wkbMultiPoint:
            return shape == DrawTool::Shape::Point;
        case wkbLineString:
        case wkbMultiLineString:
            return shape == DrawTool::Shape::Line;
        case wkbPolygon:
        case wkbMultiPolygon:
            return shape == DrawTool::Shape::Polygon;
        default:
            return false;
    }
}

/// The initial attributes of a new feature of `layer`: plan items get an id of their own.
QVariantMap initialAttributes(const core::EditSession& session, const QString& table) {
    QVariantMap values;
    if (table == kPlanPoint || table == kPlanLine || table == kPlanArea) {
        const QString id =
            QStringLiteral("drawn_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
        values.insert(QStringLiteral("item_id"), id);
        values.insert(QStringLiteral("accuracy"), QStringLiteral("schematic"));
    }
    Q_UNUSED(session);
    return values;
}

}  // namespace

EditController::EditController(MapCanvas* canvas, EcologicalDock* dock, QActionGroup* toolGroup,
                               QWidget* window)
    : QObject(window),
      canvas_(canvas),
      dock_(dock),
      window_(window),
      undoAction_(new QAction(this)),
      redoAction_(new QAction(this)),
      saveAction_(new QAction(this)),
      discardAction_(new QAction(this)),
      targetBox_(new QComboBox(window)),
      editTool_(new FeatureEditTool(canvas, FeatureEditTool::Mode::Select)),
      importAction_(new QAction(this)) {
    for (const auto mode : {FeatureEditTool::Mode::Select, FeatureEditTool::Mode::Move,
                            FeatureEditTool::Mode::Rotate, FeatureEditTool::Mode::Vertex}) {
        auto* action = new QAction(toolGroup);
        action->setCheckable(true);
        connect(action, &QAction::triggered, this, [this, mode] {
            editTool_->setMode(mode);
            canvas_->setMapTool(editTool_);
        });
        editToolActions_.push_back(action);
    }
    editTool_->setFeatureAccess([this](const QRectF& rect) { return featuresIn(rect); },
                                [this](std::int64_t fid) { return mapGeometry(fid); });
    importAction_->setObjectName(QStringLiteral("importFootprintsAction"));
    connect(importAction_, &QAction::triggered, this, &EditController::showImportDialog);
    undoAction_->setObjectName(QStringLiteral("undoEditAction"));
    redoAction_->setObjectName(QStringLiteral("redoEditAction"));
    saveAction_->setObjectName(QStringLiteral("saveEditsAction"));
    discardAction_->setObjectName(QStringLiteral("discardEditsAction"));
    targetBox_->setObjectName(QStringLiteral("editTargetBox"));
    core::CrossLayerUndo& undoOrder = edits_.undoOrder();
    connect(undoAction_, &QAction::triggered, &undoOrder, &core::CrossLayerUndo::undo);
    connect(redoAction_, &QAction::triggered, &undoOrder, &core::CrossLayerUndo::redo);
    connect(&undoOrder, &core::CrossLayerUndo::changed, this, &EditController::updateUndoActions);
    connect(&edits_, &core::ProjectEdits::featuresChanged, this, &EditController::featuresChanged);
    connect(&edits_, &core::ProjectEdits::pendingChanged, this, &EditController::updateActions);
    connect(&edits_, &core::ProjectEdits::saved, this, &EditController::saved);
    undoAction_->setShortcut(QKeySequence::Undo);
    redoAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    saveAction_->setShortcut(QKeySequence::Save);
    connect(saveAction_, &QAction::triggered, this, &EditController::save);
    connect(discardAction_, &QAction::triggered, this, [this] {
        if (ask_(tr("Discard edits"), tr("Drop all unsaved edits?"),
                 QMessageBox::Discard | QMessageBox::Cancel) == QMessageBox::Discard) {
            discard();
        }
    });
    connect(targetBox_, &QComboBox::activated, this,
            [this] { targetKey_ = targetBox_->currentData().toString(); });
    runForm_ = [](FeatureAttributeForm& form) -> std::optional<QVariantMap> {
        if (form.exec() != QDialog::Accepted) {
            return std::nullopt;
        }
        return form.values();
    };
    ask_ = [this](const QString& title, const QString& text, QMessageBox::StandardButtons buttons) {
        return QMessageBox::question(window_, title, text, buttons);
    };
    resolveConflict_ = [this](const core::SaveConflict& conflict)
        -> std::optional<std::vector<core::ConflictChoice>> {
        SaveConflictDialog dialog(conflict, window_);
        connectConflictDialog(dialog);
        if (dialog.exec() != QDialog::Accepted) {
            return std::nullopt;
        }
        return dialog.choices();
    };
    selectionActions_ = new SelectionActions(this);
    selectionEdits_ = new SelectionEditActions(this);
    retranslate();
    updateActions();
}

EditController::~EditController() = default;

void EditController::retranslate() {
    updateUndoActions();
    saveAction_->setText(tr("Save Edits"));
    saveAction_->setToolTip(tr("Save the edits to the project (Ctrl+S)"));
    discardAction_->setText(tr("Discard Edits"));
    targetBox_->setToolTip(tr("The layer new features go to"));
    const char* const toolTexts[] = {QT_TR_NOOP("Select Features"), QT_TR_NOOP("Move Feature"),
                                     QT_TR_NOOP("Rotate Feature"), QT_TR_NOOP("Vertex Tool")};
    for (std::size_t i = 0; i < editToolActions_.size(); ++i) {
        editToolActions_[i]->setText(tr(toolTexts[i]));
    }
    importAction_->setText(tr("Import Footprints…"));
    selectionActions_->retranslate();
    selectionEdits_->retranslate();
    fillTargetBox();
}

void EditController::updateUndoActions() {
    const core::CrossLayerUndo& undoOrder = edits_.undoOrder();
    const QString undoText = undoOrder.undoText();
    const QString redoText = undoOrder.redoText();
    undoAction_->setText(undoText.isEmpty() ? tr("Undo Edit") : tr("Undo %1").arg(undoText));
    redoAction_->setText(redoText.isEmpty() ? tr("Redo Edit") : tr("Redo %1").arg(redoText));
    undoAction_->setEnabled(undoOrder.canUndo());
    redoAction_->setEnabled(undoOrder.canRedo());
}

void EditController::setProject(core::Project* project) {
    group_.setActiveStack(nullptr);
    edits_.setProject(project);
    targetKey_.clear();
    lastKey_.clear();
    editTool_->setSelection({});
    project_ = project;
    canvas_->clearHighlight();
    canvas_->setExcludedFeatures({});
    fillTargetBox();
    updateActions();
    if (project_) {
        offerRecovery();
    }
}

void EditController::setTargetLayer(const QString& key) {
    targetKey_ = key;
    const int index = targetBox_->findData(key);
    targetBox_->setCurrentIndex(index < 0 ? 0 : index);
}

QString EditController::layerFor(DrawTool::Shape shape) const {
    if (!project_) {
        return {};
    }
    if (!targetKey_.isEmpty()) {
        if (core::EditSession* target = session(targetKey_);
            !target || fits(target->layer().geometryType(), shape)) {
            return targetKey_;
        }
    }
    const QString table = shape == DrawTool::Shape::Point  ? kPlanPoint
                          : shape == DrawTool::Shape::Line ? kPlanLine
                                                           : kPlanArea;
    for (const core::LayerRecord& record : project_->layerRecords()) {
        if (record.dataset.isEmpty() && record.table == table) {
            return record.key;
        }
    }
    return {};
}

core::EditSession* EditController::session(const QString& key) const {
    return edits_.session(key);
}

core::EditSession* EditController::startEditing(const QString& key) {
    core::EditSession* existing = edits_.session(key);
    if (existing) {
        return existing;
    }
    try {
        core::EditSession* started = edits_.startEditing(key);
        if (started) {
            group_.addStack(&started->undoStack());
        }
        return started;
    } catch (const gis::Error& error) {
        Q_EMIT failed(tr("Cannot edit the layer"), error.message());
        return nullptr;
    }
}

std::optional<std::int64_t> EditController::addCaptured(DrawTool::Shape shape,
                                                        std::shared_ptr<const OGRGeometry> lonLat) {
    if (!lonLat) {
        return std::nullopt;
    }
    if (shape == DrawTool::Shape::Line && selectionEdits_->takeDrawnLine(*lonLat)) {
        return std::nullopt;
    }
    const QString key = layerFor(shape);
    if (key.isEmpty()) {
        Q_EMIT failed(tr("Cannot add the feature"),
                      tr("The project has no layer for this kind of geometry."));
        return std::nullopt;
    }
    core::EditSession* target = startEditing(key);
    if (!target) {
        return std::nullopt;
    }
    const OGRGeometryUniquePtr geometry =
        reprojected(*lonLat, nullptr, target->layer().spatialReference());
    // A geometry that cannot be stored is refused before anyone types its attributes.
    if (const auto problem = target->checkGeometry(*geometry)) {
        showRefusal(core::EditRefused(problem->message, problem), *target);
        return std::nullopt;
    }
    FeatureAttributeForm form(*target, project_ ? &project_->catalog() : nullptr,
                              initialAttributes(*target, edits_.record(key)->table), window_);
    const std::optional<QVariantMap> values = runForm_(form);
    if (!values) {
        return std::nullopt;
    }
    try {
        const std::int64_t fid = target->addFeature(*geometry, *values);
        group_.setActiveStack(&target->undoStack());
        lastKey_ = key;
        return fid;
    } catch (const core::EditRefused& refusal) {
        showRefusal(refusal, *target);
    }
    return std::nullopt;
}

void EditController::showRefusal(const core::EditRefused& refusal,
                                 const core::EditSession& session) {
    const auto& problem = refusal.geometryProblem();
    if (problem && problem->location) {
        // A red cross on the spot, in the map CRS so that its arms keep their size on screen.
        const OGRSpatialReference* srs =
            const_cast<core::EditSession&>(session).layer().spatialReference();
        const gis::Crs layerCrs = srs ? gis::Crs::fromOgr(*srs) : gis::Crs::wgs84();
        const gis::Crs mapCrs = canvas_->mapSettings().crs;
        const QPointF spot =
            gis::CoordinateTransform(layerCrs, mapCrs).transform(*problem->location);
        const double arm = canvas_->mapUnits(10);
        auto cross = std::make_shared<OGRMultiLineString>();
        OGRLineString first;
        first.addPoint(spot.x() - arm, spot.y() - arm);
        first.addPoint(spot.x() + arm, spot.y() + arm);
        OGRLineString second;
        second.addPoint(spot.x() - arm, spot.y() + arm);
        second.addPoint(spot.x() + arm, spot.y() - arm);
        cross->addGeometry(&first);
        cross->addGeometry(&second);
        canvas_->setHighlight({cross}, mapCrs);
    }
    Q_EMIT refused(refusal.message());
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Edit refused"), refusal.message(),
                                QMessageBox::Ok, window_);
    box->setObjectName(QStringLiteral("editRefusedMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();  // non-blocking: the marked spot stays visible
}

void EditController::featuresChanged(const QString& key, const QList<qint64>& fids) {
    core::EditSession* changed = session(key);
    if (!changed) {
        return;
    }
    const OGRGeometry* last = nullptr;
    OGRGeometryUniquePtr lastLonLat;
    for (const qint64 fid : fids) {
        if (const auto state = changed->feature(fid)) {
            if (const OGRGeometryUniquePtr geometry = state->geometry()) {
                lastLonLat = reprojected(*geometry, changed->layer().spatialReference(), nullptr);
                last = lastLonLat.get();
            }
        }
    }
    dock_->showFootprint(last);
    if (key == edits_.canonicalKey(selectionLayer())) {
        editTool_->refresh();
    }
    highlightPending();
    updateActions();
    Q_EMIT editsChanged();
}

void EditController::highlightPending() {
    std::vector<std::shared_ptr<const OGRGeometry>> pending;
    for (const auto& [key, fids] : edits_.pendingFeatures()) {
        core::EditSession* edited = session(key);
        for (const std::int64_t fid : fids) {
            const auto state = edited->feature(fid);
            if (!state) {
                continue;
            }
            if (OGRGeometryUniquePtr geometry = state->geometry()) {
                pending.push_back(std::shared_ptr<const OGRGeometry>(
                    reprojected(*geometry, edited->layer().spatialReference(), nullptr)));
            }
        }
    }
    if (pending.empty()) {
        canvas_->clearHighlight();
    } else {
        canvas_->setHighlight(std::move(pending), gis::Crs::wgs84());
    }
    // The stored versions of deleted and changed features go from every layer showing their
    // table: a deletion vanishes at once, a changed feature shows in its new shape only.
    canvas_->setExcludedFeatures(edits_.replacedStoredFeatures());
}

bool EditController::hasPendingEdits() const {
    return edits_.hasPendingEdits();
}

bool EditController::save() {
    bool finished = false;
    try {
        finished = edits_.save(resolveConflict_);
    } catch (const gis::Error& error) {
        Q_EMIT failed(tr("Cannot save the edits"), error.message());
    }
    highlightPending();
    updateActions();
    return finished;
}

void EditController::connectConflictDialog(SaveConflictDialog& dialog) {
    connect(&dialog, &SaveConflictDialog::showOnMapRequested, this,
            &EditController::showConflictOnMap);
    connect(&dialog, &QDialog::finished, this, &EditController::clearConflictOnMap);
    connect(&dialog, &QObject::destroyed, this, &EditController::clearConflictOnMap);
}

void EditController::clearConflictOnMap() {
    delete conflictOverlay_;
}

void EditController::showConflictOnMap(const core::FeatureConflict& conflict) {
    clearConflictOnMap();
    core::EditSession* session = nullptr;
    for (const auto& [key, edited] : edits_.sessions()) {
        if (edited->layer().name() == conflict.layer) {
            session = edited.get();
        }
    }
    // Both versions in view.
    OGREnvelope envelope;
    for (const auto* state : {&conflict.theirs, &conflict.mine}) {
        if (const OGRGeometryUniquePtr geometry = *state ? (*state)->geometry() : nullptr) {
            OGREnvelope version;
            geometry->getEnvelope(&version);
            envelope.Merge(version);
        }
    }
    if (!session || !envelope.IsInit() || !canvas_) {
        return;
    }
    const OGRSpatialReference* srs = session->layer().spatialReference();
    const gis::Crs layerCrs = srs ? gis::Crs::fromOgr(*srs) : gis::Crs::wgs84();
    QRectF lonLat = gis::CoordinateTransform(layerCrs, gis::Crs::wgs84())
                        .transformBounds(QRectF(QPointF(envelope.MinX, envelope.MinY),
                                                QPointF(envelope.MaxX, envelope.MaxY))
                                             .normalized());
    // A margin around it, and a point or tiny feature shown at a useful scale.
    constexpr double kMinimumDegrees = 0.02;
    const QPointF center = lonLat.center();
    const double width = std::max(lonLat.width() * 1.3, kMinimumDegrees);
    const double height = std::max(lonLat.height() * 1.3, kMinimumDegrees);
    lonLat = QRectF(center.x() - width / 2, center.y() - height / 2, width, height);
    canvas_->zoomToExtent(gis::CoordinateTransform(gis::Crs::wgs84(), canvas_->mapSettings().crs)
                              .transformBounds(lonLat));
    conflictOverlay_ = new ConflictVersionsOverlay(canvas_, conflict, layerCrs);
}

void EditController::discard() {
    edits_.discard();
    highlightPending();
    dock_->clear();
    updateActions();
    Q_EMIT editsChanged();
}

bool EditController::confirmClose() {
    if (!hasPendingEdits()) {
        return true;
    }
    switch (ask_(tr("Unsaved edits"), tr("The project has unsaved edits. Save them?"),
                 QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel)) {
        case QMessageBox::Save:
            return save();
        case QMessageBox::Discard:
            discard();
            return true;
        default:
            return false;
    }
}

void EditController::offerRecovery() {
    for (const QString& key : edits_.layersWithRecoveryJournal()) {
        const core::LayerRecord& layer = *edits_.record(key);
        const auto answer =
            ask_(tr("Recover edits"),
                 tr("Layer %1 has edits that were not saved when the application last stopped. "
                    "Recover them?")
                     .arg(layer.displayName()),
                 QMessageBox::Yes | QMessageBox::Discard | QMessageBox::Cancel);
        if (answer == QMessageBox::Cancel) {
            continue;  // asked again next time
        }
        core::EditSession* recovered = startEditing(layer.key);
        if (!recovered) {
            continue;
        }
        if (answer == QMessageBox::Discard) {
            recovered->discard();
            continue;
        }
        try {
            recovered->recover();
            group_.setActiveStack(&recovered->undoStack());
        } catch (const gis::Error& error) {
            Q_EMIT failed(tr("Cannot recover the edits"), error.message());
        }
    }
}

void EditController::fillTargetBox() {
    targetBox_->clear();
    targetBox_->addItem(tr("Plan layer by shape"), QString());
    if (project_) {
        for (const core::LayerRecord& layer : project_->layerRecords()) {
            if (project_->source(layer.key)) {
                targetBox_->addItem(layer.displayName(), layer.key);
            }
        }
    }
    const int index = targetBox_->findData(targetKey_);
    targetBox_->setCurrentIndex(index < 0 ? 0 : index);
}

void EditController::updateActions() {
    const bool pending = hasPendingEdits();
    saveAction_->setEnabled(pending);
    discardAction_->setEnabled(pending);
}

QAction* EditController::editToolAction(FeatureEditTool::Mode mode) const {
    return editToolActions_[static_cast<std::size_t>(mode)];
}

QString EditController::selectionLayer() const {
    if (!targetKey_.isEmpty()) {
        return targetKey_;
    }
    if (!lastKey_.isEmpty()) {
        return lastKey_;
    }
    return layerFor(DrawTool::Shape::Polygon);
}

std::vector<std::int64_t> EditController::featuresIn(const QRectF& mapRect) const {
    const QString key = selectionLayer();
    auto* self = const_cast<EditController*>(this);
    core::EditSession* edited = self->startEditing(key);
    if (!edited) {
        return {};
    }
    std::vector<std::int64_t> candidates;
    // The whole table, not the layer's filtered view: every feature of it can be edited.
    std::shared_ptr<const gis::FeatureSource> source;
    if (const core::LayerRecord* layer = edits_.record(key)) {
        try {
            gis::OgrLayerAddress address;
            address.dataset = project_->resolvedDataset(*layer);
            address.layer = layer->table;
            address.openOptions = layer->openOptions;
            address.crsOverride = layer->crsOverride;
            source = std::make_shared<gis::OgrFeatureSource>(address);
        } catch (const gis::Error&) {
            source = project_->source(key);
        }
    }
    if (source) {
        const QRectF rect = gis::CoordinateTransform(canvas_->mapSettings().crs, source->crs())
                                .transformBounds(mapRect);
        auto iterator = source->query({rect, {}});
        gis::Feature feature;
        while (iterator->next(feature)) {
            candidates.push_back(feature.id);
        }
    }
    const auto pending = edits_.pendingFeatures();
    if (const auto touched = pending.find(edits_.canonicalKey(key)); touched != pending.end()) {
        for (const std::int64_t fid : touched->second) {
            if (std::find(candidates.begin(), candidates.end(), fid) == candidates.end()) {
                candidates.push_back(fid);
            }
        }
    }
    OGRPolygon box;
    OGRLinearRing ring;
    ring.addPoint(mapRect.left(), mapRect.top());
    ring.addPoint(mapRect.right(), mapRect.top());
    ring.addPoint(mapRect.right(), mapRect.bottom());
    ring.addPoint(mapRect.left(), mapRect.bottom());
    ring.closeRings();
    box.addRing(&ring);
    // A click inside nested areas means the smallest one: rank by dimension, then by size.
    std::vector<std::tuple<int, double, std::int64_t>> ranked;
    for (const std::int64_t fid : candidates) {
        // The pending state decides: a feature deleted or moved away is not hit.
        const OGRGeometryUniquePtr geometry = mapGeometry(fid);
        if (geometry && geometry->Intersects(&box)) {
            OGREnvelope envelope;
            geometry->getEnvelope(&envelope);
            ranked.emplace_back(geometry->getDimension(),
                                (envelope.MaxX - envelope.MinX) * (envelope.MaxY - envelope.MinY),
                                fid);
        }
    }
    std::sort(ranked.begin(), ranked.end());
    std::vector<std::int64_t> hits;
    for (const auto& [dimension, size, fid] : ranked) {
        hits.push_back(fid);
    }
    return hits;
}

OGRGeometryUniquePtr EditController::mapGeometry(std::int64_t fid) const {
    core::EditSession* edited = session(selectionLayer());
    const auto state = edited ? edited->feature(fid) : std::nullopt;
    OGRGeometryUniquePtr geometry = state ? state->geometry() : nullptr;
    if (!geometry) {
        return nullptr;
    }
    const OGRSpatialReference mapSrs = ogrSrs(canvas_->mapSettings().crs);
    return reprojected(*geometry, edited->layer().spatialReference(), &mapSrs);
}

void EditController::editedLayer(const QString& key, core::EditSession& session) {
    group_.setActiveStack(&session.undoStack());
    lastKey_ = key;
}

}  // namespace app

namespace app {

bool EditController::revertFeature(std::int64_t fid,
                                   const std::optional<core::FeatureState>& version) {
    const QString key = selectionLayer();
    core::EditSession* edited = startEditing(key);
    if (!edited) {
        return false;
    }
    try {
        edited->revertFeature(fid, version);
    } catch (const core::EditRefused& refusal) {
        showRefusal(refusal, *edited);
        return false;
    }
    editedLayer(key, *edited);
    return true;
}

void EditController::connectHistory(HistoryDock* dock) {
    const auto showSelected = [this, dock] {
        const QList<qint64>& selected = editTool_->selection();
        const QString key = selectionLayer();
        const core::LayerRecord* layer = edits_.record(key);
        core::EditSession* edited = session(key);
        if (selected.size() != 1 || !layer || !edited) {
            dock->clear();
            return;
        }
        const QString dataset = project_->resolvedDataset(*layer);
        const bool sameFile = QFileInfo(dataset).canonicalFilePath() ==
                              QFileInfo(project_->path()).canonicalFilePath();
        const OGRSpatialReference* srs = edited->layer().spatialReference();
        dock->showFeature(project_->path(), layer->table, sameFile ? QString() : dataset,
                          selected.front(), srs ? gis::Crs::fromOgr(*srs) : gis::Crs::wgs84());
    };
    connect(editTool_, &FeatureEditTool::selectionChanged, dock, showSelected);
    connect(this, &EditController::saved, dock, &HistoryDock::reload);
    connect(dock, &HistoryDock::revertRequested, this,
            [this](qint64 fid, const std::optional<core::FeatureState>& version) {
                revertFeature(fid, version);
            });
}

}  // namespace app

namespace app {

std::optional<core::ImportReport> EditController::importFootprints(
    const QString& table, const QString& source, const core::ImportOptions& options,
    QString* error) {
    QString key;
    if (project_) {
        for (const core::LayerRecord& layer : project_->layerRecords()) {
            if (layer.dataset.isEmpty() && layer.table == table) {
                key = layer.key;
            }
        }
    }
    core::EditSession* target = key.isEmpty() ? nullptr : startEditing(key);
    if (!target) {
        *error = tr("The project has no layer %1 to import into.").arg(table);
        return std::nullopt;
    }
    if (target->hasPendingEdits()) {
        *error = tr("Layer %1 has unsaved edits: save or discard them first.").arg(table);
        return std::nullopt;
    }
    core::ImportReport report;
    try {
        report = core::FeatureImporter(*target).run(source, options);
    } catch (const gis::Error& failure) {
        *error = failure.message();
        return std::nullopt;
    }
    if (!report.written && target->hasPendingEdits()) {
        target->discard();  // a refused import leaves nothing behind
    }
    highlightPending();
    updateActions();
    if (report.written) {
        Q_EMIT saved();
    }
    return report;
}

void EditController::showImportDialog() {
    auto* dialog = new ImportFootprintsDialog(
        [this](const QString& table, const QString& source, const core::ImportOptions& options,
               QString* error) { return importFootprints(table, source, options, error); },
        window_);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

}  // namespace app
