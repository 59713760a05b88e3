// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QSpinBox;

namespace app {

/// Sets the scales between which a layer shows, as denominators of 1:N: hidden when zoomed out
/// beyond the minimum scale (1:minScale) or zoomed in beyond the maximum (1:maxScale); an unticked
/// limit is none (0). Refuses an empty range. GUI thread only.
class ScaleRangeDialog : public QDialog {
    Q_OBJECT
public:
    /// `currentScale` is the map's scale now, offered as a starting point for a new limit.
    ScaleRangeDialog(const QString& layerName, double minScale, double maxScale,
                     double currentScale, QWidget* parent = nullptr);

    double minScale() const;
    double maxScale() const;
    void setRange(double minScale, double maxScale);

    void accept() override;

private:
    QCheckBox* useMin_;
    QSpinBox* min_;
    QCheckBox* useMax_;
    QSpinBox* max_;
    QLabel* problem_;
};

}  // namespace app
