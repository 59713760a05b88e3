// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/symbol_editor.h"

#include "app/color_button.h"
#include "gis/symbol_preview.h"

#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QIcon>
#include <QLabel>
#include <QSpinBox>

namespace app {

namespace {

const QSize kPreviewSize(120, 48);

/// Marker entries hold the shape as an int or the SVG resource as a string.
void addMarkers(QComboBox* combo) {
    const std::pair<gis::MarkerShape, const char*> shapes[] = {
        {gis::MarkerShape::Circle, QT_TRANSLATE_NOOP("app::SymbolEditor", "Circle")},
        {gis::MarkerShape::Square, QT_TRANSLATE_NOOP("app::SymbolEditor", "Square")},
        {gis::MarkerShape::Triangle, QT_TRANSLATE_NOOP("app::SymbolEditor", "Triangle")},
        {gis::MarkerShape::Star, QT_TRANSLATE_NOOP("app::SymbolEditor", "Star")},
        {gis::MarkerShape::Diamond, QT_TRANSLATE_NOOP("app::SymbolEditor", "Diamond")}};
    for (const auto& [shape, name] : shapes) {
        combo->addItem(SymbolEditor::tr(name), int(shape));
    }
    const QDir markers(QStringLiteral(":/markers"));
    for (const QString& file : markers.entryList({QStringLiteral("*.svg")}, QDir::Files)) {
        const QString path = markers.filePath(file);
        combo->addItem(QIcon(path), SymbolEditor::tr("Icon: %1").arg(QFileInfo(file).baseName()),
                       path);
    }
}

}  // namespace

SymbolEditor::SymbolEditor(gis::GeometryKind kind, QWidget* parent)
    : QWidget(parent),
      kind_(kind),
      strokeColor_(new ColorButton(this)),
      strokeWidth_(new QDoubleSpinBox(this)),
      strokeStyle_(new QComboBox(this)),
      fillColor_(new ColorButton(this)),
      fillOpacity_(new QSpinBox(this)),
      hatch_(new QComboBox(this)),
      marker_(new QComboBox(this)),
      markerSize_(new QDoubleSpinBox(this)),
      preview_(new QLabel(this)) {
    strokeColor_->setObjectName(QStringLiteral("strokeColor"));
    fillColor_->setObjectName(QStringLiteral("fillColor"));
    strokeWidth_->setRange(0, 20);
    strokeWidth_->setSingleStep(0.1);
    strokeWidth_->setDecimals(2);
    strokeWidth_->setSuffix(tr(" mm"));
    strokeStyle_->addItem(tr("Solid"), int(Qt::SolidLine));
    strokeStyle_->addItem(tr("Dashed"), int(Qt::DashLine));
    strokeStyle_->addItem(tr("Dotted"), int(Qt::DotLine));
    strokeStyle_->addItem(tr("Dash-dot"), int(Qt::DashDotLine));
    strokeStyle_->addItem(tr("Dash-dot-dot"), int(Qt::DashDotDotLine));
    strokeStyle_->addItem(tr("No line"), int(Qt::NoPen));
    fillOpacity_->setRange(0, 100);
    fillOpacity_->setSuffix(QStringLiteral(" %"));
    hatch_->addItem(tr("Solid"), int(gis::Hatch::None));
    hatch_->addItem(tr("Horizontal lines"), int(gis::Hatch::Horizontal));
    hatch_->addItem(tr("Vertical lines"), int(gis::Hatch::Vertical));
    hatch_->addItem(tr("Cross"), int(gis::Hatch::Cross));
    hatch_->addItem(tr("Forward diagonal"), int(gis::Hatch::Slash));
    hatch_->addItem(tr("Backward diagonal"), int(gis::Hatch::Backslash));
    hatch_->addItem(tr("Diagonal cross"), int(gis::Hatch::DiagonalCross));
    addMarkers(marker_);
    markerSize_->setRange(0.5, 30);
    markerSize_->setSingleStep(0.2);
    markerSize_->setSuffix(tr(" mm"));
    preview_->setMinimumSize(kPreviewSize);

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Stroke colour:"), strokeColor_);
    form->addRow(tr("Stroke width:"), strokeWidth_);
    form->addRow(tr("Stroke style:"), strokeStyle_);
    // Lines have no fill; points and areas do.
    const bool filled = kind != gis::GeometryKind::Line;
    if (filled) {
        form->addRow(tr("Fill colour:"), fillColor_);
        form->addRow(tr("Fill opacity:"), fillOpacity_);
    } else {
        fillColor_->hide();
        fillOpacity_->hide();
    }
    if (kind == gis::GeometryKind::Polygon || kind == gis::GeometryKind::Unknown) {
        form->addRow(tr("Fill pattern:"), hatch_);
    } else {
        hatch_->hide();
    }
    if (kind == gis::GeometryKind::Point || kind == gis::GeometryKind::Unknown) {
        form->addRow(tr("Marker:"), marker_);
        form->addRow(tr("Marker size:"), markerSize_);
    } else {
        marker_->hide();
        markerSize_->hide();
    }
    form->addRow(tr("Preview:"), preview_);

    const auto edited = [this] {
        if (!updating_) {
            updatePreview();
            Q_EMIT changed();
        }
    };
    connect(strokeColor_, &ColorButton::colorChanged, this, edited);
    connect(fillColor_, &ColorButton::colorChanged, this, [this, edited](const QColor& color) {
        // The opacity box shows the alpha of the chosen colour.
        if (!updating_) {
            updating_ = true;
            fillOpacity_->setValue(qRound(color.alphaF() * 100));
            updating_ = false;
        }
        edited();
    });
    connect(strokeWidth_, &QDoubleSpinBox::valueChanged, this, edited);
    connect(strokeStyle_, &QComboBox::currentIndexChanged, this, edited);
    connect(fillOpacity_, &QSpinBox::valueChanged, this, edited);
    connect(hatch_, &QComboBox::currentIndexChanged, this, edited);
    connect(marker_, &QComboBox::currentIndexChanged, this, edited);
    connect(markerSize_, &QDoubleSpinBox::valueChanged, this, edited);
    setSymbol(gis::Symbol());
}

gis::Symbol SymbolEditor::symbol() const {
    gis::Symbol symbol;
    symbol.strokeColor = strokeColor_->color();
    symbol.strokeWidthMm = strokeWidth_->value();
    symbol.strokeStyle = Qt::PenStyle(strokeStyle_->currentData().toInt());
    symbol.fillColor = fillColor_->color();
    symbol.fillColor.setAlpha(qRound(fillOpacity_->value() * 2.55));
    symbol.hatch = gis::Hatch(hatch_->currentData().toInt());
    const QVariant marker = marker_->currentData();
    if (marker.typeId() == QMetaType::QString) {
        symbol.svgMarker = marker.toString();
    } else {
        symbol.markerShape = gis::MarkerShape(marker.toInt());
    }
    symbol.markerSizeMm = markerSize_->value();
    return symbol;
}

void SymbolEditor::setSymbol(const gis::Symbol& symbol) {
    updating_ = true;
    strokeColor_->setColor(symbol.strokeColor);
    strokeWidth_->setValue(symbol.strokeWidthMm);
    strokeStyle_->setCurrentIndex(std::max(0, strokeStyle_->findData(int(symbol.strokeStyle))));
    fillColor_->setColor(symbol.fillColor);
    fillOpacity_->setValue(qRound(symbol.fillColor.alphaF() * 100));
    hatch_->setCurrentIndex(std::max(0, hatch_->findData(int(symbol.hatch))));
    int marker = -1;
    if (!symbol.svgMarker.isEmpty()) {
        marker = marker_->findData(symbol.svgMarker);
        if (marker < 0) {
            // An icon from a file (an imported SLD): offered as it is.
            marker_->addItem(QIcon(symbol.svgMarker), QFileInfo(symbol.svgMarker).fileName(),
                             symbol.svgMarker);
            marker = marker_->count() - 1;
        }
    } else {
        marker = marker_->findData(int(symbol.markerShape));
    }
    marker_->setCurrentIndex(std::max(0, marker));
    markerSize_->setValue(symbol.markerSizeMm);
    updating_ = false;
    updatePreview();
}

void SymbolEditor::updatePreview() {
    preview_->setPixmap(QPixmap::fromImage(gis::SymbolPreview::render(
        symbol(), kind_ == gis::GeometryKind::Unknown ? gis::GeometryKind::Polygon : kind_,
        kPreviewSize)));
}

}  // namespace app
