// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/layout/layout_exporter.h"

#include "gis/error.h"
#include "gis/gdal_environment.h"
#include "gis/handles.h"
#include "gis/layout/layout_data_source.h"
#include "gis/layout/layout_renderer.h"
#include "gis/layout/map_frame_item.h"
#include "gis/layout/print_layout.h"

#include <ogr_spatialref.h>

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <cmath>

namespace gis {

namespace {

QSize pagePixels(const PrintLayout& layout, double dpi) {
    const QSizeF mm = layout.page.sizeMm();
    return QSize(int(std::lround(mm.width() * dpi / 25.4)),
                 int(std::lround(mm.height() * dpi / 25.4)));
}

QString pageTitle(const PrintLayout& layout, const AtlasPage* page) {
    return page ? QStringLiteral("%1 — %2").arg(layout.name, page->name) : layout.name;
}

/// The six lines of an ESRI world file; they locate the centre of the top-left pixel.
void writeWorldFile(const QString& imagePath, const QTransform& pixelToMap) {
    const QString path = LayoutExporter::worldFilePath(imagePath);
    QSaveFile file(path);
    const QPointF center = pixelToMap.map(QPointF(0.5, 0.5));
    const QString text = QStringLiteral("%1\n%2\n%3\n%4\n%5\n%6\n")
                             .arg(pixelToMap.m11(), 0, 'g', 15)
                             .arg(pixelToMap.m12(), 0, 'g', 15)
                             .arg(pixelToMap.m21(), 0, 'g', 15)
                             .arg(pixelToMap.m22(), 0, 'g', 15)
                             .arg(center.x(), 0, 'f', 6)
                             .arg(center.y(), 0, 'f', 6);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toLatin1()) < 0 || !file.commit()) {
        throw Error(
            LayoutExporter::tr("Cannot write the world file %1: %2").arg(path, file.errorString()));
    }
}

}  // namespace

LayoutExporter::LayoutExporter(const PrintLayout& layout, const LayoutDataSource& data)
    : layout_(layout), data_(data) {}

ExportFormat LayoutExporter::formatOf(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf")) {
        return ExportFormat::Pdf;
    }
    if (suffix == QLatin1String("svg")) {
        return ExportFormat::Svg;
    }
    if (suffix == QLatin1String("png")) {
        return ExportFormat::Png;
    }
    if (suffix == QLatin1String("tif") || suffix == QLatin1String("tiff")) {
        return ExportFormat::Tiff;
    }
    throw Error(
        tr("Cannot export to %1: the name must end in .pdf, .svg, .png, .tif or .tiff").arg(path));
}

QString LayoutExporter::pagePath(const QString& path, int index, int count) {
    const QFileInfo info(path);
    const int digits = std::max(2, int(QString::number(count).size()));
    return info.dir().filePath(QStringLiteral("%1-%2.%3")
                                   .arg(info.completeBaseName())
                                   .arg(index + 1, digits, 10, QChar(u'0'))
                                   .arg(info.suffix()));
}

QString LayoutExporter::worldFilePath(const QString& imagePath) {
    const QFileInfo info(imagePath);
    const QString suffix = info.suffix().toLower();
    const QString world =
        suffix.size() >= 2 ? QString(suffix.front()) + suffix.back() + u'w' : QStringLiteral("wld");
    return info.dir().filePath(info.completeBaseName() + u'.' + world);
}

QTransform LayoutExporter::pixelToMainMap(double dpi, const AtlasPage* page) const {
    const MapFrameItem* main = layout_.mainFrame();
    if (!main) {
        throw Error(tr("Layout \"%1\" has no map frame to georeference").arg(layout_.name));
    }
    const MapFrameState state = main->state(dpi, data_, page);
    const double unitsPerPixel = state.settings.mapUnitsPerPixel();
    const QRectF visible = state.settings.visibleExtent();
    // Image pixel (col, row) → frame pixel (col - left, row - top) → map.
    return QTransform(unitsPerPixel, 0, 0, -unitsPerPixel,
                      visible.left() - state.rectPixels.left() * unitsPerPixel,
                      visible.bottom() + state.rectPixels.top() * unitsPerPixel);
}

ExportResult LayoutExporter::exportTo(const QString& path, double dpi,
                                      const std::vector<AtlasPage>& pages, bool filePerPage) const {
    const ExportFormat format = formatOf(path);
    ExportResult result;
    std::vector<const AtlasPage*> pointers;
    for (const AtlasPage& page : pages) {
        pointers.push_back(&page);
    }
    if (pointers.empty()) {
        pointers.push_back(nullptr);
    }
    const bool several = pages.size() > 1 && (filePerPage || format != ExportFormat::Pdf);
    if (format == ExportFormat::Pdf && !several) {
        result.warnings << writePdf(path, pointers);
        result.files << path;
        return result;
    }
    for (std::size_t i = 0; i < pointers.size(); ++i) {
        const QString file = several ? pagePath(path, int(i), int(pointers.size())) : path;
        switch (format) {
            case ExportFormat::Pdf:
                result.warnings << writePdf(file, {pointers[i]});
                break;
            case ExportFormat::Svg:
                result.warnings << writeSvg(file, pointers[i]);
                break;
            default:
                result.warnings << writeImage(file, format, dpi, pointers[i]);
        }
        result.files << file;
    }
    result.warnings.removeDuplicates();
    return result;
}

