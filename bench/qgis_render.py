#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Times QGIS (PyQGIS, QgsMapRendererParallelJob, render cache off) on the benchmark dataset with
the same SLD styles as lanxi-bench-render, and prints the median, in the same format.
   qgis_render.py --data FILE.gpkg --crs EPSG:4326 --view full|zoom [--labels] [--runs N] [--out PNG]"""
import argparse
import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from qgis.core import (QgsApplication, QgsCoordinateReferenceSystem, QgsCoordinateTransform,  # noqa: E402
                       QgsMapRendererParallelJob, QgsMapSettings, QgsProject, QgsRectangle, QgsVectorLayer)
from qgis.PyQt.QtCore import QSize  # noqa: E402
from qgis.PyQt.QtGui import QColor  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", required=True)
    parser.add_argument("--crs", default="EPSG:4326")
    parser.add_argument("--view", default="full")
    parser.add_argument("--labels", action="store_true")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--out")
    parser.add_argument("--only", help="render just this layer (for profiling)")
    args = parser.parse_args()

    app = QgsApplication([], False)
    app.initQgis()
    layers = []
    for name in ("points", "roads", "parcels"):  # top first, as QgsMapSettings wants
        if args.only and name != args.only:
            continue
        layer = QgsVectorLayer(f"{args.data}|layername={name}", name, "ogr")
        if not layer.isValid():
            print(f"cannot open {name} in {args.data}", file=sys.stderr)
            return 1
        style = "parcels-labelled" if (name == "parcels" and args.labels) else name
        message, ok = layer.loadSldStyle(os.path.join(HERE, "styles", f"{style}.sld"))
        if not ok:
            print(f"cannot load style {style}: {message}", file=sys.stderr)
            return 1
        QgsProject.instance().addMapLayer(layer, False)
        layers.append(layer)

    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setOutputSize(QSize(1920, 1080))
    settings.setOutputDpi(96)
    settings.setBackgroundColor(QColor(246, 244, 238))
    crs = QgsCoordinateReferenceSystem(args.crs)
    settings.setDestinationCrs(crs)
    lonlat = QgsRectangle(103.40, 35.85, 104.30, 36.35)
    if args.view == "zoom":
        c = lonlat.center()
        lonlat = QgsRectangle(c.x() - 0.1125, c.y() - 0.0625, c.x() + 0.1125, c.y() + 0.0625)
    to_map = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), crs, QgsProject.instance())
    settings.setExtent(to_map.transformBoundingBox(lonlat))
    settings.setFlag(QgsMapSettings.Antialiasing, True)
    settings.setFlag(QgsMapSettings.UseRenderingOptimization, True)

    times = []
    cpu_times = []  # whole-process CPU time (all threads): steadier than wall time on a busy machine
    image = None
    for _ in range(args.runs):
        job = QgsMapRendererParallelJob(settings)  # no cache set: every run renders everything
        start = time.perf_counter()
        cpu_start = time.process_time()
        job.start()
        job.waitForFinished()
        times.append((time.perf_counter() - start) * 1000)
        cpu_times.append((time.process_time() - cpu_start) * 1000)
        image = job.renderedImage()
    print(f"qgis render {args.crs} {args.view} labels={'on' if args.labels else 'off'}: "
          f"median {statistics.median(times):.1f} ms over {args.runs} runs (cpu {statistics.median(cpu_times):.1f} ms)")
    if args.out:
        image.save(args.out)
    QgsProject.instance().removeAllMapLayers()
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
