// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/ecological_dock.h"

#include "app/map_canvas.h"
#include "gis/error.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace app {

EcologicalDock::EcologicalDock(MapCanvas* canvas, QWidget* parent)
    : QDockWidget(parent), canvas_(canvas) {
    setObjectName(QStringLiteral("ecologicalDock"));
    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    summary_ = new QLabel(body);
    summary_->setWordWrap(true);
    // Changing texts must not resize the dock (and with it the map).
    summary_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    list_ = new QTreeWidget(body);
    list_->setObjectName(QStringLiteral("ecologicalOverlaps"));
    list_->setRootIsDecorated(false);
    list_->setColumnCount(3);
    list_->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    list_->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    list_->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    layout->addWidget(summary_);
    layout->addWidget(list_, 1);
    setWidget(body);
    retranslate();
}

EcologicalDock::~EcologicalDock() = default;

void EcologicalDock::setProjectFile(const QString& path) {
    projectFile_ = path;
    check_.reset();
    loadError_.clear();
    try {
        check_ = core::EcologicalCheck::fromProjectFile(path);
    } catch (const gis::Error& error) {
        loadError_ = error.message();
    }
    clear();
}

void EcologicalDock::reloadZones() {
    const OGRGeometryUniquePtr footprint = std::move(footprint_);
    check_.reset();
    loadError_.clear();
    try {
        check_ = core::EcologicalCheck::fromProjectFile(projectFile_);
    } catch (const gis::Error& error) {
        loadError_ = error.message();
    }
    showFootprint(footprint.get());
}

void EcologicalDock::showFootprint(const OGRGeometry* lonLat) {
    hasFootprint_ = lonLat != nullptr;
    footprint_.reset(lonLat ? lonLat->clone() : nullptr);
    overlaps_.clear();
    if (lonLat && check_) {
        overlaps_ = check_->overlaps(*lonLat);
    }
    std::vector<std::shared_ptr<const OGRGeometry>> geometries;
    for (const auto& overlap : overlaps_) {
        geometries.push_back(overlap.geometry);
    }
    if (geometries.empty()) {
        canvas_->clearOverlapHighlight();
    } else {
        canvas_->setOverlapHighlight(geometries, gis::Crs::wgs84());
    }
    fillList();
}

QString EcologicalDock::zoneName(const core::EcologicalOverlap& overlap) const {
    // The interface language (app::Language sets the default locale).
    const bool chinese = QLocale().language() == QLocale::Chinese || overlap.nameEn.isEmpty();
    return chinese ? overlap.nameZh : overlap.nameEn;
}

QString EcologicalDock::overlapText(const core::EcologicalOverlap& overlap) const {
    const QLocale locale;
    if (overlap.areaSquareMetres > 0) {
        return tr("%1 ha").arg(locale.toString(overlap.hectares(), 'f', 2));
    }
    if (overlap.lengthMetres > 0) {
        return tr("%1 km").arg(locale.toString(overlap.kilometres(), 'f', 3));
    }
    return tr("inside");
}

QStringList EcologicalDock::rowTexts() const {
    QStringList rows;
    for (int i = 0; i < list_->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = list_->topLevelItem(i);
        rows << item->text(0) + u'\t' + item->text(2);
    }
    return rows;
}

void EcologicalDock::fillList() {
    list_->clear();
    for (const auto& overlap : overlaps_) {
        auto* item = new QTreeWidgetItem(list_);
        item->setText(0, zoneName(overlap));
        item->setText(1, core::PlanVocabulary::label(overlap.kind));
        item->setText(2, overlapText(overlap));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(0, overlap.itemId);
    }
    if (!loadError_.isEmpty()) {
        summary_->setText(loadError_);
    } else if (!check_) {
        summary_->setText(tr("Open a project to check footprints against its ecological zones."));
    } else if (!hasFootprint_) {
        summary_->setText(tr("Draw a footprint to see the ecological zones it crosses."));
    } else if (overlaps_.empty()) {
        summary_->setText(tr("The footprint crosses no ecological zone."));
    } else {
        summary_->setText(tr("The footprint crosses %n ecological zone(s):", nullptr,
                             static_cast<int>(overlaps_.size())));
    }
}

void EcologicalDock::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDockWidget::changeEvent(event);
}

void EcologicalDock::retranslate() {
    setWindowTitle(tr("Ecological Check"));
    list_->setHeaderLabels({tr("Zone"), tr("Kind"), tr("Overlap")});
    fillList();
}

}  // namespace app
