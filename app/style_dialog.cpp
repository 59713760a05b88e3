// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/style_dialog.h"

#include "app/categorized_style_page.h"
#include "app/graduated_style_page.h"
#include "app/label_style_page.h"
#include "app/rule_style_page.h"
#include "app/symbol_class_list.h"
#include "app/symbol_editor.h"
#include "gis/error.h"
#include "gis/sld_style_io.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace app {

namespace {

QDoubleSpinBox* scaleBox(QWidget* parent) {
    auto* box = new QDoubleSpinBox(parent);
    box->setDecimals(0);
    box->setRange(0, 1e9);
    box->setSingleStep(10000);
    box->setPrefix(QStringLiteral("1:"));
    box->setSpecialValueText(StyleDialog::tr("No limit"));
    return box;
}

}  // namespace

StyleDialog::StyleDialog(const QString& layerName, const gis::Style& style,
                         std::shared_ptr<const gis::FeatureSource> source, QWidget* parent)
    : QDialog(parent),
      layerName_(layerName),
      source_(std::move(source)),
      geometryKind_(source_ ? source_->geometryKind() : gis::GeometryKind::Unknown),
      kind_(new QComboBox(this)),
      pages_(new QStackedWidget(this)),
      single_(new SymbolEditor(geometryKind_, this)),
      categorized_(new CategorizedStylePage(source_, geometryKind_, this)),
      graduated_(new GraduatedStylePage(source_, geometryKind_, this)),
      rules_(new RuleStylePage(geometryKind_, this)),
      labels_(new LabelStylePage(source_, this)),
      minScale_(scaleBox(this)),
      maxScale_(scaleBox(this)) {
    setWindowTitle(tr("Style — %1").arg(layerName));
    kind_->addItem(tr("Single symbol"), int(gis::StyleKind::Single));
    kind_->addItem(tr("Categorized"), int(gis::StyleKind::Categorized));
    kind_->addItem(tr("Graduated"), int(gis::StyleKind::Graduated));
    kind_->addItem(tr("Rule-based"), int(gis::StyleKind::RuleBased));
    // Pages in the order of the kinds; the single symbol is also the one for unclassified features.
    pages_->addWidget(new QWidget(this));
    pages_->addWidget(categorized_);
    pages_->addWidget(graduated_);
    pages_->addWidget(rules_);

    auto* symbolGroup = new QGroupBox(tr("Symbol (also for features in no class)"), this);
    auto* symbolLayout = new QVBoxLayout(symbolGroup);
    symbolLayout->addWidget(single_);
    auto* symbology = new QWidget(this);
    auto* kindRow = new QFormLayout;
    kindRow->addRow(tr("Style:"), kind_);
    auto* symbologyLayout = new QVBoxLayout(symbology);
    symbologyLayout->addLayout(kindRow);
    symbologyLayout->addWidget(symbolGroup);
    symbologyLayout->addWidget(pages_, 1);

    auto* visibility = new QWidget(this);
    auto* visibilityForm = new QFormLayout(visibility);
    visibilityForm->addRow(tr("Shown from (zoomed in) 1:"), minScale_);
    visibilityForm->addRow(tr("up to (zoomed out) 1:"), maxScale_);

    auto* tabs = new QTabWidget(this);
    tabs->addTab(symbology, tr("Symbology"));
    tabs->addTab(labels_, tr("Labels"));
    tabs->addTab(visibility, tr("Visibility"));

    auto* buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this);
    QPushButton* import = buttons->addButton(tr("&Import SLD…"), QDialogButtonBox::ActionRole);
    QPushButton* exportButton =
        buttons->addButton(tr("&Export SLD…"), QDialogButtonBox::ActionRole);
    connect(import, &QPushButton::clicked, this, &StyleDialog::chooseSldToImport);
    connect(exportButton, &QPushButton::clicked, this, &StyleDialog::chooseSldToExport);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (apply()) {
            accept();
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &StyleDialog::apply);
    connect(kind_, &QComboBox::currentIndexChanged, this, &StyleDialog::kindChosen);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    resize(600, 780);
    setStyle(style);
}

