"""A 1,000,000-point st.line_chart against bare pyqtgraph on the same arrays.

    python benchmarks/charts.py [--points 1000000] [--repeats 7]

First render: reading the data (``read_chart``, the script side), building the chart
widget and painting it once, against a bare ``pg.PlotWidget`` given the same arrays with
the same down-sampling and clip-to-view, painted once. Update: new y values (read and
shown in place) against ``curve.setData``. Both sides alternate in one run, so both see
the same machine state; prints medians in ms and the ratios (target: at most 2x).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QApplication

from rerunqt.core.chart_data import read_chart
from rerunqt.core.charts import CHART_HEIGHT
from rerunqt.core.element import Element
from rerunqt.qt.adapters import Host
from rerunqt.qt.adapters.charts import ChartAdapter

SIZE = (800, CHART_HEIGHT)


def element(y: np.ndarray) -> Element:
    props = (("data", read_chart(y)), ("x_label", ""), ("y_label", ""), ("width", "stretch"),
             ("height", CHART_HEIGHT), ("alt", None))
    return Element("line_chart", ("line_chart", 0), props)


def paint(widget: Any) -> None:
    QApplication.processEvents()
    widget.grab()


def bare_first(x: np.ndarray, y: np.ndarray) -> tuple[float, Any]:
    start = time.perf_counter()
    plot = pg.PlotWidget(background=None)
    curve = plot.plot(x, y, pen=pg.mkPen("#0068c9", width=2))
    curve.setDownsampling(auto=True, method="peak")
    curve.setClipToView(True)
    plot.resize(*SIZE)
    plot.show()
    paint(plot)
    return time.perf_counter() - start, (plot, curve)


def bare_update(state: Any, x: np.ndarray, y: np.ndarray) -> float:
    plot, curve = state
    start = time.perf_counter()
    curve.setData(x, y)
    paint(plot)
    return time.perf_counter() - start


def ours_first(adapter: ChartAdapter, y: np.ndarray) -> tuple[float, Any]:
    start = time.perf_counter()
    spec = element(y)
    widget = adapter.create(spec, Host(lambda event: None))
    widget.resize(SIZE[0], widget.height())
    widget.show()
    paint(widget)
    return time.perf_counter() - start, (widget, spec)


def ours_update(adapter: ChartAdapter, state: Any, y: np.ndarray) -> tuple[float, Any]:
    widget, old = state
    start = time.perf_counter()
    new = element(y)
    adapter.update(widget, old, new, frozenset({"data"}))
    paint(widget)
    return time.perf_counter() - start, (widget, new)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--points", type=int, default=1_000_000)
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args()
    QApplication.instance() or QApplication(sys.argv[:1])
    rng = np.random.default_rng(0)
    x = np.arange(args.points, dtype=np.float64)
    adapter = ChartAdapter("line_chart")
    times: dict[str, list[float]] = {"bare first": [], "ours first": [], "bare update": [],
                                     "ours update": []}
    ours_first(adapter, rng.standard_normal(1000).cumsum())[1][0].close()  # import, warm up
    for _ in range(args.repeats):
        y = rng.standard_normal(args.points).cumsum()
        y2 = y + rng.standard_normal(args.points)
        seconds, bare = bare_first(x, y)
        times["bare first"].append(seconds)
        seconds, ours = ours_first(adapter, y)
        times["ours first"].append(seconds)
        times["bare update"].append(bare_update(bare, x, y2))
        seconds, ours = ours_update(adapter, ours, y2)
        times["ours update"].append(seconds)
        bare[0].close()
        ours[0].close()
    median = {name: statistics.median(values) * 1000 for name, values in times.items()}
    print(f"{args.points:,}-point line chart, median of {args.repeats} (ms)")
    for phase in ("first", "update"):
        bare_ms, ours_ms = median[f"bare {phase}"], median[f"ours {phase}"]
        print(f"{phase:7s} bare pyqtgraph {bare_ms:8.1f}   st.line_chart {ours_ms:8.1f}   "
              f"ratio {ours_ms / bare_ms:5.2f}x")


if __name__ == "__main__":
    main()
