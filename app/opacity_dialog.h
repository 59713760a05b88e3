// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QSlider;
class QSpinBox;

namespace app {

/// Sets a layer's opacity with a slider and a percentage box that follow each other.
/// GUI thread only.
class OpacityDialog : public QDialog {
    Q_OBJECT
public:
    OpacityDialog(const QString& layerName, double opacity, QWidget* parent = nullptr);

    /// 0 (transparent) to 1 (opaque).
    double opacity() const;
    void setOpacity(double opacity);

private:
    QSlider* slider_;
    QSpinBox* percent_;
};

}  // namespace app
