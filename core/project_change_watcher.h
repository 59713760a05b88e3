// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <cstdint>
#include <memory>
#include <set>
#include <vector>

class QSocketNotifier;

namespace core {

class SqlProjectStore;
struct HistoryRecord;

/// Follows what other sessions save to an open project, so that maps, tables and panels show it
/// within about two seconds. It remembers the newest lx_history row at start and reports each
/// newer one once, grouped by layer and user (featuresSaved), and changes of the layer list,
/// styles, bookmarks or layouts (projectChanged).
///
/// A GeoPackage is polled every kFilePollMs on a read-only connection of its own: PRAGMA
/// data_version moves only when another connection (another process, or GDAL's connections in
/// this one) commits, and only then are the history and a fingerprint of lx_layer, lx_bookmark
/// and lx_layout read. A PostgreSQL project is followed with LISTEN on the lx_history and
/// lx_project channels (see PostgisProjectStore), plus a poll every kServerPollMs that notices a
/// dropped connection and reconnects (connectionLost, connectionRestored; never a throw).
///
/// Rows this process saved are reported like any other: the watcher cannot tell GDAL's
/// connections apart. A window that refreshes itself after its own save calls
/// acknowledgeSaves(), and after its own layer or bookmark change acknowledgeProject(), so that
/// one change does not redraw twice. projectChanged compares a fingerprint of the three tables,
/// so a notification or commit that changed nothing in them is not reported.
///
/// Lives on the GUI thread (a QObject with timers and a socket notifier); its queries are small.
class ProjectChangeWatcher : public QObject {
    Q_OBJECT

public:
    static constexpr int kFilePollMs = 500;
    static constexpr int kServerPollMs = 5000;

    /// `location` is a project file or a database connection (ProjectStoreFactory). Throws
    /// gis::Error when it cannot be opened at all; later failures are signals.
    explicit ProjectChangeWatcher(const QString& location, QObject* parent = nullptr);
    ~ProjectChangeWatcher() override;

    /// The id of the newest history row reported (or acknowledged) so far.
    std::int64_t lastHistoryId() const { return lastId_; }
    /// Whether the watcher's own connection works now.
    bool isConnected() const { return store_ != nullptr; }

public Q_SLOTS:
    /// Looks for new rows and project changes now instead of at the next poll.
    void checkNow();
    /// The views were just refreshed from the stored features (after this session's save): the
    /// rows stored up to now are not reported. A row another session committed just before ours
    /// is then drawn by that refresh, but not announced.
    void acknowledgeSaves();
    /// This session just changed the layers, styles, bookmarks or layouts and shows them: the
    /// project tables as they are now are not reported as a change.
    void acknowledgeProject();

Q_SIGNALS:
    /// Features of `layer` (in `dataset`; empty: a table of the project itself) that `user` saved.
    void featuresSaved(const QString& layer, const QList<qint64>& fids, const QString& user,
                       const QString& dataset);
    /// The layer list, a style, a bookmark or a print layout changed.
    void projectChanged();
    /// The watcher's connection failed; it keeps trying to reconnect.
    void connectionLost(const QString& message);
    /// The connection is back; what was saved meanwhile has been reported.
    void connectionRestored();

private:
    void openConnection();
    void disconnectAfter(const QString& message);
    void poll();
    void readNotifications();
    /// Reports history rows newer than `afterId` not reported yet.
    void reportHistorySince(std::int64_t afterId);
    void report(const std::vector<HistoryRecord>& records);
    /// Emits projectChanged when the project tables differ from the fingerprint last seen.
    void checkProject();
    std::int64_t storedLastId() const;
    QByteArray projectFingerprint() const;
    qint64 dataVersion() const;

    QString location_;
    bool isDatabase_ = false;
    std::unique_ptr<SqlProjectStore> store_;
    std::unique_ptr<QSocketNotifier> notifier_;  // before store_ goes: declared after it
    QTimer timer_;
    std::int64_t lastId_ = 0;
    // Rows up to here are never reported: those stored at start or acknowledged.
    std::int64_t baseline_ = 0;
    // The ids reported lately: a server may commit a smaller id after a larger one.
    std::set<std::int64_t> reported_;
    qint64 dataVersion_ = -1;
    QByteArray fingerprint_;
    bool lost_ = false;
};

}  // namespace core
