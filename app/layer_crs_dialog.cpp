// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/layer_crs_dialog.h"

#include "app/crs_selector.h"
#include "gis/error.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace app {

LayerCrsDialog::LayerCrsDialog(const QString& dataset, const QString& layer, Reason reason,
                               const QString& current, QWidget* parent)
    : QDialog(parent),
      message_(new QLabel(this)),
      selector_(new CrsSelector(CrsSelector::Mode::AnyCrs, this)),
      problem_(new QLabel(this)) {
    setObjectName(QStringLiteral("layerCrsDialog"));
    setWindowTitle(reason == Reason::Change ? tr("Set Layer CRS")
                                            : tr("Layer Without a Known CRS"));
    // A connection string has no file name to shorten to.
    const QString source =
        QFileInfo(dataset).isAbsolute() ? QFileInfo(dataset).fileName() : dataset;
    switch (reason) {
        case Reason::Missing:
            message_->setText(
                tr("Layer “%1” of %2 has no coordinate reference system, so Lanxi Atlas cannot "
                   "tell where it lies. Choose the CRS its coordinates are in; lon/lat in "
                   "degrees is usually WGS 84 (EPSG:4326).")
                    .arg(layer, source));
            break;
        case Reason::Unknown:
            message_->setText(tr("Layer “%1” of %2 declares a coordinate reference system that "
                                 "PROJ does not know (“%3”). Choose the CRS its coordinates are "
                                 "in.")
                                  .arg(layer, source, current));
            break;
        case Reason::Change:
            message_->setText(tr("The CRS the coordinates of layer “%1” of %2 are in. It replaces "
                                 "what the data declares (%3).")
                                  .arg(layer, source, current.isEmpty() ? tr("nothing") : current));
            break;
    }
    message_->setWordWrap(true);
    message_->setToolTip(dataset);
    selector_->setObjectName(QStringLiteral("layerCrsSelector"));
    selector_->setCrs(gis::Crs::wgs84());
    problem_->setObjectName(QStringLiteral("layerCrsProblem"));
    problem_->setStyleSheet(QStringLiteral("color: #b00020"));
    problem_->setWordWrap(true);
    problem_->hide();

    auto* icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    auto* top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(message_, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &LayerCrsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LayerCrsDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(selector_);
    layout->addWidget(problem_);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

QString LayerCrsDialog::message() const {
    return message_->text();
}

void LayerCrsDialog::accept() {
    try {
        crs_ = selector_->crs();
    } catch (const gis::Error& error) {
        problem_->setText(error.message());
        problem_->show();
        return;
    }
    QDialog::accept();
}

}  // namespace app
