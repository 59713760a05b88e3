#!/usr/bin/env bash
# Builds the open-licensed default base map data/basemap/lanxi-base.gpkg
# (EPSG:4326, geometry column "geom") from Debian packages only:
#   gmt + gmt-gshhg-high (GSHHG 2.3.7 shorelines, WDBII rivers; LGPL-3+)
#   gmt-dcw (DCW-GMT province outlines; LGPL-3+)
#   gdal-bin (ogr2ogr with the SQLite/SpatiaLite SQL dialect)
# Pipeline: `gmt coast ... -M` (multisegment text) -> awk (WKT CSV) ->
#           ogr2ogr/SpatiaLite SQL (merge, name, clip, validate) -> GeoPackage.
# Layers: province (MultiPolygon), river (MultiLineString), lake (MultiPolygon).
# See data/basemap/SOURCES.md for provenance, licences and how names are set.
#
# Usage: scripts/build-basemap.sh [output.gpkg]
#   default output: <repo>/data/basemap/lanxi-base.gpkg (replaced as a whole).
# The output is byte-for-byte reproducible for the same package versions
# (timestamps are pinned with OGR_CURRENT_DATE).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT=${1:-$ROOT/data/basemap/lanxi-base.gpkg}
case $OUT in /*) ;; *) OUT=$PWD/$OUT ;; esac

# Work in a scratch dir: GMT writes gmt.history (and gmt.conf) into the cwd.
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT
cd "$TMP"

# Region of interest (rivers and lakes are clipped to it): wide enough that a map window wider
# than the city region still shows no straight cuts ...
W=95 E=110 S=32 N=41
# ... and the larger box the province outlines are clipped to.
PW=93 PE=112 PS=30.5 PN=42.5
# Fixed timestamp written into gpkg_contents (GSHHG 2.3.7 release date).
STAMP=2017-06-15T00:00:00.000Z

log() { printf '[build-basemap] %s\n' "$*" >&2; }

# ---------------------------------------------------------------- tools/data
have_tools() {
  command -v gmt >/dev/null 2>&1 && command -v ogr2ogr >/dev/null 2>&1 &&
    command -v ogrinfo >/dev/null 2>&1 || return 1
  # data present? (DCW province table and at least high-resolution GSHHG/WDBII)
  gmt coast -ECN.GS -M >/dev/null 2>&1 || return 1
  gmt coast -R$W/$E/$S/$N -Dh -Ia -M >/dev/null 2>&1 || return 1
  return 0
}
if ! have_tools; then
  log "installing gmt gmt-gshhg-high gmt-dcw gdal-bin (Debian packages)"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends \
    gmt gmt-gshhg-high gmt-dcw gdal-bin
  have_tools || { log "GMT/GDAL or their data still missing after install"; exit 1; }
fi
if ! ogrinfo :memory: -q -dialect sqlite -sql "SELECT ST_IsValid(MakePoint(0,0))" \
    >/dev/null 2>&1; then
  log "this GDAL has no SpatiaLite SQL functions (needed for MakeValid/LineMerge)"; exit 1
fi

# Full resolution if GMT has it (Debian 12: gmt-common ships it), else high.
RES=f
gmt coast -R$W/$E/$S/$N -Df -Ia -M >/dev/null 2>&1 || RES=h
GSHHG_VER=$(gmt coast -R$W/$E/$S/$N -D$RES -W -M -Vl 2>&1 >/dev/null |
            sed -n 's/.*GSHHG version \([0-9.]*\).*/\1/p' | head -n1)
GSHHG_FILE="$(gmt get DIR_GSHHG)/binned_river_$RES.nc"
GSHHG_PKG=$(dpkg -S "$(readlink -f "$GSHHG_FILE")" 2>/dev/null | cut -d: -f1 || true)
DCW_PKG=$(dpkg -S "$(readlink -f "$(gmt get DIR_DCW)/dcw-gmt.nc")" 2>/dev/null | cut -d: -f1 || true)
log "GMT $(gmt --version), GSHHG ${GSHHG_VER:-?} -D$RES from $GSHHG_FILE (${GSHHG_PKG:-?}), DCW from ${DCW_PKG:-?}"

