#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The team project on PostGIS against the GeoPackage (issue 11, item 9), on a throwaway
# PostgreSQL 15 server made here (initdb in a temporary folder, Unix socket only, stopped and
# removed at exit; as root it runs as the postgres user):
#   - rendering the 100k-parcel set (bench-100k, as bench/run.sh makes it) loaded into PostGIS with
#     ogr2ogr, against the same GeoPackage, same layers and SLD styles: `lanxi-atlas render` as a
#     whole process and lanxi-bench-render in process; target: PostGIS within 1.5x of GeoPackage;
#   - saving 100 changed features through core::EditSession, history included; target < 200 ms;
#   - opening the published default project (core::Project::open); target < 1 s.
#   bench/team_bench.sh [PARCELS]     default 100000
# Waits for a quiet machine (no ninja or compiler running) before measuring.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${LANXI_BUILD_DIR:-build}
RUNS=${RUNS:-5}
WORK=${BENCH_DIR:-/tmp/lanxi-bench}
SIZE=${1:-100000}
PGBIN=/usr/lib/postgresql/15/bin
mkdir -p "$WORK"
./lanxi build >/dev/null
cmake --build "$BUILD_DIR" --target lanxi-bench-generate lanxi-bench-render lanxi-bench-team >/dev/null
export QT_QPA_PLATFORM=offscreen

waited=0
while pgrep -f 'ninja|cc1plus' >/dev/null; do
  [ "$waited" = 0 ] && echo "team_bench: waiting until no build runs …" >&2
  waited=1
  sleep 15
done

# --- a throwaway server -------------------------------------------------------------------------
CLUSTER=$(mktemp -d /tmp/lanxi-team-bench.XXXXXX)
if [ "$(id -u)" = 0 ]; then
  chown postgres: "$CLUSTER"
  as_pg() { (cd "$CLUSTER" && runuser -u postgres -- "$@"); }
  PGUSER=postgres
else
  as_pg() { "$@"; }
  PGUSER=$(id -un)
fi
PORT=$((20000 + RANDOM % 20000))
as_pg "$PGBIN/initdb" -D "$CLUSTER/data" -A trust -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
# A server as shipped (fsync and synchronous commit on), reachable only through its socket.
as_pg "$PGBIN/pg_ctl" -D "$CLUSTER/data" -l "$CLUSTER/server.log" -w -t 60 \
  -o "-p $PORT -k $CLUSTER -c listen_addresses=''" start >/dev/null
trap 'as_pg "$PGBIN/pg_ctl" -D "$CLUSTER/data" -m immediate -w stop >/dev/null 2>&1; rm -rf "$CLUSTER"' EXIT
connection() { echo "PG:dbname=$1 host=$CLUSTER port=$PORT user=$PGUSER"; }
sql() { "$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$CLUSTER" -p "$PORT" -U "$PGUSER" -d "$1" -c "$2" >/dev/null; }

# --- data ---------------------------------------------------------------------------------------
data="$WORK/bench-$SIZE.gpkg"
[ -f "$data" ] || "$BUILD_DIR/bench/lanxi-bench-generate" "$data" "$SIZE" >/dev/null
sql postgres "CREATE DATABASE bench"
sql bench "CREATE EXTENSION postgis"
PG_BENCH=$(connection bench)
ogr2ogr -f PostgreSQL "$PG_BENCH" "$data" -lco GEOMETRY_NAME=geom -lco FID=fid parcels roads points
sql bench "VACUUM ANALYZE"

# The published default project, and a copy of the file, each with the parcels added for saving.
sql postgres "CREATE DATABASE team"
PG_TEAM=$(connection team)
"$BUILD_DIR/app/lanxi-atlas" publish --project "$BUILD_DIR/data/default-project.gpkg" --to "$PG_TEAM" >/dev/null
ogr2ogr -f PostgreSQL "$PG_TEAM" "$data" -lco GEOMETRY_NAME=geom -lco FID=fid parcels
team_file="$WORK/team-project.gpkg"
rm -f "$team_file" "$team_file"-*
cp "$BUILD_DIR/data/default-project.gpkg" "$team_file"
chmod u+w "$team_file"
ogr2ogr -update "$team_file" "$data" parcels

