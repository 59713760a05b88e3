// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/feature_edit_tool.h"

#include "app/map_canvas.h"

#include <QKeyEvent>
#include <QLineF>
#include <QMouseEvent>
#include <QPainter>
#include <QtMath>

namespace app {

namespace {

constexpr double kPickPixels = 8;

/// The leaves of a geometry, in a fixed order: points and simple curves (lines, rings).
void collectPieces(OGRGeometry* geometry, std::vector<OGRGeometry*>& pieces) {
    if (!geometry) {
        return;
    }
    switch (OGR_GT_Flatten(geometry->getGeometryType())) {
        case wkbPoint:
        case wkbLineString:
        case wkbLinearRing:
            pieces.push_back(geometry);
            return;
        case wkbPolygon: {
            auto* polygon = geometry->toPolygon();
            for (OGRLinearRing* ring : *polygon) {
                pieces.push_back(ring);
            }
            return;
        }
        default:
            if (OGR_GT_IsSubClassOf(geometry->getGeometryType(), wkbGeometryCollection)) {
                for (OGRGeometry* part : *geometry->toGeometryCollection()) {
                    collectPieces(part, pieces);
                }
            }
    }
}

std::vector<OGRGeometry*> piecesOf(OGRGeometry* geometry) {
    std::vector<OGRGeometry*> pieces;
    collectPieces(geometry, pieces);
    return pieces;
}

bool isPoint(const OGRGeometry* piece) {
    return OGR_GT_Flatten(piece->getGeometryType()) == wkbPoint;
}

int vertexCount(OGRGeometry* piece) {
    return isPoint(piece) ? 1 : piece->toSimpleCurve()->getNumPoints();
}

QPointF vertexOf(OGRGeometry* piece, int index) {
    if (isPoint(piece)) {
        return {piece->toPoint()->getX(), piece->toPoint()->getY()};
    }
    const OGRSimpleCurve* curve = piece->toSimpleCurve();
    return {curve->getX(index), curve->getY(index)};
}

bool isClosedRing(OGRGeometry* piece) {
    return !isPoint(piece) && piece->toSimpleCurve()->getNumPoints() > 3 &&
           piece->toSimpleCurve()->get_IsClosed();
}

/// Moves one vertex; the first and last point of a ring move together.
void setVertex(OGRGeometry* piece, int index, const QPointF& at) {
    if (isPoint(piece)) {
        piece->toPoint()->setX(at.x());
        piece->toPoint()->setY(at.y());
        return;
    }
    OGRSimpleCurve* curve = piece->toSimpleCurve();
    const int last = curve->getNumPoints() - 1;
    const bool closed = isClosedRing(piece);
    curve->setPoint(index, at.x(), at.y());
    if (closed && (index == 0 || index == last)) {
        curve->setPoint(index == 0 ? last : 0, at.x(), at.y());
    }
}

void mapPoints(OGRGeometry& geometry, const std::function<QPointF(const QPointF&)>& map) {
    for (OGRGeometry* piece : piecesOf(&geometry)) {
        for (int i = 0; i < vertexCount(piece); ++i) {
            const QPointF moved = map(vertexOf(piece, i));
            if (isPoint(piece)) {
                setVertex(piece, i, moved);
            } else {
                piece->toSimpleCurve()->setPoint(i, moved.x(), moved.y());
            }
        }
    }
}

QPointF centreOf(const OGRGeometry& geometry) {
    OGRPoint centroid;
    if (geometry.Centroid(&centroid) == OGRERR_NONE && !centroid.IsEmpty()) {
        return {centroid.getX(), centroid.getY()};
    }
    OGREnvelope envelope;
    geometry.getEnvelope(&envelope);
    return {(envelope.MinX + envelope.MaxX) / 2, (envelope.MinY + envelope.MaxY) / 2};
}

double distanceToSegment(const QPointF& p, const QPointF& a, const QPointF& b, QPointF* foot) {
    const QPointF ab = b - a;
    const double length2 = QPointF::dotProduct(ab, ab);
    const double t =
        length2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / length2, 0.0, 1.0) : 0.0;
    *foot = a + t * ab;
    return QLineF(p, *foot).length();
}

}  // namespace

