// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/layout_dialog.h"

#include "app/layout_change_command.h"
#include "app/layout_item_factory.h"
#include "app/layout_item_panel.h"
#include "app/layout_view.h"
#include "core/print_templates.h"
#include "core/project.h"
#include "gis/error.h"
#include "gis/layout/layout_exporter.h"
#include "gis/layout/layout_renderer.h"
#include "gis/layout/legend_item.h"
#include "gis/layout/map_frame_item.h"
#include "gis/layout/text_item.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSpinBox>
#include <QToolBar>
#include <QVBoxLayout>

namespace app {

namespace {

constexpr double kPreviewDpi = 60;

gis::TextItem* titleOf(const gis::PrintLayout& layout) {
    return dynamic_cast<gis::TextItem*>(layout.item(QStringLiteral("title")));
}

gis::LegendItem* legendOf(const gis::PrintLayout& layout) {
    for (const auto& item : layout.items) {
        if (auto* legend = dynamic_cast<gis::LegendItem*>(item.get())) {
            return legend;
        }
    }
    return nullptr;
}

}  // namespace

LayoutDialog::LayoutDialog(const core::Project& project, QWidget* parent)
    : QDialog(parent), project_(project), data_(project) {
    setWindowTitle(tr("Print Layout"));
    templates_ = new QListWidget;
    templates_->setMaximumWidth(220);
    view_ = new LayoutView;
    view_->setMinimumSize(860, 600);
    itemPanel_ = new LayoutItemPanel;

    titleEdit_ = new QLineEdit;
    paper_ = new QComboBox;
    paper_->addItems({"A4", "A3", "A2", "A1", "A0"});
    orientation_ = new QComboBox;
    orientation_->addItems({tr("Portrait"), tr("Landscape")});
    scale_ = new QSpinBox;
    scale_->setRange(0, 100000000);
    scale_->setSingleStep(50000);
    scale_->setPrefix(QStringLiteral("1:"));
    scale_->setSpecialValueText(tr("Fit the extent"));
    legendInFrame_ = new QCheckBox(tr("Only what the map shows"));
    problems_ = new QLabel;
    problems_->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Title"), titleEdit_);
    form->addRow(tr("Paper"), paper_);
    form->addRow(tr("Orientation"), orientation_);
    form->addRow(tr("Map scale"), scale_);
    form->addRow(tr("Legend"), legendInFrame_);
    form->addRow(problems_);

    auto* undo = new QPushButton(tr("Undo"));
    auto* redo = new QPushButton(tr("Redo"));
    connect(undo, &QPushButton::clicked, &undoStack_, &QUndoStack::undo);
    connect(redo, &QPushButton::clicked, &undoStack_, &QUndoStack::redo);
    connect(&undoStack_, &QUndoStack::canUndoChanged, undo, &QPushButton::setEnabled);
    connect(&undoStack_, &QUndoStack::canRedoChanged, redo, &QPushButton::setEnabled);
    undo->setEnabled(false);
    redo->setEnabled(false);
    auto* undoRow = new QHBoxLayout;
    undoRow->addWidget(undo);
    undoRow->addWidget(redo);
    auto* side = new QVBoxLayout;
    side->addLayout(form);
    side->addLayout(undoRow);
    side->addWidget(new QLabel(tr("Selected item")));
    side->addWidget(itemPanel_);
    side->addStretch();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    const auto addButton = [buttons](const QString& text, auto slot, auto* self) {
        QPushButton* button = buttons->addButton(text, QDialogButtonBox::ActionRole);
        connect(button, &QPushButton::clicked, self, slot);
    };
    addButton(tr("Export…"), &LayoutDialog::exportLayout, this);
    addButton(tr("Print…"), &LayoutDialog::print, this);
    addButton(tr("Print Preview…"), &LayoutDialog::printPreview, this);
    addButton(tr("Save in Project…"), &LayoutDialog::saveToProject, this);
    addButton(tr("Save Template File…"), &LayoutDialog::saveFile, this);
    addButton(tr("Open Template File…"), &LayoutDialog::loadFile, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* page = new QVBoxLayout;
    page->addWidget(createEditBar());
    page->addWidget(view_, 1);
    auto* row = new QHBoxLayout;
    row->addWidget(templates_);
    row->addLayout(page, 1);
    row->addLayout(side);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row, 1);
    layout->addWidget(buttons);

    connect(templates_, &QListWidget::currentTextChanged, this, &LayoutDialog::selectTemplate);
    connect(titleEdit_, &QLineEdit::editingFinished, this, &LayoutDialog::editTitle);
    connect(paper_, &QComboBox::currentIndexChanged, this, &LayoutDialog::editPage);
    connect(orientation_, &QComboBox::currentIndexChanged, this, &LayoutDialog::editPage);
    connect(scale_, &QSpinBox::editingFinished, this, &LayoutDialog::editScale);
    connect(legendInFrame_, &QCheckBox::toggled, this, &LayoutDialog::editLegend);
    connect(view_, &LayoutView::geometryEdited, this, &LayoutDialog::moveItems);
    connect(view_, &LayoutView::removeRequested, this, &LayoutDialog::removeItems);
    connect(view_, &LayoutView::selectionChanged, this, &LayoutDialog::showSelectedItem);
    connect(itemPanel_, &LayoutItemPanel::itemEdited, this, &LayoutDialog::replaceItem);
    loadTemplates();
}

QToolBar* LayoutDialog::createEditBar() {
    auto* bar = new QToolBar;
    const std::pair<gis::LayoutItemKind, QString> kinds[] = {
        {gis::LayoutItemKind::Text, tr("Text")},
        {gis::LayoutItemKind::Picture, tr("Picture")},
        {gis::LayoutItemKind::Shape, tr("Shape")},
        {gis::LayoutItemKind::Legend, tr("Legend")},
        {gis::LayoutItemKind::ScaleBar, tr("Scale Bar")},
        {gis::LayoutItemKind::NorthArrow, tr("North Arrow")},
        {gis::LayoutItemKind::MapFrame, tr("Map")},
    };
    for (const auto& [kind, name] : kinds) {
        QAction* add = bar->addAction(tr("+ %1").arg(name));
        add->setToolTip(tr("Add a %1 item").arg(name));
        connect(add, &QAction::triggered, this, [this, kind = kind]() { addItem(kind); });
    }
    bar->addSeparator();
    QAction* remove = bar->addAction(tr("Delete"));
    remove->setToolTip(tr("Remove the selected items (Delete)"));
    connect(remove, &QAction::triggered, this, [this]() { removeItems(view_->selectedIds()); });
    bar->addSeparator();
    const std::pair<LayoutAlignment, QString> alignments[] = {
        {LayoutAlignment::Left, tr("Align Left")},
        {LayoutAlignment::HorizontalCentre, tr("Centre")},
        {LayoutAlignment::Right, tr("Align Right")},
        {LayoutAlignment::Top, tr("Align Top")},
        {LayoutAlignment::VerticalCentre, tr("Middle")},
        {LayoutAlignment::Bottom, tr("Align Bottom")},
    };
    for (const auto& [alignment, name] : alignments) {
        QAction* align = bar->addAction(name);
        align->setToolTip(tr("%1 (the selected items, or one item on the page)").arg(name));
        connect(align, &QAction::triggered, this,
                [this, alignment = alignment]() { alignSelected(alignment); });
    }
    return bar;
}

QString LayoutDialog::addItem(gis::LayoutItemKind kind) {
    gis::PrintLayout changed = layout_;
    const QString id = changed.add(LayoutItemFactory::create(changed, kind))->id;
    changeLayout(tr("Add %1").arg(gis::LayoutItem::kindName(kind)), changed);
    view_->setSelectedIds({id});
    return id;
}

void LayoutDialog::alignSelected(LayoutAlignment alignment) {
    gis::PrintLayout changed = layout_;
    alignLayoutItems(changed, view_->selectedIds(), alignment);
    if (changed.toJson() != layout_.toJson()) {
        changeLayout(tr("Align Items"), changed);
    }
}

void LayoutDialog::removeItems(const QStringList& ids) {
    if (ids.isEmpty()) {
        return;
    }
    gis::PrintLayout changed = layout_;
    std::erase_if(changed.items, [&ids](const auto& item) { return ids.contains(item->id); });
    view_->setSelectedIds({});
    changeLayout(tr("Remove Items"), changed);
}

void LayoutDialog::moveItems(const QString& what, const QHash<QString, QRectF>& rectsMm) {
    gis::PrintLayout changed = layout_;
    for (auto it = rectsMm.begin(); it != rectsMm.end(); ++it) {
        if (gis::LayoutItem* item = changed.item(it.key())) {
            item->rectMm = it.value();
        }
    }
    changeLayout(what, changed);
}

void LayoutDialog::replaceItem(const QString& what, const QJsonObject& json) {
    gis::PrintLayout changed = layout_;
    try {
        std::unique_ptr<gis::LayoutItem> edited = gis::LayoutItem::fromJson(json);
        for (auto& item : changed.items) {
            if (item->id == edited->id) {
                item = std::move(edited);
                changeLayout(what, changed);
                return;
            }
        }
    } catch (const gis::Error& error) {
        showError(tr("Cannot change the item"), error.message());
    }
}

void LayoutDialog::showSelectedItem() {
    const QStringList ids = view_->selectedIds();
    itemPanel_->showItem(ids.size() == 1 ? layout_.item(ids.front()) : nullptr);
}

void LayoutDialog::loadTemplates() {
    templates_->clear();
    QStringList names;
    try {
        for (const gis::PrintLayout& layout : core::PrintTemplates::fromProject(project_.path())) {
            names << layout.name;
        }
    } catch (const gis::Error& error) {
        showError(tr("Cannot read the project's layout templates"), error.message());
    }
    names << core::PrintTemplates::builtInNames();
    names.removeDuplicates();
    templates_->addItems(names);
    templates_->setCurrentRow(0);
}

void LayoutDialog::selectTemplate(const QString& name) {
    if (name.isEmpty() || updating_) {
        return;
    }
    try {
        undoStack_.clear();
        applyLayout(core::PrintTemplates::find(name, project_.path()));
    } catch (const gis::Error& error) {
        showError(tr("Cannot open the template %1").arg(name), error.message());
    }
}

void LayoutDialog::changeLayout(const QString& what, const gis::PrintLayout& changed) {
    undoStack_.push(new ChangeLayout(what, layout_, changed,
                                     [this](const gis::PrintLayout& l) { applyLayout(l); }));
}

void LayoutDialog::applyLayout(const gis::PrintLayout& layout) {
    layout_ = layout;
    refreshControls();
    refreshPreview();
    showSelectedItem();
}

void LayoutDialog::refreshControls() {
    updating_ = true;
    const gis::TextItem* title = titleOf(layout_);
    titleEdit_->setEnabled(title != nullptr);
    titleEdit_->setText(title ? title->text : QString());
    paper_->setCurrentIndex(std::min(int(layout_.page.paper), 4));
    orientation_->setCurrentIndex(layout_.page.orientation == gis::PageOrientation::Portrait ? 0
                                                                                             : 1);
    const gis::MapFrameItem* frame = layout_.mainFrame();
    scale_->setEnabled(frame != nullptr);
    scale_->setValue(frame ? int(frame->scaleDenominator) : 0);
    const gis::LegendItem* legend = legendOf(layout_);
    legendInFrame_->setEnabled(legend != nullptr);
    legendInFrame_->setChecked(legend && legend->onlyInFrame);
    updating_ = false;
}

QImage LayoutDialog::renderPage(double dpi) const {
    const QSizeF mm = layout_.page.sizeMm();
    QImage image(QSize(int(mm.width() * dpi / 25.4), int(mm.height() * dpi / 25.4)),
                 QImage::Format_ARGB32_Premultiplied);
    image.setDotsPerMeterX(int(dpi / 0.0254));
    image.setDotsPerMeterY(int(dpi / 0.0254));
    image.fill(Qt::white);
    QPainter painter(&image);
    gis::LayoutRenderer(layout_, data_).render(painter, dpi);
    return image;
}

void LayoutDialog::refreshPreview() {
    try {
        const QSizeF mm = layout_.page.sizeMm();
        QImage image(
            QSize(int(mm.width() * kPreviewDpi / 25.4), int(mm.height() * kPreviewDpi / 25.4)),
            QImage::Format_ARGB32_Premultiplied);
        image.setDotsPerMeterX(int(kPreviewDpi / 0.0254));
        image.setDotsPerMeterY(int(kPreviewDpi / 0.0254));
        image.fill(Qt::white);
        QPainter painter(&image);
        const QStringList problems =
            gis::LayoutRenderer(layout_, data_).render(painter, kPreviewDpi);
        painter.end();
        view_->showLayout(layout_, image);
        problems_->setText(problems.join(u'\n'));
    } catch (const gis::Error& error) {
        view_->showLayout(layout_, QImage());
        problems_->setText(error.message());
    }
}

void LayoutDialog::editTitle() {
    gis::TextItem* title = titleOf(layout_);
    if (updating_ || !title || title->text == titleEdit_->text()) {
        return;
    }
    gis::PrintLayout changed = layout_;
    titleOf(changed)->text = titleEdit_->text();
    changeLayout(tr("Change Title"), changed);
}

void LayoutDialog::editPage() {
    if (updating_) {
        return;
    }
    gis::PrintLayout changed = layout_;
    changed.page.paper = gis::PaperSize(paper_->currentIndex());
    changed.page.orientation = orientation_->currentIndex() == 0 ? gis::PageOrientation::Portrait
                                                                 : gis::PageOrientation::Landscape;
    // Items keep their place relative to the page size.
    const QSizeF from = layout_.page.sizeMm();
    const QSizeF to = changed.page.sizeMm();
    for (auto& item : changed.items) {
        const QRectF r = item->rectMm;
        item->rectMm =
            QRectF(r.x() * to.width() / from.width(), r.y() * to.height() / from.height(),
                   r.width() * to.width() / from.width(), r.height() * to.height() / from.height());
    }
    changeLayout(tr("Change Page"), changed);
}

void LayoutDialog::editScale() {
    const gis::MapFrameItem* frame = layout_.mainFrame();
    if (updating_ || !frame || frame->scaleDenominator == scale_->value()) {
        return;
    }
    gis::PrintLayout changed = layout_;
    const_cast<gis::MapFrameItem*>(changed.mainFrame())->scaleDenominator = scale_->value();
    changeLayout(tr("Change Map Scale"), changed);
}

void LayoutDialog::editLegend() {
    if (updating_ || !legendOf(layout_)) {
        return;
    }
    gis::PrintLayout changed = layout_;
    legendOf(changed)->onlyInFrame = legendInFrame_->isChecked();
    changeLayout(tr("Change Legend"), changed);
}

void LayoutDialog::exportLayout() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Layout"), layout_.name + QStringLiteral(".pdf"),
        tr("PDF (*.pdf);;SVG (*.svg);;PNG with world file (*.png);;TIFF with world file (*.tif)"));
    if (path.isEmpty()) {
        return;
    }
    try {
        const gis::ExportResult result =
            gis::LayoutExporter(layout_, data_).exportTo(path, 300, {});
        if (!result.warnings.isEmpty()) {
            showError(tr("The layout was exported with problems"), result.warnings.join(u'\n'));
        }
    } catch (const gis::Error& error) {
        showError(tr("Cannot export the layout"), error.message());
    }
}