QStringList LayoutExporter::writePdf(const QString& path,
                                     const std::vector<const AtlasPage*>& pages) const {
    QPdfWriter writer(path);
    writer.setCreator(QStringLiteral("Lanxi Atlas"));
    writer.setTitle(pageTitle(layout_, pages.size() == 1 ? pages.front() : nullptr));
    writer.setResolution(int(kVectorDpi));
    writer.setPageSize(QPageSize(layout_.page.sizeMm(), QPageSize::Millimeter));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter;
    if (!painter.begin(&writer)) {
        throw Error(tr("Cannot write the PDF file %1").arg(path));
    }
    QStringList warnings;
    const LayoutRenderer renderer(layout_, data_);
    for (std::size_t i = 0; i < pages.size(); ++i) {
        if (i > 0) {
            writer.newPage();
        }
        warnings << renderer.render(painter, kVectorDpi, pages[i]);
    }
    if (!painter.end()) {
        throw Error(tr("Cannot write the PDF file %1").arg(path));
    }
    return warnings;
}

QStringList LayoutExporter::writeSvg(const QString& path, const AtlasPage* page) const {
    const double dpi = 300;
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setTitle(pageTitle(layout_, page));
    generator.setResolution(int(dpi));
    const QSize size = pagePixels(layout_, dpi);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    QPainter painter;
    if (!painter.begin(&generator)) {
        throw Error(tr("Cannot write the SVG file %1").arg(path));
    }
    const QStringList warnings = LayoutRenderer(layout_, data_).render(painter, dpi, page);
    painter.end();
    if (!QFileInfo(path).exists()) {
        throw Error(tr("Cannot write the SVG file %1").arg(path));
    }
    return warnings;
}

QStringList LayoutExporter::writeImage(const QString& path, ExportFormat format, double dpi,
                                       const AtlasPage* page) const {
    const QSize size = pagePixels(layout_, dpi);
    if (size.width() > 40000 || size.height() > 40000) {
        throw Error(tr("%1: %2 dpi makes an image of %3 × %4 pixels, too large")
                        .arg(path)
                        .arg(dpi)
                        .arg(size.width())
                        .arg(size.height()));
    }
    QImage image(size, QImage::Format_RGB888);
    image.setDotsPerMeterX(int(std::lround(dpi / 0.0254)));
    image.setDotsPerMeterY(int(std::lround(dpi / 0.0254)));
    image.fill(Qt::white);
    QStringList warnings;
    {
        QPainter painter(&image);
        warnings = LayoutRenderer(layout_, data_).render(painter, dpi, page);
    }
    // GDAL writes the image with its world file and CRS, so GIS software places it.
    initializeGdal();
    GDALDriver* memory = GetGDALDriverManager()->GetDriverByName("MEM");
    GDALDriver* driver =
        GetGDALDriverManager()->GetDriverByName(format == ExportFormat::Png ? "PNG" : "GTiff");
    if (!memory || !driver) {
        throw Error(tr("GDAL has no driver to write %1").arg(path));
    }
    GdalDatasetPtr dataset(memory->Create("", size.width(), size.height(), 3, GDT_Byte, nullptr));
    const CPLErr io =
        dataset->RasterIO(GF_Write, 0, 0, size.width(), size.height(), image.bits(), size.width(),
                          size.height(), GDT_Byte, 3, nullptr, 3, image.bytesPerLine(), 1, nullptr);
    if (io != CE_None) {
        throw Error(tr("Cannot prepare the image %1: %2").arg(path, lastGdalError()));
    }
    if (const MapFrameItem* main = layout_.mainFrame()) {
        const QTransform t = pixelToMainMap(dpi, page);
        double geoTransform[6] = {t.dx(), t.m11(), t.m21(), t.dy(), t.m12(), t.m22()};
        dataset->SetGeoTransform(geoTransform);
        OGRSpatialReference srs;
        const Crs crs = main->crs.isValid() ? main->crs : data_.defaultCrs();
        if (srs.SetFromUserInput(crs.definition().toUtf8().constData()) == OGRERR_NONE) {
            dataset->SetSpatialRef(&srs);
        }
    }
    const char* pngOptions[] = {nullptr};
    const char* tiffOptions[] = {"COMPRESS=DEFLATE", "PHOTOMETRIC=RGB", nullptr};
    char** options = const_cast<char**>(format == ExportFormat::Png ? pngOptions : tiffOptions);
    GdalDatasetPtr written(driver->CreateCopy(path.toUtf8().constData(), dataset.get(), FALSE,
                                              options, nullptr, nullptr));
    if (!written) {
        throw Error(tr("Cannot write %1: %2").arg(path, lastGdalError()));
    }
    if (layout_.mainFrame()) {
        writeWorldFile(path, pixelToMainMap(dpi, page));
    }
    return warnings;
}

}  // namespace gis
