// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/vertex_input_dialog.h"

#include "gis/coordinate_transform.h"
#include "gis/error.h"
#include "gis/gauss_kruger.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

#include <cmath>

namespace app {

namespace {
constexpr int kFirstZone = 25;
constexpr int kLastZone = 45;
constexpr double kZoneFactor = 1e6;  // the zone number stands in front of a 6-digit easting
}  // namespace

VertexInputDialog::VertexInputDialog(QWidget* parent) : QDialog(parent) {
    setObjectName(QStringLiteral("vertexInputDialog"));
    setWindowTitle(tr("Add Vertex by Coordinates"));
    system_ = new QComboBox(this);
    system_->addItem(tr("Longitude / latitude (degrees)"));
    system_->addItem(tr("Gauss–Krüger 3° zone (CGCS2000, metres)"));
    zone_ = new QSpinBox(this);
    zone_->setRange(kFirstZone, kLastZone);
    zone_->setValue(34);
    x_ = new QDoubleSpinBox(this);
    y_ = new QDoubleSpinBox(this);
    for (QDoubleSpinBox* box : {x_, y_}) {
        box->setDecimals(6);
        box->setMinimumWidth(160);
    }
    zoneLabel_ = new QLabel(tr("Zone:"), this);
    xLabel_ = new QLabel(this);
    yLabel_ = new QLabel(this);
    message_ = new QLabel(this);
    message_->setStyleSheet(QStringLiteral("color: #b00000"));
    message_->setWordWrap(true);

    auto* form = new QFormLayout(this);
    form->addRow(tr("Coordinates:"), system_);
    form->addRow(zoneLabel_, zone_);
    form->addRow(xLabel_, x_);
    form->addRow(yLabel_, y_);
    form->addRow(message_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* addButton = buttons->addButton(tr("&Add Vertex"), QDialogButtonBox::ApplyRole);
    addButton->setDefault(true);
    form->addRow(buttons);
    connect(addButton, &QPushButton::clicked, this, &VertexInputDialog::add);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(system_, &QComboBox::currentIndexChanged, this, &VertexInputDialog::systemChanged);
    systemChanged();
}

void VertexInputDialog::setSystem(System system) {
    system_->setCurrentIndex(system == System::LonLat ? 0 : 1);
}

VertexInputDialog::System VertexInputDialog::system() const {
    return system_->currentIndex() == 0 ? System::LonLat : System::GaussKruger;
}

void VertexInputDialog::setCoordinates(const QPointF& xy) {
    x_->setValue(xy.x());
    y_->setValue(xy.y());
}

void VertexInputDialog::setZone(int zone) {
    zone_->setValue(zone);
}

void VertexInputDialog::systemChanged() {
    const bool lonLat = system() == System::LonLat;
    zone_->setVisible(!lonLat);
    zoneLabel_->setVisible(!lonLat);
    if (lonLat) {
        xLabel_->setText(tr("Longitude (°E):"));
        yLabel_->setText(tr("Latitude (°N):"));
        x_->setRange(-180, 180);
        y_->setRange(-90, 90);
        x_->setDecimals(6);
        y_->setDecimals(6);
    } else {
        xLabel_->setText(tr("Easting (m):"));
        yLabel_->setText(tr("Northing (m):"));
        x_->setRange(0, kLastZone * kZoneFactor + kZoneFactor);
        y_->setRange(0, 1e7);
        x_->setDecimals(3);
        y_->setDecimals(3);
    }
    message_->clear();
}

std::optional<QPointF> VertexInputDialog::lonLat(QString* error) const {
    const auto fail = [error](const QString& message) -> std::optional<QPointF> {
        if (error) {
            *error = message;
        }
        return std::nullopt;
    };
    if (system() == System::LonLat) {
        return QPointF(x_->value(), y_->value());
    }
    const int zone = zone_->value();
    double easting = x_->value();
    if (easting < kZoneFactor) {
        easting += zone * kZoneFactor;
    } else if (static_cast<int>(easting / kZoneFactor) != zone) {
        return fail(tr("The easting %1 carries zone %2, not the chosen zone %3.")
                        .arg(easting, 0, 'f', 3)
                        .arg(static_cast<int>(easting / kZoneFactor))
                        .arg(zone));
    }
    try {
        const gis::CoordinateTransform toLonLat(gis::Crs::fromEpsg(gis::gaussKrugerZone3Epsg(zone)),
                                                gis::Crs::wgs84());
        const QPointF point = toLonLat.transform({easting, y_->value()});
        if (!std::isfinite(point.x()) || !std::isfinite(point.y())) {
            return fail(tr("Easting %1, northing %2 lie outside Gauss–Krüger zone %3.")
                            .arg(easting, 0, 'f', 3)
                            .arg(y_->value(), 0, 'f', 3)
                            .arg(zone));
        }
        return point;
    } catch (const gis::Error& e) {
        return fail(e.message());
    }
}

void VertexInputDialog::add() {
    QString error;
    const auto point = lonLat(&error);
    if (!point) {
        message_->setText(error);
        return;
    }
    message_->clear();
    Q_EMIT vertexEntered(*point);
}

}  // namespace app
