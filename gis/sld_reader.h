// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gis/style.h"

#include <QCoreApplication>
#include <QString>
#include <QXmlStreamReader>

namespace gis {

/// Reads one SLD document into a Style by recursive descent over a QXmlStreamReader; the engine
/// behind readSld() (see sld_style_io.h for what is kept). One instance per document; any thread.
class SldReader {
    Q_DECLARE_TR_FUNCTIONS(SldReader)

public:
    /// `source` names the document in errors; `baseDirectory` resolves relative SVG paths. Bytes
    /// are decoded as their XML declaration says; a string is taken as it is.
    SldReader(const QByteArray& xml, QString source, QString baseDirectory);
    SldReader(const QString& xml, QString source, QString baseDirectory);

    /// Throws gis::Error naming the source, the line and the element on malformed input.
    Style read();

private:
    void readLayer();
    void readUserStyle();
    void readFeatureTypeStyle();
    void readRule();
    void readPointSymbolizer(Symbol& symbol, bool takeColours);
    void readGraphic(Symbol& symbol, bool takeColours);
    void readMark(Symbol& mark, QString& shapeName);
    void readLineSymbolizer(Symbol& symbol);
    void readPolygonSymbolizer(Symbol& symbol);
    void readStroke(Symbol& symbol);
    /// An SE Fill: a colour and opacity, or a GraphicFill hatch when `hatch` is given.
    void readFill(QColor& color, const QColor& fallback, Hatch* hatch);
    void readHatch(QColor& color, Hatch& hatch);
    void readTextSymbolizer();
    QString readExternalGraphic();

    /// The name and text of the SvgParameter/CssParameter the reader is on.
    std::pair<QString, QString> readParameter();
    double readNumber();
    double toNumber(const QString& text);
    QColor toColor(const QString& text);
    bool isNamed(const char* name) const;
    [[noreturn]] void fail(const QString& problem) const;
    void checkXml() const;

    QXmlStreamReader xml_;
    QString source_;
    QString baseDirectory_;
    Style style_;
    bool haveUserStyle_ = false;
    bool haveLabel_ = false;
};

}  // namespace gis