FeatureEditTool::FeatureEditTool(MapCanvas* canvas, Mode mode) : MapTool(canvas), mode_(mode) {}

void FeatureEditTool::setMode(Mode mode) {
    mode_ = mode;
    picked_.clear();
    canvas()->update();
}

void FeatureEditTool::setFeatureAccess(Finder finder, Fetcher fetcher) {
    finder_ = std::move(finder);
    fetcher_ = std::move(fetcher);
}

void FeatureEditTool::setSelection(const QList<qint64>& fids) {
    selected_.clear();
    geometries_.clear();
    for (const qint64 fid : fids) {
        if (OGRGeometryUniquePtr geometry = fetcher_ ? fetcher_(fid) : nullptr) {
            selected_ << fid;
            geometries_.push_back(std::shared_ptr<OGRGeometry>(geometry.release()));
        }
    }
    picked_.clear();
    canvas()->update();
    Q_EMIT selectionChanged(selected_);
}

void FeatureEditTool::refresh() {
    const QList<qint64> before = selected_;
    const std::vector<Vertex> picked = picked_;
    setSelection(before);
    if (selected_ == before) {
        picked_ = picked;  // the vertices stay picked across the edit they made
        // … those that still exist (a removal shortens the curves).
        std::erase_if(picked_, [this](const Vertex& v) {
            const auto pieces = piecesOf(geometries_[v.feature].get());
            return v.curve >= int(pieces.size()) || v.point >= vertexCount(pieces[v.curve]);
        });
    }
}

std::vector<std::pair<int, int>> FeatureEditTool::pickedVertices() const {
    std::vector<std::pair<int, int>> vertices;
    for (const Vertex& v : picked_) {
        vertices.emplace_back(v.curve, v.point);
    }
    return vertices;
}

void FeatureEditTool::deactivate() {
    pressPixel_.reset();
    draggedVertex_.reset();
    canvas()->update();
}

std::optional<FeatureEditTool::Vertex> FeatureEditTool::vertexAt(const QPointF& pixel) const {
    std::optional<Vertex> best;
    double bestDistance = kPickPixels;
    for (int f = 0; f < int(geometries_.size()); ++f) {
        const auto pieces = piecesOf(geometries_[f].get());
        for (int c = 0; c < int(pieces.size()); ++c) {
            for (int p = 0; p < vertexCount(pieces[c]); ++p) {
                const double distance =
                    QLineF(pixel, canvas()->mapToPixel(vertexOf(pieces[c], p))).length();
                if (distance <= bestDistance) {
                    bestDistance = distance;
                    // A closed ring's last point is its first.
                    const bool end = isClosedRing(pieces[c]) && p == vertexCount(pieces[c]) - 1;
                    best = Vertex{f, c, end ? 0 : p};
                }
            }
        }
    }
    return best;
}

OGRGeometryUniquePtr FeatureEditTool::dragged(int index) const {
    OGRGeometryUniquePtr copy(geometries_[index]->clone());
    if (!pressPixel_ || !cursorPixel_) {
        return copy;
    }
    const QPointF from = canvas()->pixelToMap(*pressPixel_);
    const QPointF to = canvas()->pixelToMap(*cursorPixel_);
    switch (mode_) {
        case Mode::Move: {
            const QPointF delta = to - from;
            mapPoints(*copy, [delta](const QPointF& p) { return p + delta; });
            break;
        }
        case Mode::Rotate: {
            const QPointF c = rotationCentre_;
            const double angle = std::atan2(to.y() - c.y(), to.x() - c.x()) -
                                 std::atan2(from.y() - c.y(), from.x() - c.x());
            const double cosA = std::cos(angle);
            const double sinA = std::sin(angle);
            mapPoints(*copy, [c, cosA, sinA](const QPointF& p) {
                const QPointF d = p - c;
                return c + QPointF(d.x() * cosA - d.y() * sinA, d.x() * sinA + d.y() * cosA);
            });
            break;
        }
        case Mode::Vertex:
            if (draggedVertex_ && draggedVertex_->feature == index) {
                const auto pieces = piecesOf(copy.get());
                if (std::find(picked_.begin(), picked_.end(), *draggedVertex_) == picked_.end()) {
                    setVertex(pieces[draggedVertex_->curve], draggedVertex_->point, to);
                } else {
                    // The picked vertices move together, by the drag's offset.
                    const auto original = piecesOf(geometries_[index].get());
                    for (const Vertex& v : picked_) {
                        setVertex(pieces[v.curve], v.point,
                                  vertexOf(original[v.curve], v.point) + (to - from));
                    }
                }
            }
            break;
        case Mode::Select:
            break;
    }
    return copy;
}

