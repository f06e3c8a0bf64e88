"""Translating an Altair chart against Altair's own ``chart.to_dict()`` on the same frame.

    python benchmarks/vega.py [--rows 100000] [--repeats 5]

``to_dict()`` is what every Altair user pays (Streamlit too) before anything is drawn;
the translation (``vega_build.build``: rows to columns, aggregate, series, stacks) comes
on top of it. Both alternate in one run; prints medians in ms and the ratio (target: the
translation at most 1x of ``to_dict``). Needs altair and pandas.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import altair as alt
import numpy as np
import pandas as pd

from rerunqt.core.vega import _altair_spec
from rerunqt.core.vega_build import build


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    rng = np.random.default_rng(0)
    frame = pd.DataFrame({"t": pd.date_range("2000-01-01", periods=args.rows, freq="min"),
                          "v": rng.normal(size=args.rows).cumsum(),
                          "g": np.tile(["a", "b", "c", "d"], args.rows // 4 + 1)[:args.rows]})
    charts = {
        "line by colour": alt.Chart(frame).mark_line().encode(x="t:T", y="v", color="g"),
        "mean per day": alt.Chart(frame).mark_bar().encode(x="yearmonthdate(t):T", y="mean(v)"),
    }
    for name, chart in charts.items():
        spec_ms, build_ms = [], []
        for _ in range(args.repeats):
            start = time.perf_counter()
            spec = _altair_spec(chart)
            middle = time.perf_counter()
            build(spec)
            end = time.perf_counter()
            spec_ms.append((middle - start) * 1000)
            build_ms.append((end - middle) * 1000)
        base, ours = statistics.median(spec_ms), statistics.median(build_ms)
        print(f"{name:16} {args.rows} rows: to_dict {base:7.1f} ms  translate {ours:7.1f} ms  "
              f"ratio {ours / base:.2f}x")


if __name__ == "__main__":
    main()
