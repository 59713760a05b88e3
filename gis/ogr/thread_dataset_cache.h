// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gis/handles.h"

#include <QString>

#include <chrono>
#include <filesystem>
#include <functional>
#include <optional>

namespace gis {

/// Read-only vector datasets kept open on the calling thread between queries. Opening a
/// GeoPackage reads its schema, and a new handle starts with an empty SQLite page cache; a map
/// drawn in bands queries each layer once per band, and the canvas redraws the same files at every
/// pan. A handle serves one query at a time: it is taken, then given back. Handles of a file that
/// changed on disk since they were opened (its size or time, or its write-ahead log's) are closed,
/// not reused. A PostgreSQL connection ("PG:…") is kept too, for kDatabaseHandleLifetime after it
/// was opened: connecting costs more than a small query, and each query sees every committed row
/// (reading ends its transaction), while a schema changed meanwhile is seen within that time.
/// Other datasets (virtual ones, other services) are opened each time.
class ThreadDatasetCache {
public:
    /// What a file and its write-ahead log look like on disk: any write changes it.
    struct FileStamp {
        std::filesystem::file_time_type time;
        std::uintmax_t size = 0;
        std::filesystem::file_time_type logTime;
        std::uintmax_t logSize = 0;

        bool operator==(const FileStamp&) const = default;
    };

    static constexpr std::chrono::seconds kDatabaseHandleLifetime{60};

    /// A handle on one dataset, and how its file looked (or when it was opened).
    struct Lease {
        QString name;
        GdalDatasetPtr dataset;
        std::optional<FileStamp> stamp;
        std::chrono::steady_clock::time_point opened;
    };

    /// An idle handle on `name` from this thread if the file is unchanged, else `open()`'s (which
    /// may throw, or return null).
    static Lease take(const QString& name, const std::function<GdalDatasetPtr()>& open);
    /// Keeps the handle for the next take() on this thread. The caller has first reset what it set
    /// on its layers (filters, ignored fields, reading position).
    static void giveBack(Lease lease);
};

}  // namespace gis