void FeatureEditTool::mousePress(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) {
        return;
    }
    const QPointF pixel = event->position();
    pressPixel_ = pixel;
    cursorPixel_ = pixel;
    draggedVertex_.reset();
    if (mode_ == Mode::Vertex) {
        const bool shift = event->modifiers() & Qt::ShiftModifier;
        const std::optional<Vertex> hit = vertexAt(pixel);
        const bool samePicked = hit && !picked_.empty() && picked_.front().feature == hit->feature;
        if (hit && shift) {
            // Shift+click toggles a vertex in the picked set (of one feature).
            if (!samePicked) {
                picked_.clear();
            }
            if (const auto at = std::find(picked_.begin(), picked_.end(), *hit);
                at != picked_.end()) {
                picked_.erase(at);
            } else {
                picked_.push_back(*hit);
            }
            pressPixel_.reset();
        } else if (hit) {
            draggedVertex_ = hit;
            if (std::find(picked_.begin(), picked_.end(), *hit) == picked_.end()) {
                picked_ = {*hit};
            }
        } else if (shift && !geometries_.empty()) {
            pickingBand_ = true;
        } else {
            selectAt(pixel, false);
            pressPixel_.reset();
        }
    } else if (mode_ == Mode::Move || mode_ == Mode::Rotate) {
        if (geometries_.empty() || mode_ == Mode::Move) {
            // Dragging a feature that is not selected moves that one.
            const QRectF near(canvas()->pixelToMap(pixel - QPointF(3, 3)),
                              canvas()->pixelToMap(pixel + QPointF(3, 3)));
            const auto hits = finder_ ? finder_(near.normalized()) : std::vector<std::int64_t>{};
            if (!hits.empty() && !selected_.contains(hits.front())) {
                setSelection({hits.front()});
            }
        }
        if (geometries_.empty()) {
            pressPixel_.reset();
        } else {
            rotationCentre_ = centreOf(*geometries_.front());
        }
    }
    canvas()->update();
}

void FeatureEditTool::mouseMove(QMouseEvent* event) {
    if (pressPixel_) {
        cursorPixel_ = event->position();
        canvas()->update();
    }
}

void FeatureEditTool::mouseRelease(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton || !pressPixel_) {
        return;
    }
    cursorPixel_ = event->position();
    const bool movedEnough = QLineF(*pressPixel_, *cursorPixel_).length() > 2;
    const bool add = event->modifiers() & Qt::ShiftModifier;
    if (pickingBand_) {
        pickVerticesIn(QRectF(*pressPixel_, *cursorPixel_).normalized());
    } else if (mode_ == Mode::Select) {
        if (movedEnough) {
            selectIn(QRectF(*pressPixel_, *cursorPixel_).normalized(), add);
        } else {
            selectAt(*cursorPixel_, add);
        }
    } else if (movedEnough) {
        std::vector<OGRGeometryUniquePtr> edited;
        for (int i = 0; i < int(geometries_.size()); ++i) {
            if (mode_ != Mode::Vertex || (draggedVertex_ && draggedVertex_->feature == i)) {
                edited.push_back(dragged(i));
            } else {
                edited.push_back(nullptr);
            }
        }
        pressPixel_.reset();
        const QList<qint64> fids = selected_;
        for (int i = 0; i < int(edited.size()); ++i) {
            if (edited[i]) {
                Q_EMIT geometryEdited(fids[i],
                                      std::shared_ptr<const OGRGeometry>(edited[i].release()));
            }
        }
    }
    pressPixel_.reset();
    cursorPixel_.reset();
    draggedVertex_.reset();
    pickingBand_ = false;
    canvas()->update();
}

