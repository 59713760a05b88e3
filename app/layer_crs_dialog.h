// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gis/crs.h"

#include <QDialog>

class QLabel;

namespace app {

class CrsSelector;

/// Asks for the CRS of a layer's data: a warning naming the file and the layer when the data has
/// no CRS or one PROJ does not know, and a CrsSelector (EPSG:4326 unless told otherwise; any CRS
/// PROJ knows may be typed). Accepting checks the choice and keeps the dialog open, saying why,
/// if PROJ does not know it. GUI thread only.
class LayerCrsDialog : public QDialog {
    Q_OBJECT
public:
    enum class Reason { Missing, Unknown, Change };

    /// `current` is the CRS the data declares (for Unknown: its name; for Change: the one in use).
    LayerCrsDialog(const QString& dataset, const QString& layer, Reason reason,
                   const QString& current = {}, QWidget* parent = nullptr);

    CrsSelector* selector() const { return selector_; }
    /// The warning as shown.
    QString message() const;
    /// The accepted CRS.
    const gis::Crs& crs() const { return crs_; }

    void accept() override;

private:
    QLabel* message_;
    CrsSelector* selector_;
    QLabel* problem_;
    gis::Crs crs_;
};

}  // namespace app
