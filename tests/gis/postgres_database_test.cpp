// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/postgres_database.h"
#include "gis/postgres_error.h"
#include "tests/support/postgres_cluster.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>

#include <poll.h>

#include <cmath>
#include <limits>

namespace {

/// A fresh database of the shared test cluster, connected as its superuser.
struct Fixture {
    tests::PostgresCluster& cluster = tests::PostgresCluster::shared();
    QString name = cluster.createDatabase(QStringLiteral("pgdb"));
    gis::PostgresDatabase db{cluster.conninfo(name)};
};

}  // namespace

TEST_CASE("PostgresDatabase connects through conninfo, URI and GDAL names", "[postgres]") {
    Fixture f;
    CHECK(f.db.dialect() == gis::SqlConnection::Dialect::Postgres);
    CHECK(f.db.currentUser() == f.cluster.superuser());
    CHECK(f.db.serverVersion() / 10000 == 15);
    CHECK(f.db.displayName() == QStringLiteral("database %1 on %2:%3")
                                    .arg(f.name, f.cluster.socketDirectory())
                                    .arg(f.cluster.port()));
    CHECK(f.db.scalar("SELECT postgis_lib_version()")->toString().startsWith("3."));

    gis::PostgresDatabase byUri(f.cluster.uri(f.name));
    CHECK(byUri.scalar("SELECT current_database()")->toString() == f.name);

    gis::PostgresDatabase byGdalName(f.cluster.gdalName(f.name) +
                                     " schemas=public active_schema=public tables=plan_area");
    CHECK(byGdalName.scalar("SELECT current_database()")->toString() == f.name);
    CHECK(byGdalName.conninfo().startsWith("dbname="));
    CHECK_FALSE(byGdalName.conninfo().contains("schemas"));

    gis::PostgresDatabase again(byGdalName.conninfo());
    CHECK(again.scalar("SELECT current_setting('client_encoding')")->toString() == "UTF8");
}

TEST_CASE("PostgresDatabase names the database and the reason when it cannot connect",
          "[postgres]") {
    auto& cluster = tests::PostgresCluster::shared();
    try {
        gis::PostgresDatabase db(cluster.conninfo("no_such_database"));
        FAIL("connected to a database that does not exist");
    } catch (const gis::PostgresError& error) {
        CHECK(error.message().contains("no_such_database"));
        CHECK(error.message().contains(cluster.socketDirectory()));
        CHECK(error.message().contains("does not exist"));
    }
}