void FeatureEditTool::pickVerticesIn(const QRectF& pixels) {
    picked_.clear();
    // The vertices of the first selected feature that has any in the rectangle.
    for (int f = 0; f < int(geometries_.size()) && picked_.empty(); ++f) {
        const auto pieces = piecesOf(geometries_[f].get());
        for (int c = 0; c < int(pieces.size()); ++c) {
            const int count = vertexCount(pieces[c]) - (isClosedRing(pieces[c]) ? 1 : 0);
            for (int p = 0; p < count; ++p) {
                if (pixels.contains(canvas()->mapToPixel(vertexOf(pieces[c], p)))) {
                    picked_.push_back(Vertex{f, c, p});
                }
            }
        }
    }
}

void FeatureEditTool::mouseDoubleClick(QMouseEvent* event) {
    if (mode_ == Mode::Vertex && event->button() == Qt::LeftButton) {
        insertVertexAt(event->position());
    } else if (mode_ == Mode::Select && event->button() == Qt::LeftButton) {
        selectAt(event->position(), false);
        if (selected_.size() == 1) {
            Q_EMIT featureDoubleClicked(selected_.front());
        }
    }
}

bool FeatureEditTool::keyPress(QKeyEvent* event) {
    if (event->key() != Qt::Key_Delete && event->key() != Qt::Key_Backspace) {
        return false;
    }
    if (mode_ == Mode::Vertex && !picked_.empty()) {
        removePickedVertices();
    } else if (!selected_.isEmpty()) {
        Q_EMIT deleteRequested(selected_);
    }
    return true;
}

void FeatureEditTool::selectAt(const QPointF& pixel, bool add) {
    const QRectF near(canvas()->pixelToMap(pixel - QPointF(3, 3)),
                      canvas()->pixelToMap(pixel + QPointF(3, 3)));
    const auto hits = finder_ ? finder_(near.normalized()) : std::vector<std::int64_t>{};
    QList<qint64> fids = add ? selected_ : QList<qint64>();
    if (!hits.empty()) {
        if (add && fids.contains(hits.front())) {
            fids.removeAll(hits.front());
        } else if (!fids.contains(hits.front())) {
            fids << hits.front();
        }
    }
    setSelection(fids);
}

void FeatureEditTool::selectIn(const QRectF& pixels, bool add) {
    const QRectF rect =
        QRectF(canvas()->pixelToMap(pixels.topLeft()), canvas()->pixelToMap(pixels.bottomRight()))
            .normalized();
    QList<qint64> fids = add ? selected_ : QList<qint64>();
    for (const std::int64_t fid : finder_ ? finder_(rect) : std::vector<std::int64_t>{}) {
        if (!fids.contains(fid)) {
            fids << fid;
        }
    }
    setSelection(fids);
}

void FeatureEditTool::insertVertexAt(const QPointF& pixel) {
    for (int f = 0; f < int(geometries_.size()); ++f) {
        OGRGeometryUniquePtr copy(geometries_[f]->clone());
        const auto pieces = piecesOf(copy.get());
        for (int c = 0; c < int(pieces.size()); ++c) {
            if (isPoint(pieces[c])) {
                continue;
            }
            OGRSimpleCurve* curve = pieces[c]->toSimpleCurve();
            for (int p = 0; p + 1 < curve->getNumPoints(); ++p) {
                QPointF foot;
                const double distance =
                    distanceToSegment(pixel, canvas()->mapToPixel(vertexOf(curve, p)),
                                      canvas()->mapToPixel(vertexOf(curve, p + 1)), &foot);
                if (distance > kPickPixels) {
                    continue;
                }
                const QPointF at = canvas()->pixelToMap(foot);
                const int count = curve->getNumPoints();
                curve->setNumPoints(count + 1);
                for (int i = count; i > p + 1; --i) {
                    curve->setPoint(i, curve->getX(i - 1), curve->getY(i - 1));
                }
                curve->setPoint(p + 1, at.x(), at.y());
                picked_ = {Vertex{f, c, p + 1}};
                emitEdited(f, std::move(copy));
                return;
            }
        }
    }
}

