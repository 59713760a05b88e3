// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/postgres_cluster.h"

#include "gis/postgres_database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QUrl>

#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <stdexcept>

namespace tests {

namespace {

const QString kBinDir = QStringLiteral("/usr/lib/postgresql/15/bin");
const QString kPostgisControl =
    QStringLiteral("/usr/share/postgresql/15/extension/postgis.control");
const QString kTemplate = QStringLiteral("lanxi_template_postgis");

[[noreturn]] void fail(const QString& message) {
    throw std::runtime_error(message.toStdString());
}

/// A TCP port nobody listens on now. The server listens on no TCP socket: the number only names
/// its Unix socket, but a free one keeps it clear of whatever else runs here.
int freePort() {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0) {
        return 0;
    }
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0) {
        port = ntohs(address.sin_port);
    }
    ::close(fd);
    return port;
}

QString conninfoValue(const QString& value) {
    if (!value.isEmpty() && !value.contains(QRegularExpression(QStringLiteral("[\\s'\\\\]")))) {
        return value;
    }
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

}  // namespace

PostgresCluster& PostgresCluster::shared() {
    static PostgresCluster cluster;
    return cluster;
}

PostgresCluster::PostgresCluster()
    : folder_(QDir(QDir::tempPath()).filePath(QStringLiteral("lanxi-pg-XXXXXX"))) {
    if (!QFileInfo(kBinDir + QStringLiteral("/initdb")).isExecutable() ||
        !QFileInfo(kBinDir + QStringLiteral("/pg_ctl")).isExecutable() ||
        !QFileInfo::exists(kPostgisControl)) {
        fail(QStringLiteral(
                 "PostgreSQL 15 with PostGIS is not installed (%1, %2): run ./lanxi setup")
                 .arg(kBinDir, kPostgisControl));
    }
    if (!folder_.isValid()) {
        fail(QStringLiteral("Cannot make a temporary folder for PostgreSQL: %1")
                 .arg(folder_.errorString()));
    }
    if (::geteuid() == 0) {
        const passwd* postgres = ::getpwnam("postgres");
        if (!postgres) {
            fail(QStringLiteral(
                "Tests run as root, but there is no postgres user: run ./lanxi setup"));
        }
        if (::chown(folder_.path().toUtf8().constData(), postgres->pw_uid, postgres->pw_gid) != 0) {
            fail(QStringLiteral("Cannot hand %1 to the postgres user").arg(folder_.path()));
        }
        superuser_ = QStringLiteral("postgres");
    } else {
        const passwd* me = ::getpwuid(::geteuid());
        superuser_ = me ? QString::fromLocal8Bit(me->pw_name) : QString();
    }
    run(kBinDir + QStringLiteral("/initdb"),
        {QStringLiteral("-D"), folder_.filePath(QStringLiteral("data")), QStringLiteral("-A"),
         QStringLiteral("trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
         QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-sync")});
    // Another process may take the port between freePort() and the start: try a few.
    for (int attempt = 0; attempt < 5 && !running_; ++attempt) {
        running_ = tryStart(freePort());
    }
    if (!running_) {
        QFile log(folder_.filePath(QStringLiteral("server.log")));
        log.open(QIODevice::ReadOnly);
        fail(QStringLiteral("The test PostgreSQL server in %1 does not start:\n%2")
                 .arg(folder_.path(), QString::fromUtf8(log.readAll())));
    }
}

PostgresCluster::~PostgresCluster() {
    stop();
}

void PostgresCluster::run(const QString& program, const QStringList& arguments) const {
    QProcess process;
    process.setWorkingDirectory(folder_.path());  // readable by the postgres user
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (::geteuid() == 0) {
        process.start(QStringLiteral("runuser"),
                      QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                  QStringLiteral("--"), program} +
                          arguments);
    } else {
        process.start(program, arguments);
    }
    const bool finished = process.waitForFinished(120000);
    if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        fail(QStringLiteral("%1 %2 failed: %3")
                 .arg(program, arguments.join(QLatin1Char(' ')),
                      QString::fromUtf8(process.readAll()) + process.errorString()));
    }
}

bool PostgresCluster::tryStart(int port) {
    const QString socket = folder_.filePath(QStringLiteral(".s.PGSQL.%1").arg(port));
    if (port <= 0 || QFileInfo::exists(socket) || socket.toUtf8().size() >= 100) {
        return false;
    }
    const QString options =
        QStringLiteral(
            "-p %1 -k %2 -c listen_addresses='' -c fsync=off -c full_page_writes=off "
            "-c synchronous_commit=off")
            .arg(port)
            .arg(folder_.path());
    try {
        run(kBinDir + QStringLiteral("/pg_ctl"),
            {QStringLiteral("-D"), folder_.filePath(QStringLiteral("data")), QStringLiteral("-l"),
             folder_.filePath(QStringLiteral("server.log")), QStringLiteral("-o"), options,
             QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
             QStringLiteral("start")});
    } catch (const std::runtime_error&) {
        return false;
    }
    port_ = port;
    return true;
}

void PostgresCluster::stop() noexcept {
    if (!running_) {
        return;
    }
    running_ = false;
    try {
        run(kBinDir + QStringLiteral("/pg_ctl"),
            {QStringLiteral("-D"), folder_.filePath(QStringLiteral("data")), QStringLiteral("-m"),
             QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")});
    } catch (const std::exception&) {
        // Nothing more to do at exit; the folder is removed all the same.
    }
}

QString PostgresCluster::createDatabase(const QString& prefix) {
    static const QRegularExpression name(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    if (!name.match(prefix).hasMatch()) {
        fail(QStringLiteral("Not a plain database name prefix: %1").arg(prefix));
    }
    // Installing PostGIS takes a while; do it once in a template and copy that.
    if (!hasTemplate_) {
        {
            gis::PostgresDatabase postgres(conninfo(QStringLiteral("postgres")));
            postgres.execute(QStringLiteral("CREATE DATABASE ") + kTemplate);
        }
        gis::PostgresDatabase templateDb(conninfo(kTemplate));
        templateDb.execute(QStringLiteral("CREATE EXTENSION postgis"));
        hasTemplate_ = true;
    }
    const QString database = QStringLiteral("%1_%2").arg(prefix).arg(++databaseCount_);
    gis::PostgresDatabase postgres(conninfo(QStringLiteral("postgres")));
    postgres.execute(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(database, kTemplate));
    return database;
}

QString PostgresCluster::conninfo(const QString& database, const QString& user) const {
    // Built in one multi-argument arg() call: a value holding "%1" is never taken for a marker.
    return QStringLiteral("host=%1 port=%2 dbname=%3 user=%4")
        .arg(conninfoValue(socketDirectory()), QString::number(port_), conninfoValue(database),
             conninfoValue(user.isEmpty() ? superuser_ : user));
}

QString PostgresCluster::gdalName(const QString& database, const QString& user) const {
    return QStringLiteral("PG:dbname=%1 host=%2 port=%3 user=%4")
        .arg(conninfoValue(database), conninfoValue(socketDirectory()), QString::number(port_),
             conninfoValue(user.isEmpty() ? superuser_ : user));
}

QString PostgresCluster::uri(const QString& database, const QString& user) const {
    const auto encode = [](const QString& text) {
        return QString::fromLatin1(QUrl::toPercentEncoding(text));
    };
    // Concatenated, not arg(): the encoded path holds %2F, which arg() would take for a marker.
    return QStringLiteral("postgresql://") + encode(user.isEmpty() ? superuser_ : user) +
           QStringLiteral("@/") + encode(database) + QStringLiteral("?host=") +
           encode(socketDirectory()) + QStringLiteral("&port=") + QString::number(port_);
}

}  // namespace tests
