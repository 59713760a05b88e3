// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/snap_indexer.h"

#include <QtConcurrent/QtConcurrentRun>

namespace gis {

namespace {
constexpr double kMargin = 0.5;  // of the view's size, on each side
}  // namespace

SnapIndexer::SnapIndexer(QObject* parent) : QObject(parent) {
    connect(&watcher_, &QFutureWatcher<std::shared_ptr<const SnapIndex>>::finished, this,
            &SnapIndexer::buildDone);
}

SnapIndexer::~SnapIndexer() {
    if (cancel_) {
        cancel_->store(true);
    }
    watcher_.waitForFinished();
}

void SnapIndexer::setSources(std::vector<std::shared_ptr<const FeatureSource>> sources) {
    sources_ = std::move(sources);
    ++sourcesVersion_;
    index_.reset();
    rebuild();
}

void SnapIndexer::setView(const Crs& mapCrs, const QRectF& visibleExtent) {
    view_ = visibleExtent;
    if (mapCrs != crs_) {
        crs_ = mapCrs;
        index_.reset();
    }
    if (!isReady()) {
        rebuild();
    }
}

bool SnapIndexer::isReady() const {
    return index_ && index_->crs() == crs_ && index_->extent().contains(view_);
}

std::optional<SnapMatch> SnapIndexer::snap(const QPointF& mapPoint, double tolerance) const {
    if (!index_ || index_->crs() != crs_) {
        return std::nullopt;
    }
    return index_->snap(mapPoint, tolerance);
}

void SnapIndexer::rebuild() {
    if (watcher_.isRunning()) {
        // Stop the build in flight; buildDone() starts the newest request.
        cancel_->store(true);
        rebuildQueued_ = true;
        return;
    }
    rebuildQueued_ = false;
    if (sources_.empty() || !crs_.isValid() || view_.isEmpty()) {
        return;
    }
    const QRectF extent = view_.adjusted(-kMargin * view_.width(), -kMargin * view_.height(),
                                         kMargin * view_.width(), kMargin * view_.height());
    cancel_ = std::make_shared<std::atomic<bool>>(false);
    builtSources_ = sourcesVersion_;
    watcher_.setFuture(
        QtConcurrent::run([sources = sources_, crs = crs_, extent, cancel = cancel_] {
            return SnapIndex::build(sources, crs, extent, cancel.get());
        }));
}

void SnapIndexer::buildDone() {
    auto built = watcher_.result();
    // An index of an older view still answers until the newest arrives; one of other layers not.
    if (built && builtSources_ == sourcesVersion_ && built->crs() == crs_) {
        index_ = std::move(built);
        Q_EMIT indexReady();
    }
    rebuildQueued_ = false;
    if (!isReady()) {
        rebuild();
    }
}

}  // namespace gis