void LayoutDialog::paintOnPrinter(QPrinter* printer) {
    QPainter painter(printer);
    try {
        gis::LayoutRenderer(layout_, data_).render(painter, printer->resolution());
    } catch (const gis::Error& error) {
        showError(tr("Cannot print the layout"), error.message());
    }
}

void LayoutDialog::print() {
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(layout_.page.sizeMm(), QPageSize::Millimeter));
    printer.setFullPage(true);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted) {
        paintOnPrinter(&printer);
    }
}

void LayoutDialog::printPreview() {
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(layout_.page.sizeMm(), QPageSize::Millimeter));
    printer.setFullPage(true);
    QPrintPreviewDialog dialog(&printer, this);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, &LayoutDialog::paintOnPrinter);
    dialog.exec();
}

void LayoutDialog::saveToProject() {
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save Template in Project"), tr("Name"),
                                               QLineEdit::Normal, layout_.name, &ok);
    if (!ok || name.trimmed().isEmpty()) {
        return;
    }
    gis::PrintLayout named = layout_;
    named.name = name.trimmed();
    try {
        core::PrintTemplates::saveToProject(named, project_.path());
        layout_.name = named.name;
        updating_ = true;
        loadTemplates();
        const auto found = templates_->findItems(named.name, Qt::MatchExactly);
        if (!found.isEmpty()) {
            templates_->setCurrentItem(found.front());
        }
        updating_ = false;
    } catch (const gis::Error& error) {
        updating_ = false;
        showError(tr("Cannot save the template"), error.message());
    }
}

