// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "core/project.h"
#include "gis/layout/layout_data_source.h"

#include <QLocale>

namespace core {

/// What a print layout draws from a project: its layers (styled by a thematic preset), CRS, home
/// view and
/// title, and atlas coverages. A coverage is a project layer key ("plan_cities"), a table of the
/// project file, "prefectures" (the plan's prefecture-level cities), or a GDAL dataset
/// "PATH[:LAYER]". Holds a reference to the project, which must outlive it. GUI or CLI thread.
class PrintProjectData : public gis::LayoutDataSource {
    Q_DECLARE_TR_FUNCTIONS(PrintProjectData)

public:
    explicit PrintProjectData(const Project& project, const QLocale& locale = QLocale());

    std::vector<gis::MapLayer> layers(const QString& themeId,
                                      double scaleDenominator) const override;
    /// With a page layerFilter, the plan layers show only the items matching it (a plan filter
    /// on top of the project's); other layers are unchanged.
    std::vector<gis::MapLayer> pageLayers(const QString& themeId, double scaleDenominator,
                                          const gis::AtlasPage& page) const override;
    gis::Crs defaultCrs() const override { return project_.crs(); }
    QRectF defaultExtent() const override { return project_.homeExtent(); }
    std::shared_ptr<const gis::FeatureSource> coverage(const QString& name,
                                                       const QString& filter) const override;
    QString variable(const QString& name) const override;

    /// The theme of inset locator maps (provinces and lakes); other theme ids name a
    /// core::ThematicPreset ("spatial-structure" …), an unknown one draws the layers as they are.
    static constexpr const char* kLocatorTheme = "locator";
    /// The coverage name of the plan's nine prefecture-level cities and areas.
    static constexpr const char* kPrefectures = "prefectures";

private:
    const Project& project_;
    QLocale locale_;

    std::vector<gis::MapLayer> layersOf(const Project& project, const QString& themeId,
                                        double scaleDenominator) const;
};

}  // namespace core
