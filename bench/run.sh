#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the benchmark dataset with Lanxi Atlas and with QGIS 3.22 (PyQGIS, same SLD styles) at
# 1920x1080, full extent and zoomed, in EPSG:4326 and a GK zone, with and without labels, and
# prints both medians (wall clock, and CPU time of all threads, steadier on a busy machine), the
# ratios and the peak memory (max RSS) of each.
#   bench/run.sh [SIZE...]     sizes in parcels, default 100000 (10000, 100000, 1000000 allowed)
# Installs QGIS (qgis, python3-qgis) from Debian when missing. Run it on a quiet machine.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${LANXI_BUILD_DIR:-build}
RUNS=${RUNS:-5}
WORK=${BENCH_DIR:-/tmp/lanxi-bench}
mkdir -p "$WORK"
./lanxi build >/dev/null
cmake --build "$BUILD_DIR" --target bench >/dev/null
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
for p in qgis python3-qgis time; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' ||
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$p" >/dev/null
done
export QT_QPA_PLATFORM=offscreen

# peak RSS in MB of a command; its stdout goes to $WORK/last.out
measure() { /usr/bin/time -f '%M' -o "$WORK/rss" "$@" >"$WORK/last.out" 2>"$WORK/last.err" || { cat "$WORK/last.err" >&2; return 1; }
            echo $(( $(cat "$WORK/rss") / 1024 )); }
ms() { grep -o 'median [0-9.]*' "$WORK/last.out" | awk '{print $2}'; }
cpu() { grep -o 'cpu [0-9.]*' "$WORK/last.out" | awk '{print $2}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN{printf "%.2fx", b/a}'; }

printf '%-9s %-10s %-5s %-6s %10s %10s %7s %10s %10s %7s %9s %9s\n' size crs view labels \
  lanxi_ms qgis_ms ratio lanxi_cpu qgis_cpu ratio lanxi_MB qgis_MB
for size in "${@:-100000}"; do
  data="$WORK/bench-$size.gpkg"
  [ -f "$data" ] || "$BUILD_DIR/bench/lanxi-bench-generate" "$data" "$size" >/dev/null
  for crs in EPSG:4326 EPSG:4523; do
    for view in full zoom; do
      for labels in off on; do
        flag=(); [ "$labels" = on ] && flag=(--labels)
        lx_mb=$(measure "$BUILD_DIR/bench/lanxi-bench-render" --data "$data" --crs "$crs" --view "$view" --runs "$RUNS" "${flag[@]}")
        lx=$(ms) lxc=$(cpu)
        qg_mb=$(measure /usr/bin/python3 bench/qgis_render.py --data "$data" --crs "$crs" --view "$view" --runs "$RUNS" "${flag[@]}")
        qg=$(ms) qgc=$(cpu)
        printf '%-9s %-10s %-5s %-6s %10s %10s %7s %10s %10s %7s %9s %9s\n' "$size" "$crs" "$view" "$labels" \
          "$lx" "$qg" "$(ratio "$lx" "$qg")" "$lxc" "$qgc" "$(ratio "$lxc" "$qgc")" "$lx_mb" "$qg_mb"
      done
    done
  done
done
data="$WORK/bench-${1:-100000}.gpkg"
"$BUILD_DIR/bench/lanxi-bench-render" --data "$data" --view full --runs 1 --pan-frames 60 | grep 'pan redraw'