TEST_CASE("PostgresDatabase round-trips bound values", "[postgres]") {
    Fixture f;
    f.db.execute(
        "CREATE TABLE value_test (id serial PRIMARY KEY, name text, big bigint, "
        "ratio double precision, small integer, flag boolean, data bytea, amount numeric)");
    const QString name = QStringLiteral("兰州—西宁 'quoted' \"double\" ?1 $1 \\ back");
    const qlonglong big = std::numeric_limits<qlonglong>::max() - 7;
    const double ratio = 0.1 + 0.2;
    const QByteArray data("\0\x01\xff\0'\\x", 7);
    f.db.execute(
        "INSERT INTO value_test (name, big, ratio, small, flag, data, amount) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        {name, big, ratio, 42, true, data, 12.5});
    f.db.execute("INSERT INTO value_test (name) VALUES (?1)", {QVariant()});

    const auto rows = f.db.query(
        "SELECT name, big, ratio, small, flag, data, amount, id FROM value_test ORDER BY id");
    REQUIRE(rows.size() == 2);
    const auto& row = rows[0];
    CHECK(row[0].toString() == name);
    CHECK(row[1].typeId() == QMetaType::LongLong);
    CHECK(row[1].toLongLong() == big);
    CHECK(row[2].typeId() == QMetaType::Double);
    CHECK(row[2].toDouble() == ratio);  // exactly: 17 significant digits each way
    CHECK(row[3].toLongLong() == 42);
    CHECK(row[4].toLongLong() == 1);
    CHECK(row[5].typeId() == QMetaType::QByteArray);
    CHECK(row[5].toByteArray() == data);
    CHECK(row[6].toDouble() == 12.5);
    for (std::size_t c = 1; c < 7; ++c) {
        CHECK(rows[1][c].isNull());
    }
    CHECK_FALSE(rows[1][0].isValid());

    CHECK(f.db.query("SELECT id FROM value_test WHERE name = ?1", {name}).size() == 1);
    CHECK(std::isnan(f.db.scalar("SELECT ?1::double precision", {std::nan("")})->toDouble()));
    CHECK(std::isinf(
        f.db.scalar("SELECT ?1::double precision", {-std::numeric_limits<double>::infinity()})
            ->toDouble()));
    CHECK_FALSE(f.db.scalar("SELECT 1 WHERE false").has_value());
}

TEST_CASE("PostgresDatabase leaves ? in quoted text alone", "[postgres]") {
    Fixture f;
    const auto row =
        f.db.query(
                "SELECT '?1 is not a parameter', x.\"?column?\", ?1::text, $$?2$$, E'\\'?1', "
                "'{\"a\":1}'::jsonb ? 'a' -- ?3 in a comment\n /* ?4 /* nested ?5 */ */ "
                "FROM (SELECT 1) x",
                {QStringLiteral("bound")})
            .at(0);
    CHECK(row[0].toString() == "?1 is not a parameter");
    CHECK(row[1].toLongLong() == 1);
    CHECK(row[2].toString() == "bound");
    CHECK(row[3].toString() == "?2");
    CHECK(row[4].toString() == "'?1");
    CHECK(row[5].toLongLong() == 1);
}

TEST_CASE("PostgresDatabase rolls back and reports failed statements", "[postgres]") {
    Fixture f;
    f.db.execute("CREATE TABLE t (v integer); INSERT INTO t VALUES (1)");
    {
        gis::SqlConnection::Transaction transaction(f.db);
        f.db.execute("INSERT INTO t VALUES (?1)", {2});
        CHECK(f.db.scalar("SELECT count(*) FROM t")->toLongLong() == 2);
    }
    CHECK(f.db.scalar("SELECT count(*) FROM t")->toLongLong() == 1);
    {
        gis::SqlConnection::Transaction transaction(f.db);
        f.db.execute("INSERT INTO t VALUES (?1)", {3});
        transaction.commit();
    }
    CHECK(f.db.scalar("SELECT sum(v) FROM t")->toLongLong() == 4);

    try {
        f.db.query("SELEC v FROM t WHERE v = ?1", {1});
        FAIL("a syntax error went through");
    } catch (const gis::PostgresError& error) {
        CHECK(error.sqlState() == "42601");
        CHECK(error.message().contains("SELEC v FROM t WHERE v = ?1"));
        CHECK(error.message().contains(f.db.displayName()));
    }
    CHECK_THROWS_AS(f.db.execute("INSERT INTO t VALUES ('x')"), gis::PostgresError);
    CHECK(f.db.tableExists("t"));
    CHECK_FALSE(f.db.tableExists("T"));
    CHECK_FALSE(f.db.tableExists("missing"));
}

TEST_CASE("PostgresDatabase delivers NOTIFY payloads to a listening connection", "[postgres]") {
    Fixture f;
    f.db.listen(QStringLiteral("lanxi changes"));
    gis::PostgresDatabase other(f.db.conninfo());
    other.execute("SELECT pg_notify(?1, ?2)",
                  {QStringLiteral("lanxi changes"), QStringLiteral("plan_area 17 更新")});
    const int senderPid = int(other.scalar("SELECT pg_backend_pid()")->toLongLong());

    std::vector<gis::PostgresDatabase::Notification> received;
    QElapsedTimer timer;
    timer.start();
    while (received.empty() && timer.elapsed() < 5000) {
        pollfd watched{f.db.socketDescriptor(), POLLIN, 0};
        ::poll(&watched, 1, 100);
        received = f.db.takeNotifications();
    }
    REQUIRE(received.size() == 1);
    CHECK(received[0].channel == "lanxi changes");
    CHECK(received[0].payload == "plan_area 17 更新");
    CHECK(received[0].backendPid == senderPid);
    CHECK(f.db.takeNotifications().empty());
}