void LayoutDialog::saveFile() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Template File"),
                                                      layout_.name + QStringLiteral(".json"),
                                                      tr("Layout templates (*.json)"));
    if (path.isEmpty()) {
        return;
    }
    try {
        layout_.save(path);
    } catch (const gis::Error& error) {
        showError(tr("Cannot save the template"), error.message());
    }
}

void LayoutDialog::loadFile() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Template File"), QString(),
                                                      tr("Layout templates (*.json)"));
    if (path.isEmpty()) {
        return;
    }
    try {
        changeLayout(tr("Open Template"), gis::PrintLayout::load(path));
    } catch (const gis::Error& error) {
        showError(tr("Cannot open the template"), error.message());
    }
}

void LayoutDialog::showError(const QString& what, const QString& details) {
    QMessageBox box(QMessageBox::Warning, windowTitle(), what, QMessageBox::Ok, this);
    box.setDetailedText(details);
    box.setInformativeText(details.left(300));
    box.exec();
}

QAction* createPrintLayoutAction(QWidget* parent, std::function<const core::Project*()> project) {
    auto* action = new QAction(LayoutDialog::tr("Print &Layout…"), parent);
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    QObject::connect(action, &QAction::triggered, parent, [parent, project]() {
        const core::Project* current = project();
        if (!current) {
            return;
        }
        LayoutDialog dialog(*current, parent);
        dialog.exec();
    });
    return action;
}

}  // namespace app
