// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/csv_table.h"

#include <gdal_priv.h>

#include <QCoreApplication>
#include <QRectF>
#include <QStringList>

namespace core {

/// Writes the plan's items (data/plan/items.csv) into the feature tables plan_point, plan_line and
/// plan_area of a GeoPackage being built. Refuses, naming file, line and item: a value outside the
/// closed sets, invalid WKT, an invalid geometry, a "surveyed" claim, and a geometry reaching
/// outside the region that is not flagged beyond_region.
class PlanItemWriter {
    Q_DECLARE_TR_FUNCTIONS(PlanItemWriter)

public:
    /// The agglomeration's study region in lon/lat.
    static QRectF region();
    /// The item columns stored as fields, in order (the CSV's id is stored as item_id; its tasks
    /// go to the link table lx_item_task, the one store of an item's tasks).
    static QStringList fieldNames();

    explicit PlanItemWriter(const CsvTable& items);

    void write(GDALDataset& dataset) const;

private:
    const CsvTable& items_;
};

}  // namespace core