# --- measures -----------------------------------------------------------------------------------
# Median wall time in ms of RUNS runs of a command.
median_ms() {
  for _ in $(seq "$RUNS"); do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>"$WORK/team-err" || { cat "$WORK/team-err" >&2; return 1; }
    end=$(date +%s%N)
    echo $(((end - start) / 1000000))
  done | sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'
}
median_of() { grep -o 'median [0-9.]*' | awk '{print $2}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2fx", b / a}'; }
verdict() { awk -v v="$1" -v t="$2" 'BEGIN {print (v <= t) ? "ok" : "MISSED"}'; }

# DATASET:LAYER of a file; a database names its one table in the connection (GDAL's tables=),
# since the command line splits DATASET:LAYER only where DATASET is an existing file.
layer_of() { case $1 in PG:*) echo "$1 tables=$2" ;; *) echo "$1:$2" ;; esac; }
render_cli() {
  local dataset=$1 out=$2
  "$BUILD_DIR/app/lanxi-atlas" render \
    --layer "$(layer_of "$dataset" parcels)" --style bench/styles/parcels.sld \
    --layer "$(layer_of "$dataset" roads)" --style bench/styles/roads.sld \
    --layer "$(layer_of "$dataset" points)" --style bench/styles/points.sld \
    --crs EPSG:4326 --extent 103.40,35.85,104.30,36.35 --size 1920x1080 --out "$out"
}

echo "team bench: $SIZE parcels, $RUNS runs each, medians"
gpkg_cli=$(median_ms render_cli "$data" "$WORK/team-gpkg.png")
pg_cli=$(median_ms render_cli "$PG_BENCH" "$WORK/team-pg.png")
same=$(cmp -s "$WORK/team-gpkg.png" "$WORK/team-pg.png" && echo "same PNG bytes" || echo "PNGs differ")
printf '%-44s %9s ms  PostGIS %9s ms  %s (target 1.5x) %s; %s\n' "render, lanxi-atlas process: GeoPackage" \
  "$gpkg_cli" "$pg_cli" "$(ratio "$gpkg_cli" "$pg_cli")" \
  "$(verdict "$(awk -v a="$gpkg_cli" -v b="$pg_cli" 'BEGIN {print b / a}')" 1.5)" "$same"
for view in full zoom; do
  gpkg_in=$("$BUILD_DIR/bench/lanxi-bench-render" --data "$data" --crs EPSG:4326 --view $view --runs "$RUNS" | median_of)
  pg_in=$("$BUILD_DIR/bench/lanxi-bench-render" --data "$PG_BENCH" --crs EPSG:4326 --view $view --runs "$RUNS" | median_of)
  printf '%-44s %9s ms  PostGIS %9s ms  %s (target 1.5x) %s\n' "render, in process ($view view): GeoPackage" \
    "$gpkg_in" "$pg_in" "$(ratio "$gpkg_in" "$pg_in")" \
    "$(verdict "$(awk -v a="$gpkg_in" -v b="$pg_in" 'BEGIN {print b / a}')" 1.5)"
done
for target in "GeoPackage:$team_file" "PostGIS:$PG_TEAM"; do
  name=${target%%:*} location=${target#*:}
  saved=$("$BUILD_DIR/bench/lanxi-bench-team" save "$location" parcels name --runs "$RUNS" | median_of)
  opened=$("$BUILD_DIR/bench/lanxi-bench-team" open "$location" --runs "$RUNS" | median_of)
  printf '%-44s %9s ms  (target < 200 ms) %s\n' "save 100 changed features, $name" "$saved" "$(verdict "$saved" 200)"
  printf '%-44s %9s ms  (target < 1000 ms) %s\n' "open the default project, $name" "$opened" "$(verdict "$opened" 1000)"
done
