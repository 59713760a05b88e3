// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QToolButton>

namespace app {

/// A button that shows a colour and picks a new one (with alpha) in a QColorDialog.
/// GUI thread only.
class ColorButton : public QToolButton {
    Q_OBJECT
public:
    explicit ColorButton(QWidget* parent = nullptr);

    const QColor& color() const { return color_; }
    /// Emits colorChanged() when the colour differs.
    void setColor(const QColor& color);

Q_SIGNALS:
    void colorChanged(const QColor& color);

private:
    void choose();
    void updateIcon();

    QColor color_ = Qt::black;
};

}  // namespace app
