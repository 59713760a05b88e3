// SPDX-License-Identifier: GPL-3.0-or-later
// A child process for edit_conflict_test: another analyst saving to the same project.
// Usage: lanxi_edit_conflict_child change PROJECT FID NAME USER [HOLD_MS]
//        lanxi_edit_conflict_child writer PROJECT WRITER EDITS FID,FID,…
// PROJECT is a project file or a database ("PG:…"; the history then names the database login).
// `change` sets name_zh of FID and saves as USER; with HOLD_MS it prints "in-transaction" and
// holds the save's transaction (and its write lock) that long before committing.
// `writer` makes EDITS edits, each saved at once: geometry_note counts up by one, and every
// fourth edit moves the feature a little. On a conflict it takes theirs and redoes the edit on
// their version. It prints "done SUCCESSES CONFLICTS".
#include "core/edit_session.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QThread>

#include <cstdio>

namespace {

void say(const char* message, long long a = 0, long long b = 0) {
    std::printf("%s %lld %lld\n", message, a, b);
    std::fflush(stdout);
}

/// One counting edit of `fid` on top of whatever the session holds for it now.
void countUp(core::EditSession& session, std::int64_t fid, int writer, int edit) {
    // The first edit pins the version the session checks at save; the count must be read from
    // that version, not from an earlier read of the file (an update lost before the session).
    session.changeAttributes(
        fid, {{"name_en", QStringLiteral("writer %1 edit %2").arg(writer).arg(edit)}});
    const core::FeatureState state = *session.feature(fid);
    const int count = state.attributes.value("geometry_note").toString().toInt() + 1;
    session.changeAttributes(fid, {{"geometry_note", QString::number(count)}});
    if (edit % 4 == 0) {
        OGRGeometryUniquePtr geometry = state.geometry();
        const double step = (writer % 2 == 0 ? 1 : -1) * 1e-4;
        for (OGRPolygon* polygon : *geometry->toMultiPolygon()) {
            for (OGRLinearRing* ring : *polygon) {
                for (int i = 0; i < ring->getNumPoints(); ++i) {
                    ring->setPoint(i, ring->getX(i) + step, ring->getY(i));
                }
            }
        }
        session.changeGeometry(fid, *geometry);
    }
}

int runWriter(core::EditSession& session, int writer, int edits, const QStringList& fids) {
    QRandomGenerator random(quint32(1000 + writer));
    long long conflicts = 0;
    for (int edit = 1; edit <= edits; ++edit) {
        const std::int64_t fid = fids.at(random.bounded(int(fids.size()))).toLongLong();
        countUp(session, fid, writer, edit);
        QThread::usleep(random.bounded(0, 2000));  // a wider window between read and save
        for (;;) {
            try {
                session.save();
                break;
            } catch (const core::SaveConflict& conflict) {
                ++conflicts;
                for (const core::FeatureConflict& feature : conflict.conflicts()) {
                    session.resolveConflict(feature, core::ConflictChoice::TakeTheirs);
                }
                countUp(session, fid, writer, edit);
            }
        }
    }
    say("done", edits, conflicts);
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    QCoreApplication application(argc, argv);
    const QStringList args = application.arguments().mid(1);
    if (args.size() < 5) {
        return 2;
    }
    core::EditSession session(args[1], "plan_area", args[1]);
    try {
        if (args[0] == "writer") {
            return runWriter(session, args[2].toInt(), args[3].toInt(), args[4].split(u','));
        }
        session.setUserName(args[4]);
        session.changeAttributes(args[2].toLongLong(), {{"name_zh", args[3]}});
        if (args.size() > 5) {
            const unsigned long hold = args[5].toULong();
            session.setBeforeCommitHook([hold] {
                say("in-transaction");
                QThread::msleep(hold);
            });
        }
        session.save();
        say("saved");
    } catch (const gis::Error& error) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message()));
        return 1;
    }
    return 0;
}
