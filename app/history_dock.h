// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/history_record.h"
#include "gis/crs.h"

#include <QDockWidget>
#include <QList>

#include <optional>
#include <vector>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace app {

class MapCanvas;

/// The saved versions of one feature (from lx_history, oldest first): who, when and what
/// operation. Choosing a version draws its geometry over the map; "Revert to this version" asks
/// for it back through revertRequested(), which the EditController turns into an undoable edit.
/// Reads the project file on each showFeature(); GUI thread only.
class HistoryDock : public QDockWidget {
    Q_OBJECT
public:
    explicit HistoryDock(MapCanvas* canvas, QWidget* parent = nullptr);

    /// The versions of feature `fid` of `layer` (`dataset` empty: a table of the project file),
    /// geometries in `layerCrs`; a negative fid (not saved yet) or an empty project clears the
    /// list.
    void showFeature(const QString& projectPath, const QString& layer, const QString& dataset,
                     std::int64_t fid, const gis::Crs& layerCrs);
    void clear();
    /// Reads the shown feature's history again (after a save).
    void reload();
    /// Whether the dock shows one of these features of `layer` (a table of the project itself).
    bool showsAnyOf(const QString& layer, const QList<qint64>& fids) const {
        return fid_ >= 0 && dataset_.isEmpty() && layer == layer_ && fids.contains(fid_);
    }

    const std::vector<core::HistoryRecord>& records() const { return records_; }
    /// Chooses a row as the user would (draws it); -1 clears.
    void chooseVersion(int row);
    void revertChosen();

Q_SIGNALS:
    /// `version` is the state the feature had after the chosen change (nothing: it did not exist).
    void revertRequested(qint64 fid, const std::optional<core::FeatureState>& version);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fill();

    MapCanvas* canvas_;
    QLabel* title_;
    QTreeWidget* list_;
    QPushButton* revertButton_;
    QString projectPath_;
    QString layer_;
    QString dataset_;
    std::int64_t fid_ = -1;
    gis::Crs crs_;
    std::vector<core::HistoryRecord> records_;
};

}  // namespace app
