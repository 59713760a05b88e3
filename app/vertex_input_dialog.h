// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointF>

#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace app {

/// Typed input of a vertex while drawing: longitude/latitude (CGCS2000 ≈ WGS 84 degrees) or
/// CGCS2000 3° Gauss–Krüger coordinates with their zone (the easting with or without the zone
/// number in front). Each press of Add emits the point in lon/lat; the dialog stays open for the
/// next vertex. GUI thread only.
class VertexInputDialog : public QDialog {
    Q_OBJECT
public:
    enum class System { LonLat, GaussKruger };

    explicit VertexInputDialog(QWidget* parent = nullptr);

    void setSystem(System system);
    System system() const;
    /// x = longitude or easting, y = latitude or northing.
    void setCoordinates(const QPointF& xy);
    void setZone(int zone);
    /// The typed point in lon/lat, or nothing with the reason in `error`.
    std::optional<QPointF> lonLat(QString* error = nullptr) const;

Q_SIGNALS:
    void vertexEntered(const QPointF& lonLat);

private:
    void systemChanged();
    void add();

    QComboBox* system_;
    QSpinBox* zone_;
    QLabel* zoneLabel_;
    QLabel* xLabel_;
    QLabel* yLabel_;
    QDoubleSpinBox* x_;
    QDoubleSpinBox* y_;
    QLabel* message_;
};

}  // namespace app