void StyleDialog::setStyle(const gis::Style& style) {
    original_ = style;
    single_->setSymbol(style.defaultSymbol);
    categorized_->setStyle(style);
    graduated_->setStyle(style);
    rules_->setStyle(style);
    labels_->setLabelStyle(style.label);
    minScale_->setValue(style.scaleRange.minDenominator);
    maxScale_->setValue(style.scaleRange.maxDenominator);
    const QSignalBlocker blocker(kind_);
    kind_->setCurrentIndex(kind_->findData(int(style.kind())));
    pages_->setCurrentIndex(kind_->currentIndex());
}

void StyleDialog::kindChosen() {
    pages_->setCurrentIndex(kind_->currentIndex());
    const auto kind = gis::StyleKind(kind_->currentData().toInt());
    // An empty class list starts classified, as in QGIS.
    if (kind == gis::StyleKind::Categorized &&
        categorized_->classList()->topLevelItemCount() == 0) {
        categorized_->classify();
    }
    if (kind == gis::StyleKind::Graduated && graduated_->classList()->topLevelItemCount() == 0) {
        graduated_->classify();
    }
    if (kind == gis::StyleKind::RuleBased && rules_->ruleList()->topLevelItemCount() == 0) {
        // Start from the current drawing, turned into rules.
        try {
            gis::Style current = style();
            current.rules.clear();
            rules_->setStyle(current.toRuleBased());
        } catch (const gis::Error&) {
            // Nothing to start from.
        }
    }
}

gis::Style StyleDialog::style() const {
    gis::Style style = original_;
    style.defaultSymbol = single_->symbol();
    style.categoryField.clear();
    style.categories.clear();
    style.graduatedField.clear();
    style.classes.clear();
    style.rules.clear();
    switch (gis::StyleKind(kind_->currentData().toInt())) {
        case gis::StyleKind::Single:
            break;
        case gis::StyleKind::Categorized:
            style.categories = original_.categories;  // keeps label priorities and sizes
            categorized_->apply(style);
            break;
        case gis::StyleKind::Graduated:
            graduated_->apply(style);
            break;
        case gis::StyleKind::RuleBased:
            rules_->apply(style);
            break;
    }
    labels_->apply(style.label);
    style.scaleRange = {minScale_->value(), maxScale_->value()};
    return style;
}

bool StyleDialog::apply() {
    gis::Style edited;
    try {
        edited = style();
        if (edited.scaleRange.minDenominator > 0 && edited.scaleRange.maxDenominator > 0 &&
            edited.scaleRange.minDenominator >= edited.scaleRange.maxDenominator) {
            throw gis::Error(tr("The layer would show at no scale: 1:%1 is not more zoomed in "
                                "than 1:%2.")
                                 .arg(edited.scaleRange.minDenominator)
                                 .arg(edited.scaleRange.maxDenominator));
        }
    } catch (const gis::Error& error) {
        QMessageBox::warning(this, tr("Invalid style"), error.message());
        return false;
    }
    Q_EMIT applied(edited);
    return true;
}

QString StyleDialog::importSld(const QString& path) {
    try {
        setStyle(gis::readSld(path));
    } catch (const gis::Error& error) {
        return error.message();
    }
    return {};
}

QString StyleDialog::exportSld(const QString& path) const {
    try {
        gis::writeSldFile(style(), layerName_, geometryKind_, path);
    } catch (const gis::Error& error) {
        return error.message();
    }
    return {};
}

void StyleDialog::chooseSldToImport() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Style"), QString(),
                                                      tr("Styled Layer Descriptor (*.sld *.xml)"));
    if (path.isEmpty()) {
        return;
    }
    const QString error = importSld(path);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Cannot import the style"), error);
    }
}

void StyleDialog::chooseSldToExport() {
    QString path = QFileDialog::getSaveFileName(this, tr("Export Style"), layerName_ + ".sld",
                                                tr("Styled Layer Descriptor (*.sld)"));
    if (path.isEmpty()) {
        return;
    }
    const QString error = exportSld(path);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Cannot export the style"), error);
    }
}

}  // namespace app
