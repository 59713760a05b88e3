// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

namespace core {
class Project;
}

namespace gis {
class Style;
}

namespace app {

class LayersDock;
class StyleDialog;
class SymbolDialog;

/// Applies style edits to the open project: opens the style dialog for a layer and the symbol
/// dialog for one legend class (as the layers dock asks), saves what they apply with
/// Project::setLayerStyle, and applies thematic presets. The project announces each change
/// (core::ProjectChanges::stylesChanged) and the canvas and legend follow. GUI thread only.
class StyleController : public QObject {
    Q_OBJECT
public:
    StyleController(LayersDock* dock, std::function<core::Project*()> project, QWidget* window);

    /// Opens the (window-modal) style dialog of a layer; nullptr when there is no such layer.
    StyleDialog* editStyle(const QString& layerKey);
    /// Opens the symbol dialog of class `index` (a category, graduated class or rule, as the
    /// legend lists them) of a layer; nullptr when there is no such class.
    SymbolDialog* editLegendClass(const QString& layerKey, int index);
    void setLayerStyle(const QString& layerKey, const gis::Style& style);
    void applyTheme(const QString& presetId);

Q_SIGNALS:
    void failed(const QString& title, const QString& message);

private:
    std::function<core::Project*()> project_;
    QWidget* window_;
};

}  // namespace app
