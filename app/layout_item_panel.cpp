// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/layout_item_panel.h"

#include "gis/error.h"
#include "gis/layout/legend_item.h"
#include "gis/layout/map_frame_item.h"
#include "gis/layout/scale_bar_item.h"
#include "gis/layout/text_item.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

#include <optional>

namespace app {

namespace {

QString extentText(const QRectF& r) {
    if (r.isEmpty()) {
        return {};
    }
    return QStringLiteral("%1, %2, %3, %4")
        .arg(r.left(), 0, 'g', 10)
        .arg(r.top(), 0, 'g', 10)
        .arg(r.right(), 0, 'g', 10)
        .arg(r.bottom(), 0, 'g', 10);
}

/// "xmin, ymin, xmax, ymax"; an empty text is the data's default view; nullopt when unreadable.
std::optional<QRectF> parseExtent(const QString& text) {
    if (text.trimmed().isEmpty()) {
        return QRectF();
    }
    const QStringList parts = text.split(u',');
    if (parts.size() != 4) {
        return std::nullopt;
    }
    double v[4];
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        v[i] = parts[i].trimmed().toDouble(&ok);
        if (!ok) {
            return std::nullopt;
        }
    }
    if (v[2] <= v[0] || v[3] <= v[1]) {
        return std::nullopt;
    }
    return QRectF(QPointF(v[0], v[1]), QPointF(v[2], v[3]));
}

}  // namespace

QDoubleSpinBox* LayoutItemPanel::millimetres() {
    auto* box = new QDoubleSpinBox;
    box->setRange(-2000, 2000);
    box->setDecimals(1);
    box->setSuffix(tr(" mm"));
    connect(box, &QDoubleSpinBox::editingFinished, this, [this]() { commit(tr("Move Item")); });
    return box;
}

LayoutItemPanel::LayoutItemPanel(QWidget* parent) : QWidget(parent) {
    form_ = new QFormLayout(this);
    x_ = millimetres();
    y_ = millimetres();
    width_ = millimetres();
    height_ = millimetres();
    text_ = new QLineEdit;
    text_->setObjectName(QStringLiteral("itemText"));
    fontSize_ = new QDoubleSpinBox;
    fontSize_->setRange(1, 400);
    fontSize_->setSuffix(tr(" pt"));
    units_ = new QComboBox;
    units_->addItems({tr("Automatic"), tr("Metres"), tr("Kilometres")});
    barStyle_ = new QComboBox;
    barStyle_->addItems({tr("Alternating boxes"), tr("Double boxes"), tr("Tick line")});
    scale_ = new QSpinBox;
    scale_->setRange(0, 100000000);
    scale_->setSingleStep(50000);
    scale_->setPrefix(QStringLiteral("1:"));
    scale_->setSpecialValueText(tr("Fit the extent"));
    extent_ = new QLineEdit;
    extent_->setPlaceholderText(tr("xmin, ymin, xmax, ymax"));
    theme_ = new QLineEdit;
    crs_ = new QLineEdit;
    crs_->setPlaceholderText(QStringLiteral("EPSG:4326"));
    form_->addRow(tr("X"), x_);
    form_->addRow(tr("Y"), y_);
    form_->addRow(tr("Width"), width_);
    form_->addRow(tr("Height"), height_);
    form_->addRow(tr("Text"), text_);
    form_->addRow(tr("Font size"), fontSize_);
    form_->addRow(tr("Units"), units_);
    form_->addRow(tr("Bar style"), barStyle_);
    form_->addRow(tr("Scale"), scale_);
    form_->addRow(tr("Extent"), extent_);
    form_->addRow(tr("Theme"), theme_);
    form_->addRow(tr("CRS"), crs_);

    connect(text_, &QLineEdit::editingFinished, this, [this]() { commit(tr("Change Text")); });
    connect(fontSize_, &QDoubleSpinBox::editingFinished, this,
            [this]() { commit(tr("Change Font Size")); });
    connect(units_, &QComboBox::currentIndexChanged, this,
            [this]() { commit(tr("Change Scale Bar")); });
    connect(barStyle_, &QComboBox::currentIndexChanged, this,
            [this]() { commit(tr("Change Scale Bar")); });
    connect(scale_, &QSpinBox::editingFinished, this, [this]() { commit(tr("Change Map Scale")); });
    connect(extent_, &QLineEdit::editingFinished, this,
            [this]() { commit(tr("Change Map Extent")); });
    connect(theme_, &QLineEdit::editingFinished, this,
            [this]() { commit(tr("Change Map Theme")); });
    connect(crs_, &QLineEdit::editingFinished, this, [this]() { commit(tr("Change Map CRS")); });
    showItem(nullptr);
}

