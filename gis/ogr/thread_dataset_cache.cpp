// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/ogr/thread_dataset_cache.h"

#include <unordered_map>
#include <vector>

namespace gis {

namespace {

using FileStamp = ThreadDatasetCache::FileStamp;

// A map shows a handful of files; the bound only guards against unbounded growth.
constexpr std::size_t kMaximumIdleHandles = 16;

std::optional<FileStamp> stampOf(const QString& name) {
    namespace fs = std::filesystem;
    std::error_code error;
    const fs::path path(name.toStdString());
    if (!fs::is_regular_file(path, error)) {
        return std::nullopt;
    }
    FileStamp stamp;
    stamp.time = fs::last_write_time(path, error);
    stamp.size = error ? 0 : fs::file_size(path, error);
    if (error) {
        return std::nullopt;
    }
    const fs::path log(name.toStdString() + "-wal");
    if (fs::exists(log, error)) {
        stamp.logTime = fs::last_write_time(log, error);
        stamp.logSize = error ? 0 : fs::file_size(log, error);
    }
    return stamp;
}

bool isDatabase(const QString& name) {
    return name.startsWith(QLatin1String("PG:"), Qt::CaseInsensitive);
}

struct IdleHandle {
    FileStamp stamp;
    std::chrono::steady_clock::time_point opened;
    GdalDatasetPtr dataset;
};

std::unordered_multimap<std::string, IdleHandle>& idleHandles() {
    thread_local std::unordered_multimap<std::string, IdleHandle> handles;
    return handles;
}

}  // namespace

ThreadDatasetCache::Lease ThreadDatasetCache::take(const QString& name,
                                                   const std::function<GdalDatasetPtr()>& open) {
    const auto now = std::chrono::steady_clock::now();
    const bool database = isDatabase(name);
    Lease lease{name, nullptr, database ? std::nullopt : stampOf(name), now};
    auto& idle = idleHandles();
    const auto [first, last] = idle.equal_range(name.toStdString());
    for (auto handle = first; handle != last; ++handle) {
        const bool current = database ? now - handle->second.opened < kDatabaseHandleLifetime
                                      : lease.stamp && handle->second.stamp == *lease.stamp;
        if (current) {
            lease.dataset = std::move(handle->second.dataset);
            lease.opened = handle->second.opened;
            idle.erase(handle);
            return lease;
        }
    }
    // Whatever is left of this file is outdated: its schema may have changed.
    idle.erase(name.toStdString());
    lease.dataset = open();
    return lease;
}

void ThreadDatasetCache::giveBack(Lease lease) {
    auto& idle = idleHandles();
    if (!lease.dataset || (!lease.stamp && !isDatabase(lease.name)) ||
        idle.size() >= kMaximumIdleHandles) {
        return;  // closes it
    }
    idle.emplace(lease.name.toStdString(), IdleHandle{lease.stamp.value_or(FileStamp{}),
                                                      lease.opened, std::move(lease.dataset)});
}

}  // namespace gis
