// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/edit_session.h"

#include "core/add_feature_command.h"
#include "core/change_attributes_command.h"
#include "core/change_geometry_command.h"
#include "core/delete_features_command.h"
#include "core/history_record.h"
#include "core/merge_features_command.h"
#include "core/project_database.h"
#include "core/project_store_factory.h"
#include "core/revert_feature_command.h"
#include "core/split_feature_command.h"
#include "gis/gdal_environment.h"

#include <QDateTime>
#include <QFileInfo>

#include <algorithm>

#include <cpl_error.h>

namespace core {

EditRefused::EditRefused(const QString& message,
                         std::optional<gis::GeometryProblem> geometryProblem,
                         std::vector<AttributeProblem> attributeProblems)
    : gis::Error(message),
      geometry_(std::move(geometryProblem)),
      attributes_(std::move(attributeProblems)) {}

EditSession::EditSession(const QString& datasetPath, const QString& layerName,
                         const QString& projectPath, QObject* parent)
    : QObject(parent),
      projectPath_(projectPath),
      journal_(datasetPath, layerName),
      userName_(HistoryRecord::currentUser()) {
    if (!projectPath_.isEmpty()) {
        // Opening for writing upgrades an older project (lx_history) and turns on WAL. On a
        // server the history names the database user, as the server's own logs do.
        const auto store = ProjectStoreFactory::open(projectPath_, true);
        userName_ = store->userName();
        if (!store->isWritable()) {
            throw gis::Error(tr("You may only view %1: your account cannot save edits. Ask an "
                                "administrator for the analyst role.")
                                 .arg(store->displayName()));
        }
    }
    layer_ = std::make_unique<EditableLayer>(datasetPath, layerName);
    knownTaskIds_ = layer_->knownTaskIds();
    connect(&stack_, &QUndoStack::indexChanged, this, [this] { writeJournal(); });
}

EditSession::~EditSession() {
    // ~QUndoStack clears the stack and signals it (cleanChanged, indexChanged …) after the
    // members declared below it are gone: no observer may then ask this session anything (an
    // EditController reading the destroyed pending edits aborted tests at random). The journal
    // must outlive the session too, so that unsaved steps can be offered back.
    stack_.blockSignals(true);
}

std::optional<FeatureState> EditSession::feature(std::int64_t fid) const {
    const auto it = pending_.find(fid);
    if (it != pending_.end()) {
        return it->second;
    }
    if (editDepth_ == 0) {
        return layer_->read(fid);
    }
    // Inside an edit every read of a stored feature gives the same state, so that what the edit
    // is based on is also what the save checks (another writer may commit in between).
    auto read = reads_.find(fid);
    if (read == reads_.end()) {
        read = reads_.emplace(fid, layer_->read(fid)).first;
    }
    return read->second;
}

EditSession::EditScope::EditScope(const EditSession& session) : session_(session) {
    ++session_.editDepth_;
}

EditSession::EditScope::~EditScope() {
    if (--session_.editDepth_ == 0) {
        session_.reads_.clear();
    }
}

bool EditSession::hasPendingEdits() const {
    for (const auto& [fid, state] : pending_) {
        if (state != original_.at(fid)) {
            return true;
        }
    }
    return false;
}

std::set<std::int64_t> EditSession::replacedStoredFeatures() const {
    std::set<std::int64_t> replaced;
    for (const auto& [fid, state] : pending_) {
        const std::optional<FeatureState>& stored = original_.at(fid);
        if (stored && state != stored) {
            replaced.insert(fid);
        }
    }
    return replaced;
}

std::optional<gis::GeometryProblem> EditSession::checkGeometry(const OGRGeometry& geometry) const {
    try {
        acceptGeometry(geometry);
    } catch (const EditRefused& refused) {
        return refused.geometryProblem()
                   ? refused.geometryProblem()
                   : gis::GeometryProblem{gis::GeometryProblemKind::Other, refused.message(), {}};
    }
    return std::nullopt;
}

std::vector<AttributeProblem> EditSession::checkAttributes(const QVariantMap& attributes) const {
    try {
        acceptAttributes(attributes);
    } catch (const EditRefused& refused) {
        return refused.attributeProblems();
    }
    return {};
}

OGRGeometryUniquePtr EditSession::acceptGeometry(const OGRGeometry& geometry) const {
    OGRGeometryUniquePtr fitted;
    try {
        fitted = layer_->fitGeometry(geometry);
    } catch (const gis::Error& error) {
        throw EditRefused(error.message());
    }
    if (auto problem = validator_.check(*fitted)) {
        throw EditRefused(problem->message, problem);
    }
    return fitted;
}

QVariantMap EditSession::acceptAttributes(const QVariantMap& attributes) const {
    QVariantMap typed;
    try {
        typed = layer_->normalizeAttributes(attributes);
    } catch (const gis::Error& error) {
        throw EditRefused(error.message(), std::nullopt, {{QString(), error.message()}});
    }
    if (PlanAttributeValidator::isPlanLayer(layer_->name())) {
        const auto problems =
            PlanAttributeValidator::check(typed, layer_->hasTaskLinks() ? &knownTaskIds_ : nullptr);
        if (!problems.empty()) {
            QStringList messages;
            for (const AttributeProblem& problem : problems) {
                messages << problem.message;
            }
            throw EditRefused(messages.join(QStringLiteral("; ")), std::nullopt, problems);
        }
    }
    return typed;
}

FeatureState EditSession::requireFeature(std::int64_t fid) const {
    const auto state = feature(fid);
    if (!state) {
        throw EditRefused(tr("Layer %1 has no feature %2").arg(layer_->name()).arg(fid));
    }
    return *state;
}

QString EditSession::newItemId(const QString& kind, const QSet<QString>& alsoTaken) const {
    for (;;) {
        const QString id = ItemTaskLinks::randomItemId(kind);
        if (!alsoTaken.contains(id) && !itemIdTaken(id, std::nullopt)) {
            return id;
        }
    }
}

bool EditSession::itemIdTaken(const QString& itemId, std::optional<std::int64_t> fid) const {
    const QString key = QStringLiteral("item_id");
    if (fid) {
        const auto current = feature(*fid);
        if (current && current->attributes.value(key).toString() == itemId) {
            return false;  // the feature keeps its own id
        }
    }
    for (const auto& [pendingFid, state] : pending_) {
        if (state && pendingFid != fid && state->attributes.value(key).toString() == itemId) {
            return true;
        }
    }
    if (!layer_->itemIdInUse(itemId)) {
        return false;
    }
    // Stored, unless every stored holder is pending with another id or deleted.
    for (const auto& [pendingFid, state] : original_) {
        if (state && state->attributes.value(key).toString() == itemId) {
            const auto now = pending_.find(pendingFid);
            if (now != pending_.end() &&
                (!now->second || now->second->attributes.value(key).toString() != itemId)) {
                return false;
            }
        }
    }
    return true;
}

void EditSession::assignItemId(QVariantMap& attributes, std::optional<std::int64_t> fid) const {
    if (!layer_->hasTaskLinks()) {
        return;
    }
    const QString key = QStringLiteral("item_id");
    const QString id = attributes.value(key).toString().trimmed();
    if (id.isEmpty()) {
        attributes.insert(key, newItemId(attributes.value(QStringLiteral("kind")).toString()));
    } else if (itemIdTaken(id, fid)) {
        const QString message =
            tr("Another feature of the project has the item id %1; item ids are unique").arg(id);
        throw EditRefused(message, std::nullopt, {{key, message}});
    }
}

std::int64_t EditSession::addFeature(const OGRGeometry& geometry, const QVariantMap& attributes) {
    const EditScope scope(*this);
    QVariantMap withId = attributes;
    assignItemId(withId, std::nullopt);
    const FeatureState state{FeatureState::toWkb(*acceptGeometry(geometry)),
                             acceptAttributes(withId)};
    const std::int64_t fid = nextNewId_--;
    stack_.push(new AddFeatureCommand(*this, fid, state));
    return fid;
}

void EditSession::deleteFeatures(const std::vector<std::int64_t>& fids) {
    const EditScope scope(*this);
    for (const std::int64_t fid : fids) {
        requireFeature(fid);
    }
    if (!fids.empty()) {
        stack_.push(new DeleteFeaturesCommand(*this, fids));
    }
}

void EditSession::changeGeometry(std::int64_t fid, const OGRGeometry& geometry,
                                 bool continuesDrag) {
    const EditScope scope(*this);
    requireFeature(fid);
    const QByteArray wkb = FeatureState::toWkb(*acceptGeometry(geometry));
    stack_.push(new ChangeGeometryCommand(*this, fid, wkb, continuesDrag));
}

void EditSession::changeAttributes(std::int64_t fid, const QVariantMap& values) {
    const EditScope scope(*this);
    QVariantMap merged = requireFeature(fid).attributes;
    for (auto it = values.begin(); it != values.end(); ++it) {
        merged.insert(it.key(), it.value());
    }
    assignItemId(merged, fid);
    stack_.push(new ChangeAttributesCommand(*this, fid, acceptAttributes(merged)));
}

std::vector<std::int64_t> EditSession::splitFeature(std::int64_t fid, const OGRGeometry& blade) {
    const EditScope scope(*this);
    const OGRGeometryUniquePtr geometry = requireFeature(fid).geometry();
    if (!geometry) {
        throw EditRefused(tr("Feature %1 has no geometry to split").arg(fid));
    }
    std::vector<OGRGeometryUniquePtr> pieces;
    try {
        pieces = geometryEdits_.split(*geometry, blade);
    } catch (const gis::Error& error) {
        throw EditRefused(error.message());
    }
    std::vector<QByteArray> wkbs;
    for (const auto& piece : pieces) {
        wkbs.push_back(FeatureState::toWkb(*acceptGeometry(*piece)));
    }
    std::vector<std::int64_t> ids{fid};
    const std::int64_t firstNewId = nextNewId_;
    QStringList newItemIds;
    const QString kind = requireFeature(fid).attributes.value(QStringLiteral("kind")).toString();
    for (std::size_t i = 1; i < wkbs.size(); ++i) {
        ids.push_back(nextNewId_--);
        if (layer_->hasTaskLinks()) {
            // Each piece is an item of its own, with the tasks of the one it was cut from.
            newItemIds << newItemId(kind, QSet<QString>(newItemIds.begin(), newItemIds.end()));
        }
    }
    stack_.push(new SplitFeatureCommand(*this, fid, wkbs, firstNewId, newItemIds));
    return ids;
}

void EditSession::reshapeFeature(std::int64_t fid, const OGRGeometry& line) {
    const EditScope scope(*this);
    const OGRGeometryUniquePtr geometry = requireFeature(fid).geometry();
    if (!geometry) {
        throw EditRefused(tr("Feature %1 has no geometry to reshape").arg(fid));
    }
    OGRGeometryUniquePtr reshaped;
    try {
        reshaped = geometryEdits_.reshape(*geometry, line);
    } catch (const gis::Error& error) {
        throw EditRefused(error.message());
    }
    changeGeometry(fid, *reshaped);
}

void EditSession::mergeFeatures(const std::vector<std::int64_t>& fids) {
    const EditScope scope(*this);
    if (fids.size() < 2) {
        throw EditRefused(tr("Select at least two features to merge"));
    }
    std::vector<OGRGeometryUniquePtr> geometries;
    std::vector<const OGRGeometry*> parts;
    for (const std::int64_t fid : fids) {
        geometries.push_back(requireFeature(fid).geometry());
        if (!geometries.back()) {
            throw EditRefused(tr("Feature %1 has no geometry to merge").arg(fid));
        }
        parts.push_back(geometries.back().get());
    }
    OGRGeometryUniquePtr merged;
    try {
        merged = geometryEdits_.merge(parts);
    } catch (const gis::Error& error) {
        throw EditRefused(error.message());
    }
    stack_.push(
        new MergeFeaturesCommand(*this, fids, FeatureState::toWkb(*acceptGeometry(*merged))));
}

void EditSession::revertFeature(std::int64_t fid, const std::optional<FeatureState>& version) {
    const EditScope scope(*this);
    std::optional<FeatureState> target = version;
    if (target) {
        if (const auto geometry = target->geometry()) {
            target->wkb = FeatureState::toWkb(*acceptGeometry(*geometry));
        }
        target->attributes = acceptAttributes(target->attributes);
    }
    stack_.push(new RevertFeatureCommand(*this, fid, target));
}

void EditSession::applyState(std::int64_t fid, const std::optional<FeatureState>& from,
                             const std::optional<FeatureState>& to) {
    original_.try_emplace(fid, from);
    pending_[fid] = to;
}

void EditSession::notifyChanged(const FeatureChanges& changes) {
    QList<qint64> fids;
    for (const FeatureChange& change : changes) {
        fids << change.fid;
    }
    Q_EMIT featuresChanged(fids);
}

std::vector<const FeatureEditCommand*> EditSession::doneCommands() const {
    std::vector<const FeatureEditCommand*> commands;
    // A macro (QUndoStack::beginMacro) is a plain command whose children are the edits.
    const std::function<void(const QUndoCommand*)> collect = [&](const QUndoCommand* command) {
        if (const auto* edit = dynamic_cast<const FeatureEditCommand*>(command)) {
            commands.push_back(edit);
        }
        for (int i = 0; i < command->childCount(); ++i) {
            collect(command->child(i));
        }
    };
    for (int i = 0; i < stack_.index(); ++i) {
        collect(stack_.command(i));
    }
    return commands;
}

std::vector<FeatureEditCommand*> EditSession::allCommands() {
    std::vector<FeatureEditCommand*> commands;
    const std::function<void(const QUndoCommand*)> collect = [&](const QUndoCommand* command) {
        // QUndoStack hands out const pointers, but every command on it was made by this session.
        if (const auto* edit = dynamic_cast<const FeatureEditCommand*>(command)) {
            commands.push_back(const_cast<FeatureEditCommand*>(edit));
        }
        for (int i = 0; i < command->childCount(); ++i) {
            collect(command->child(i));
        }
    };
    for (int i = 0; i < stack_.count(); ++i) {
        collect(stack_.command(i));
    }
    return commands;
}

std::map<std::int64_t, QStringList> EditSession::operationsByFeature() const {
    std::map<std::int64_t, QStringList> operations;
    for (const FeatureEditCommand* command : doneCommands()) {
        for (const FeatureChange& change : command->changes()) {
            QStringList& list = operations[change.fid];
            if (!list.contains(command->operation())) {
                list << command->operation();
            }
        }
    }
    for (const std::int64_t fid : overwrites_) {
        operations[fid] << QStringLiteral("overwrite");
    }
    return operations;
}

std::vector<FeatureConflict> EditSession::findConflicts(const ProjectStore* history,
                                                        const QString& historyDataset) const {
    std::vector<FeatureConflict> conflicts;
    for (const auto& [fid, mine] : pending_) {
        const std::optional<FeatureState>& original = original_.at(fid);
        if (mine == original) {
            continue;
        }
        // A new feature (negative id) reads as absent; a reverted deletion must still be absent.
        std::optional<FeatureState> theirs = layer_->read(fid);
        if (theirs != original) {
            conflicts.push_back({layer_->name(), fid, mine, std::move(theirs), {}, {}});
        }
    }
    if (conflicts.empty() || projectPath_.isEmpty()) {
        return conflicts;
    }
    std::unique_ptr<ProjectStore> opened;
    if (!history) {
        opened = ProjectStoreFactory::open(projectPath_, false);
        history = opened.get();
    }
    for (FeatureConflict& conflict : conflicts) {
        const auto records = history->featureHistory(layer_->name(), conflict.fid, historyDataset);
        // Only a row that stored what is there now tells who made it; otherwise a program other
        // than Lanxi Atlas (QGIS …) changed the feature after that row.
        if (!records.empty() && records.back().after == conflict.theirs) {
            conflict.changedBy = records.back().user;
            conflict.changedAtUtc = records.back().timeUtc;
        }
    }
    return conflicts;
}

void EditSession::resolveConflict(const FeatureConflict& conflict, ConflictChoice choice) {
    const std::int64_t fid = conflict.fid;
    const auto pending = pending_.find(fid);
    if (pending == pending_.end()) {
        throw gis::Error(tr("Feature %1 of layer %2 has no pending edit to resolve")
                             .arg(fid)
                             .arg(layer_->name()));
    }
    original_[fid] = conflict.theirs;
    if (choice == ConflictChoice::TakeTheirs) {
        pending->second = conflict.theirs;
        overwrites_.erase(fid);
        for (FeatureEditCommand* command : allCommands()) {
            command->dropFeature(fid, conflict.theirs);
        }
    } else {
        overwrites_.insert(fid);
        for (FeatureEditCommand* command : allCommands()) {
            if (command->rebaseFeature(fid, conflict.theirs)) {
                break;
            }
        }
    }
    writeJournal();
    Q_EMIT featuresChanged({qint64(fid)});
}

bool EditSession::historyInProjectFile() const {
    if (projectPath_.isEmpty()) {
        return false;
    }
    if (ProjectStoreFactory::isDatabase(projectPath_) ||
        ProjectStoreFactory::isDatabase(layer_->datasetPath())) {
        return ProjectStoreFactory::gdalName(projectPath_) ==
               ProjectStoreFactory::gdalName(layer_->datasetPath());
    }
    return QFileInfo(projectPath_).canonicalFilePath() ==
           QFileInfo(layer_->datasetPath()).canonicalFilePath();
}

SaveResult EditSession::save() {
    SaveResult result;
    const auto operations = operationsByFeature();
    const QString timeUtc = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const bool sameFile = historyInProjectFile();
    // A layer outside the project: its history goes to the project right after it commits.
    std::unique_ptr<ProjectStore> historyDatabase;
    std::vector<HistoryRecord> laterHistory;
    if (!projectPath_.isEmpty() && !sameFile) {
        historyDatabase = ProjectStoreFactory::open(projectPath_, true);
    }
    const bool transaction = layer_->beginTransaction();
    try {
        if (transaction) {
            layer_->lockForSave();
        }
        const QString historyDataset = sameFile ? QString() : layer_->datasetPath();
        if (auto conflicts = findConflicts(historyDatabase.get(), historyDataset);
            !conflicts.empty()) {
            // The journal path is per file and layer: another session's save on this machine
            // may have removed it. The edits stay pending, so they stay journalled.
            writeJournal();
            throw SaveConflict(std::move(conflicts));
        }
        // Stored features by id, then new ones in the order they were made (-1, -2 …).
        std::vector<std::int64_t> order;
        for (const auto& entry : pending_) {
            order.push_back(entry.first);
        }
        std::stable_partition(order.begin(), order.end(),
                              [](std::int64_t fid) { return fid >= 0; });
        std::reverse(
            std::find_if(order.begin(), order.end(), [](std::int64_t fid) { return fid < 0; }),
            order.end());
        for (const std::int64_t fid : order) {
            const std::optional<FeatureState>& state = pending_.at(fid);
            const std::optional<FeatureState>& before = original_.at(fid);
            if (state == before) {
                continue;
            }
            const std::int64_t stored = layer_->write(fid, before.has_value(), state);
            if (!before) {
                result.newIds[fid] = stored;
                ++result.added;
            } else if (!state) {
                ++result.deleted;
            } else {
                ++result.changed;
            }
            if (projectPath_.isEmpty()) {
                continue;
            }
            const auto found = operations.find(fid);
            HistoryRecord record;
            record.user = userName_;
            record.timeUtc = timeUtc;
            record.dataset = historyDataset;
            record.layer = layer_->name();
            record.fid = stored;
            record.operation =
                found != operations.end() ? found->second.join(u',') : QStringLiteral("edit");
            record.before = before;
            record.after = state;
            if (sameFile) {
                // GDAL's own connection, so the row commits with the features.
                CPLErrorReset();
                layer_->dataset().ExecuteSQL(
                    record.insertSql(layer_->sqlDialect()).toUtf8().constData(), nullptr, nullptr);
                if (CPLGetLastErrorType() >= CE_Failure) {
                    throw gis::Error(tr("Cannot record the history in %1: %2")
                                         .arg(projectPath_, gis::lastGdalError()));
                }
            } else {
                laterHistory.push_back(std::move(record));
            }
        }
        if (beforeCommit_) {
            beforeCommit_();
        }
        if (transaction) {
            layer_->commitTransaction();
        } else {
            layer_->flush();
        }
    } catch (...) {
        if (transaction) {
            layer_->rollbackTransaction();
        }
        throw;
    }
    if (historyDatabase && !laterHistory.empty()) {
        historyDatabase->appendHistory(laterHistory);
    }
    pending_.clear();
    original_.clear();
    overwrites_.clear();
    nextNewId_ = -1;
    stack_.clear();
    journal_.remove();
    Q_EMIT saved();
    return result;
}

void EditSession::discard() {
    QList<qint64> fids;
    for (const auto& [fid, state] : pending_) {
        fids << fid;
    }
    pending_.clear();
    original_.clear();
    overwrites_.clear();
    nextNewId_ = -1;
    stack_.clear();
    journal_.remove();
    if (!fids.isEmpty()) {
        Q_EMIT featuresChanged(fids);
    }
}

void EditSession::writeJournal() {
    if (replaying_) {
        return;
    }
    std::vector<JournalEntry> entries;
    for (const FeatureEditCommand* command : doneCommands()) {
        entries.push_back({command->operation(), command->text(), command->changes()});
    }
    journal_.write(entries);
}

bool EditSession::hasRecoveryJournal(const QString& datasetPath, const QString& layerName) {
    return EditJournal(datasetPath, layerName).exists();
}

int EditSession::recover() {
    std::vector<JournalEntry> entries = journal_.read();
    // Attribute types do not survive JSON (an integer reads back as a double): retype them.
    const auto retype = [this](std::optional<FeatureState>& state) {
        if (state) {
            state->attributes = layer_->normalizeAttributes(state->attributes);
        }
    };
    std::map<std::int64_t, bool> seen;
    for (JournalEntry& entry : entries) {
        for (FeatureChange& change : entry.changes) {
            retype(change.before);
            retype(change.after);
            if (seen.emplace(change.fid, true).second && change.before != feature(change.fid)) {
                throw gis::Error(tr("The recovery journal %1 no longer matches layer %2: feature "
                                    "%3 was changed since. The journal was left in place.")
                                     .arg(journal_.path(), layer_->name())
                                     .arg(change.fid));
            }
            nextNewId_ = std::min(nextNewId_, change.fid - 1);
        }
    }
    replaying_ = true;
    for (JournalEntry& entry : entries) {
        stack_.push(
            new FeatureEditCommand(*this, entry.operation, entry.text, std::move(entry.changes)));
    }
    replaying_ = false;
    writeJournal();
    return int(entries.size());
}

}  // namespace core