void LayoutItemPanel::showItem(const gis::LayoutItem* item) {
    updating_ = true;
    item_ = item ? item->clone() : nullptr;
    setEnabled(item != nullptr);
    const QRectF r = item ? item->rectMm : QRectF();
    x_->setValue(r.x());
    y_->setValue(r.y());
    width_->setValue(r.width());
    height_->setValue(r.height());
    const auto* text = dynamic_cast<const gis::TextItem*>(item);
    const auto* bar = dynamic_cast<const gis::ScaleBarItem*>(item);
    const auto* legend = dynamic_cast<const gis::LegendItem*>(item);
    const auto* map = dynamic_cast<const gis::MapFrameItem*>(item);
    form_->setRowVisible(text_, text || legend);
    form_->labelForField(text_)->setProperty("text", legend ? tr("Title") : tr("Text"));
    form_->setRowVisible(fontSize_, text || legend || bar);
    form_->setRowVisible(units_, bar != nullptr);
    form_->setRowVisible(barStyle_, bar != nullptr);
    form_->setRowVisible(scale_, map != nullptr);
    form_->setRowVisible(extent_, map != nullptr);
    form_->setRowVisible(theme_, map != nullptr);
    form_->setRowVisible(crs_, map != nullptr);
    text_->setText(text ? text->text : legend ? legend->title : QString());
    fontSize_->setValue(text     ? text->fontSizePt
                        : legend ? legend->fontSizePt
                        : bar    ? bar->fontSizePt
                                 : 10);
    units_->setCurrentIndex(bar ? int(bar->units) : 0);
    barStyle_->setCurrentIndex(bar ? int(bar->style) : 0);
    scale_->setValue(map ? int(map->scaleDenominator) : 0);
    extent_->setText(map ? extentText(map->extent) : QString());
    theme_->setText(map ? map->themeId : QString());
    crs_->setText(map ? map->crs.authId() : QString());
    extent_->setStyleSheet({});
    crs_->setStyleSheet({});
    updating_ = false;
}

void LayoutItemPanel::commit(const QString& what) {
    if (updating_ || !item_) {
        return;
    }
    std::unique_ptr<gis::LayoutItem> changed = item_->clone();
    changed->rectMm = QRectF(x_->value(), y_->value(), std::max(1.0, width_->value()),
                             std::max(1.0, height_->value()));
    if (auto* text = dynamic_cast<gis::TextItem*>(changed.get())) {
        text->text = text_->text();
        text->fontSizePt = fontSize_->value();
    } else if (auto* legend = dynamic_cast<gis::LegendItem*>(changed.get())) {
        legend->title = text_->text();
        legend->fontSizePt = fontSize_->value();
    } else if (auto* bar = dynamic_cast<gis::ScaleBarItem*>(changed.get())) {
        bar->units = gis::ScaleBarItem::Units(units_->currentIndex());
        bar->style = gis::ScaleBarItem::Style(barStyle_->currentIndex());
        bar->fontSizePt = fontSize_->value();
    } else if (auto* map = dynamic_cast<gis::MapFrameItem*>(changed.get())) {
        map->scaleDenominator = scale_->value();
        map->themeId = theme_->text().trimmed();
        const std::optional<QRectF> extent = parseExtent(extent_->text());
        extent_->setStyleSheet(extent ? QString() : QStringLiteral("color: red"));
        extent_->setToolTip(extent ? QString() : tr("Write the extent as xmin, ymin, xmax, ymax"));
        if (extent) {
            map->extent = *extent;
        }
        if (crs_->text().trimmed() != map->crs.authId()) {
            try {
                map->crs = gis::Crs::fromUserInput(crs_->text().trimmed());
                crs_->setStyleSheet({});
                crs_->setToolTip({});
            } catch (const gis::Error& error) {
                crs_->setStyleSheet(QStringLiteral("color: red"));
                crs_->setToolTip(error.message());
            }
        }
    }
    if (changed->toJson() == item_->toJson()) {
        return;
    }
    item_ = changed->clone();
    Q_EMIT itemEdited(what, changed->toJson());
}

}  // namespace app