export LC_ALL=C   # stable number formatting/sorting in awk

# ---------------------------------------------------------------- GMT -> text
gmt coast -ECN.GS,CN.QH -M                > "$TMP/prov.txt"   # DCW outlines
gmt coast -R$W/$E/$S/$N -D$RES -Ia -M     > "$TMP/river.txt"  # WDBII, all classes
gmt coast -R$W/$E/$S/$N -D$RES -W -M      > "$TMP/shore.txt"  # GSHHG shorelines

# GMT multisegment text -> CSV (hdr = segment header without '>', WKT LINESTRING).
to_csv() {
  awk 'BEGIN { print "hdr,WKT"; n = 0 }
       function flush() { if (n >= 2) printf "\"%s\",\"LINESTRING (%s)\"\n", h, p; n = 0; p = "" }
       /^>/ { flush(); h = $0; sub(/^> */, "", h); gsub(/"/, "", h); next }
       /^#/ { next }
       NF >= 2 { p = (n ? p ", " : "") $1 " " $2; n++ }
       END { flush() }' "$1" > "$2"
}
for f in prov river shore; do to_csv "$TMP/$f.txt" "$TMP/$f.csv"; done

# ---------------------------------------------------------------- work db
WK="$TMP/work.gpkg"
CSVOPT=(-oo GEOM_POSSIBLE_NAMES=WKT -oo KEEP_GEOM_COLUMNS=NO -a_srs EPSG:4326
        -lco GEOMETRY_NAME=geom -lco SPATIAL_INDEX=NO)
ogr2ogr -f GPKG "$WK" "$TMP/prov.csv" "${CSVOPT[@]}" -nln prov_seg -nlt LINESTRING \
  -dialect sqlite -sql "SELECT hdr, geometry FROM prov"
ogr2ogr -update "$WK" "$TMP/river.csv" "${CSVOPT[@]}" -nln river_seg -nlt LINESTRING \
  -dialect sqlite -sql "SELECT CAST(substr(hdr, instr(hdr, 'Level ') + 6) AS INTEGER) AS lvl,
                        geometry FROM river"
ogr2ogr -update "$WK" "$TMP/shore.csv" "${CSVOPT[@]}" -nln shore_seg -nlt LINESTRING \
  -dialect sqlite -sql "SELECT CAST(substr(hdr, instr(hdr, 'Level ') + 6) AS INTEGER) AS lvl,
                        geometry FROM shore"

# GMT cuts every line at its 1x1 degree storage bins. Re-join the pieces of each
# WDBII class into maximal lines (ST_LineMerge stops at confluences and ends).
ogr2ogr -update "$WK" "$WK" -lco GEOMETRY_NAME=geom -lco SPATIAL_INDEX=NO \
  -nln river_line -nlt LINESTRING -explodecollections -a_srs EPSG:4326 \
  -sql "SELECT lvl, ST_LineMerge(ST_Collect(geom)) AS geom
        FROM river_seg GROUP BY lvl ORDER BY lvl"

# Name the Yellow River and the Huangshui by geometry (see SOURCES.md):
#  * 黄河: the level-1 (permanent major) line passing within 0.02 deg of Lanzhou
#    (103.82E 36.06N), plus every level-1 line chained to it end-to-end (ends
#    within 0.005 deg; the bin re-join leaves gaps of ~0.001 deg).
#  * 湟水: the longest non-level-1 line passing within 0.03 deg of Xining
#    (101.78E 36.62N) that ends, east of Xining, within 0.02 deg of the 黄河.
ogr2ogr -update "$WK" "$WK" -nln river_name -sql "
WITH RECURSIVE yr(id) AS (
  SELECT fid FROM river_line
   WHERE lvl = 1 AND ST_Distance(geom, MakePoint(103.82, 36.06)) < 0.02
  UNION
  SELECT b.fid FROM yr JOIN river_line a ON a.fid = yr.id JOIN river_line b
   WHERE b.lvl = 1 AND (
     ST_Distance(ST_StartPoint(b.geom), ST_StartPoint(a.geom)) < 0.005 OR
     ST_Distance(ST_StartPoint(b.geom), ST_EndPoint(a.geom))   < 0.005 OR
     ST_Distance(ST_EndPoint(b.geom),   ST_StartPoint(a.geom)) < 0.005 OR
     ST_Distance(ST_EndPoint(b.geom),   ST_EndPoint(a.geom))   < 0.005)
), yrg AS (SELECT ST_Collect(r.geom) AS g FROM river_line r JOIN yr ON r.fid = yr.id),
hs AS (
  SELECT r.fid AS id FROM river_line r, yrg
   WHERE r.lvl > 1 AND ST_Distance(r.geom, MakePoint(101.78, 36.62)) < 0.03
     AND ((ST_X(ST_EndPoint(r.geom)) > 101.78 AND ST_Distance(ST_EndPoint(r.geom), yrg.g) < 0.02) OR
          (ST_X(ST_StartPoint(r.geom)) > 101.78 AND ST_Distance(ST_StartPoint(r.geom), yrg.g) < 0.02))
   ORDER BY ST_Length(r.geom) DESC LIMIT 1
)
SELECT fid AS line_id,
       CASE WHEN fid IN (SELECT id FROM yr) THEN '黄河'
            WHEN fid IN (SELECT id FROM hs) THEN '湟水' ELSE '' END AS name,
       CASE WHEN fid IN (SELECT id FROM yr) THEN 'Yellow River'
            WHEN fid IN (SELECT id FROM hs) THEN 'Huangshui' ELSE '' END AS name_en
FROM river_line"

# ---------------------------------------------------------------- output
NEW="$TMP/out.gpkg"
BOX="BuildMbr($W, $S, $E, $N, 4326)"
PBOX="BuildMbr($PW, $PS, $PE, $PN, 4326)"
OUTOPT=(--config OGR_CURRENT_DATE "$STAMP" -a_srs EPSG:4326
        -lco GEOMETRY_NAME=geom -lco SPATIAL_INDEX=YES)

ogr2ogr -f GPKG "$NEW" "$WK" "${OUTOPT[@]}" -nln province -nlt MULTIPOLYGON \
  -lco "DESCRIPTION=Gansu and Qinghai outlines, DCW-GMT (Debian ${DCW_PKG:-gmt-dcw}), LGPL-3+; clipped to $PW-$PE E, $PS-$PN N" \
  -sql "SELECT adcode, name, name_en,
               CastToMultiPolygon(CollectionExtract(MakeValid(ST_Intersection(g, $PBOX)), 3)) AS geom
        FROM (SELECT CASE WHEN hdr LIKE 'Gansu%' THEN 620000 ELSE 630000 END AS adcode,
                     CASE WHEN hdr LIKE 'Gansu%' THEN '甘肃省' ELSE '青海省' END AS name,
                     CASE WHEN hdr LIKE 'Gansu%' THEN 'Gansu' ELSE 'Qinghai' END AS name_en,
                     ST_Union(MakeValid(MakePolygon(geom))) AS g
              FROM prov_seg GROUP BY 1, 2, 3)
        ORDER BY adcode"

ogr2ogr -update "$NEW" "$WK" "${OUTOPT[@]}" -nln river -nlt MULTILINESTRING \
  -lco "DESCRIPTION=WDBII rivers from GSHHG ${GSHHG_VER:-2.3.7} -D$RES (Debian ${GSHHG_PKG:-gmt-common}), LGPL-3+; bin pieces re-joined per class, clipped to $W-$E E, $S-$N N" \
  -sql "SELECT r.lvl AS wdb_level,
               CASE r.lvl WHEN 0 THEN 'double-lined river' WHEN 1 THEN 'permanent major river'
                 WHEN 2 THEN 'additional major river' WHEN 3 THEN 'additional river'
                 WHEN 4 THEN 'minor river' WHEN 5 THEN 'intermittent major river'
                 WHEN 6 THEN 'intermittent additional river' WHEN 7 THEN 'intermittent minor river'
                 WHEN 8 THEN 'major canal' WHEN 9 THEN 'minor canal' WHEN 10 THEN 'irrigation canal'
                 ELSE 'unknown' END AS wdb_class,
               n.name AS name, n.name_en AS name_en,
               CastToMultiLineString(CollectionExtract(ST_Intersection(r.geom, $BOX), 2)) AS geom
        FROM river_line r JOIN river_name n ON n.line_id = r.fid
        WHERE ST_Intersects(r.geom, $BOX)
          AND ST_Length(CollectionExtract(ST_Intersection(r.geom, $BOX), 2)) > 0
        ORDER BY r.fid"

# Lakes: GSHHG level-2 shoreline pieces -> polygons. 青海湖 is the polygon that
# contains (or lies within 0.05 deg of) 100.2E 36.9N.
ogr2ogr -update "$NEW" "$WK" "${OUTOPT[@]}" -nln lake -nlt MULTIPOLYGON \
  -lco "DESCRIPTION=GSHHG ${GSHHG_VER:-2.3.7} -D$RES level-2 (lake) shorelines (Debian ${GSHHG_PKG:-gmt-common}), LGPL-3+; clipped to $W-$E E, $S-$N N" \
  -sql "WITH RECURSIVE pg AS (SELECT MakeValid(ST_Polygonize(geom)) AS g FROM shore_seg WHERE lvl = 2),
        n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n, pg WHERE i < ST_NumGeometries(pg.g)),
        p AS (SELECT i, CollectionExtract(ST_Intersection(ST_GeometryN(pg.g, i), $BOX), 3) AS g
              FROM pg, n)
        SELECT CASE WHEN ST_Distance(g, MakePoint(100.2, 36.9)) < 0.05 THEN '青海湖' ELSE '' END AS name,
               CASE WHEN ST_Distance(g, MakePoint(100.2, 36.9)) < 0.05 THEN 'Qinghai Lake' ELSE '' END AS name_en,
               CastToMultiPolygon(g) AS geom
        FROM p WHERE g IS NOT NULL AND ST_Area(g) > 0
        ORDER BY ST_Area(g) DESC"

# ---------------------------------------------------------------- checks
fail=0
for l in province river lake; do
  c=$(ogrinfo -ro -q "$NEW" -sql "SELECT count(*) AS c FROM $l" | awk -F'= ' '/c \(Integer/ {print $2}')
  bad=$(ogrinfo -ro -q "$NEW" -sql "SELECT count(*) AS c FROM $l
          WHERE geom IS NULL OR ST_IsEmpty(geom) OR NOT ST_IsValid(geom)" |
        awk -F'= ' '/c \(Integer/ {print $2}')
  log "$l: $c features, $bad empty/invalid"
  if [ "${c:-0}" -eq 0 ] || [ "${bad:-1}" -ne 0 ]; then fail=1; fi
done
named=$(ogrinfo -ro -q "$NEW" -sql "SELECT group_concat(DISTINCT name) AS c FROM
          (SELECT name FROM river WHERE name <> '' UNION ALL SELECT name FROM lake WHERE name <> '')" |
        awk -F'= ' '/c \(String/ {print $2}')
log "named features: ${named:-none}"
[ "$fail" -eq 0 ] || { log "check failed, $OUT left unchanged"; exit 1; }

mkdir -p "$(dirname "$OUT")"
mv -f "$NEW" "$OUT"
log "wrote $OUT ($(wc -c < "$OUT") bytes)"
