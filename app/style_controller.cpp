// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/style_controller.h"

#include "app/layers_dock.h"
#include "app/style_dialog.h"
#include "app/symbol_dialog.h"
#include "core/project.h"
#include "gis/error.h"

namespace app {

namespace {

const core::LayerRecord* recordOf(const core::Project& project, const QString& key) {
    for (const core::LayerRecord& record : project.layerRecords()) {
        if (record.key == key) {
            return &record;
        }
    }
    return nullptr;
}

/// The symbol and label of the `index`-th class of the style's kind, or nullptr.
std::pair<gis::Symbol*, QString*> classOf(gis::Style& style, int index) {
    const auto pick = [index](auto& classes) -> std::pair<gis::Symbol*, QString*> {
        if (index < 0 || index >= int(classes.size())) {
            return {nullptr, nullptr};
        }
        return {&classes[index].symbol, &classes[index].label};
    };
    switch (style.kind()) {
        case gis::StyleKind::Categorized:
            return pick(style.categories);
        case gis::StyleKind::Graduated:
            return pick(style.classes);
        case gis::StyleKind::RuleBased:
            return pick(style.rules);
        case gis::StyleKind::Single:
            break;
    }
    return {nullptr, nullptr};
}

}  // namespace

StyleController::StyleController(LayersDock* dock, std::function<core::Project*()> project,
                                 QWidget* window)
    : QObject(window), project_(std::move(project)), window_(window) {
    connect(dock, &LayersDock::styleRequested, this, &StyleController::editStyle);
    connect(dock, &LayersDock::legendClassRequested, this, &StyleController::editLegendClass);
}

StyleDialog* StyleController::editStyle(const QString& layerKey) {
    core::Project* project = project_();
    const core::LayerRecord* record = project ? recordOf(*project, layerKey) : nullptr;
    if (!record) {
        return nullptr;
    }
    auto* dialog =
        new StyleDialog(record->displayName(), record->style, project->source(layerKey), window_);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &StyleDialog::applied, this,
            [this, layerKey](const gis::Style& style) { setLayerStyle(layerKey, style); });
    dialog->open();
    return dialog;
}

SymbolDialog* StyleController::editLegendClass(const QString& layerKey, int index) {
    core::Project* project = project_();
    const core::LayerRecord* record = project ? recordOf(*project, layerKey) : nullptr;
    if (!record) {
        return nullptr;
    }
    gis::Style style = record->style;
    const auto [symbol, label] = classOf(style, index);
    if (!symbol) {
        return nullptr;
    }
    const auto source = project->source(layerKey);
    auto* dialog = new SymbolDialog(
        *symbol, *label, source ? source->geometryKind() : gis::GeometryKind::Unknown, window_);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, layerKey, index] {
        core::Project* project = project_();
        const core::LayerRecord* record = project ? recordOf(*project, layerKey) : nullptr;
        if (!record) {
            return;
        }
        gis::Style edited = record->style;
        const auto [symbol, label] = classOf(edited, index);
        if (symbol) {
            *symbol = dialog->symbol();
            *label = dialog->label();
            setLayerStyle(layerKey, edited);
        }
    });
    dialog->open();
    return dialog;
}

void StyleController::setLayerStyle(const QString& layerKey, const gis::Style& style) {
    core::Project* project = project_();
    if (!project) {
        return;
    }
    try {
        project->setLayerStyle(layerKey, style);
    } catch (const gis::Error& error) {
        Q_EMIT failed(tr("Cannot change the style"), error.message());
    }
}

void StyleController::applyTheme(const QString& presetId) {
    core::Project* project = project_();
    if (!project) {
        return;
    }
    try {
        project->applyThematicPreset(presetId);
    } catch (const gis::Error& error) {
        Q_EMIT failed(tr("Cannot apply the thematic map"), error.message());
    }
}

}  // namespace app