void FeatureEditTool::removePickedVertices() {
    const int feature = picked_.front().feature;
    if (feature >= int(geometries_.size())) {
        return;
    }
    OGRGeometryUniquePtr copy(geometries_[feature]->clone());
    const auto pieces = piecesOf(copy.get());
    for (int c = 0; c < int(pieces.size()); ++c) {
        if (isPoint(pieces[c])) {
            continue;
        }
        OGRSimpleCurve* curve = pieces[c]->toSimpleCurve();
        const bool closed = isClosedRing(curve);
        std::vector<QPointF> points;
        for (int i = 0; i < curve->getNumPoints(); ++i) {
            points.push_back(vertexOf(curve, i));
        }
        if (closed) {
            points.pop_back();  // the closing point is put back after the removal
        }
        std::vector<int> removed;
        for (const Vertex& v : picked_) {
            if (v.curve == c && v.point < int(points.size())) {
                removed.push_back(v.point);
            }
        }
        if (removed.empty()) {
            continue;
        }
        std::sort(removed.rbegin(), removed.rend());
        removed.erase(std::unique(removed.begin(), removed.end()), removed.end());
        for (const int index : removed) {
            points.erase(points.begin() + index);
        }
        if (closed && !points.empty()) {
            points.push_back(points.front());
        }
        curve->setNumPoints(int(points.size()));
        for (int i = 0; i < int(points.size()); ++i) {
            curve->setPoint(i, points[i].x(), points[i].y());
        }
    }
    picked_.clear();
    // The session refuses what would no longer be a valid geometry.
    emitEdited(feature, std::move(copy));
}

void FeatureEditTool::emitEdited(int index, OGRGeometryUniquePtr geometry) {
    Q_EMIT geometryEdited(selected_[index], std::shared_ptr<const OGRGeometry>(geometry.release()));
}

void FeatureEditTool::paint(QPainter& painter) {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor colour(255, 140, 0);
    for (int f = 0; f < int(geometries_.size()); ++f) {
        const OGRGeometryUniquePtr shown = dragged(f);
        for (OGRGeometry* piece : piecesOf(shown.get())) {
            QPolygonF pixels;
            for (int i = 0; i < vertexCount(piece); ++i) {
                pixels << canvas()->mapToPixel(vertexOf(piece, i));
            }
            painter.setPen(QPen(colour, 2.5));
            painter.setBrush(Qt::NoBrush);
            if (pixels.size() == 1) {
                painter.drawEllipse(pixels.front(), 6, 6);
            } else {
                painter.drawPolyline(pixels);
            }
            if (mode_ == Mode::Vertex) {
                painter.setPen(QPen(Qt::black, 1));
                painter.setBrush(Qt::white);
                for (const QPointF& p : pixels) {
                    painter.drawRect(QRectF(p - QPointF(3.5, 3.5), QSizeF(7, 7)));
                }
            }
        }
    }
    for (const Vertex& picked : picked_) {
        if (picked.feature >= int(geometries_.size())) {
            continue;
        }
        const OGRGeometryUniquePtr shown = dragged(picked.feature);
        const auto pieces = piecesOf(shown.get());
        if (picked.curve < int(pieces.size()) && picked.point < vertexCount(pieces[picked.curve])) {
            painter.setPen(QPen(Qt::black, 1));
            painter.setBrush(colour);
            const QPointF p = canvas()->mapToPixel(vertexOf(pieces[picked.curve], picked.point));
            painter.drawRect(QRectF(p - QPointF(4.5, 4.5), QSizeF(9, 9)));
        }
    }
    if ((mode_ == Mode::Select || pickingBand_) && pressPixel_ && cursorPixel_) {
        painter.setPen(QPen(colour, 1, Qt::DashLine));
        painter.setBrush(QColor(255, 140, 0, 40));
        painter.drawRect(QRectF(*pressPixel_, *cursorPixel_).normalized());
    }
    painter.restore();
}

QCursor FeatureEditTool::cursor() const {
    switch (mode_) {
        case Mode::Move:
            return Qt::SizeAllCursor;
        case Mode::Rotate:
            return Qt::ClosedHandCursor;
        case Mode::Vertex:
            return Qt::PointingHandCursor;
        default:
            return Qt::ArrowCursor;
    }
}

}  // namespace app
