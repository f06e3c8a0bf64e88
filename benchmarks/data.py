"""Tables: a 1,000,000 x 10 mixed-dtype DataFrame in st.dataframe against a bare QTableView.

    python benchmarks/data.py [--rows 1000000] [--repeat 5] [--runs 30]

In one run, side by side, alternating so both see the same machine state:
- first paint: st.dataframe's view (reading the frame, the model, sizing the columns
  from a sample, one synchronous paint) vs a bare QTableView over a minimal model that
  formats the same numpy arrays with ``str`` (and that bare view in the app's theme);
- repaint after a jump to the middle row;
- memory added by showing the frame, against the frame's own ``nbytes``;
- the rerun cost of a script that shows the unchanged frame vs the same script without
  it (real windows, one checkbox click per rerun).
Paint times are the GUI thread's CPU time (``time.thread_time``): all of it runs on that
thread, and other processes on a shared machine do not stretch it. Prints medians and
ratios. Needs pandas.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
import tracemalloc
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QHeaderView, QTableView
from rerun import stats, time_pair
from scratch import scratch_folder

from rerunqt.core.frame_columns import column_specs
from rerunqt.core.frame_data import _cache, frame_of
from rerunqt.qt.adapters.dataframe import DataFrameView
from rerunqt.qt.app import apply_theme, ensure_application

MAKE_FRAME = '''
def make_frame(n):
    import numpy as np
    import pandas as pd
    rng = np.random.default_rng(0)
    return pd.DataFrame({{
        "i64": np.arange(n, dtype=np.int64), "f64": rng.random(n),
        "i32": rng.integers(0, 1000, n).astype(np.int32),
        "bool": rng.random(n) > 0.5, "f32": rng.random(n).astype(np.float32),
        "when": pd.date_range("2020-01-01", periods=n, freq="min"),
        "text": pd.Series(rng.integers(0, 50, n)).map(lambda v: f"item {{v}}").to_numpy(dtype=object),
        "u8": rng.integers(0, 255, n).astype(np.uint8), "neg": -rng.random(n) * 1e6,
        "small": rng.integers(-5, 5, n).astype(np.int16),
    }})
'''
exec(MAKE_FRAME.replace("{{", "{").replace("}}", "}"))

SCRIPT = '''\
import rerunqt as st
''' + MAKE_FRAME + '''
if "df" not in st.session_state:
    st.session_state.df = make_frame({rows})
flag = st.checkbox("Toggle", key="toggle")
{table}st.write("Toggle is", flag)
'''


class BareModel(QAbstractTableModel):
    """The minimal model: numpy columns, ``str`` of the cell for the display role."""

    def __init__(self, columns: list[np.ndarray], names: list[str]) -> None:
        super().__init__()
        self.columns, self.names = columns, names

    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return len(self.columns[0])

    def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return len(self.columns)

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return str(self.columns[index.column()][index.row()])
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.names[section]
        return None


def bare_view(df: Any) -> QTableView:
    columns = [df.iloc[:, i].to_numpy() for i in range(df.shape[1])]
    view = QTableView()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(30)
    view.setModel(BareModel(columns, [str(c) for c in df.columns]))
    return view


def styled_bare_view(df: Any) -> QTableView:
    """The bare view dressed in st.dataframe's style sheet: what the theme costs by itself."""
    view = bare_view(df)
    view.setObjectName("rqDataFrame")
    return view


def rerunqt_view(df: Any) -> QTableView:
    _cache.clear()  # a first paint reads the frame
    frame = frame_of(df, "dataframe")
    view = DataFrameView()
    view.show_content(frame, column_specs("dataframe", frame, None, None))
    view.sizes = ("stretch", 600, None)
    view.refit()
    return view


def first_paint(make: Any, df: Any, app: Any) -> tuple[float, float, QTableView]:
    start = time.thread_time()
    view = make(df)
    view.resize(1000, 600)
    view.show()
    app.processEvents()
    view.viewport().repaint()
    first = time.thread_time() - start
    start = time.thread_time()
    view.scrollTo(view.model().index(len(df) // 2, 0), QTableView.ScrollHint.PositionAtTop)
    view.viewport().repaint()
    jump = time.thread_time() - start
    return first, jump, view


def memory_added(df: Any) -> tuple[int, int]:
    _cache.clear()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    frame = frame_of(df, "dataframe")
    view = DataFrameView()
    view.frame_model.set_content(frame, column_specs("dataframe", frame, None, None))
    added = tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    view.deleteLater()
    return added, int(df.memory_usage(index=True, deep=False).sum())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    app = ensure_application()
    apply_theme(app, "light")
    df = make_frame(args.rows)  # type: ignore[name-defined]  # noqa: F821
    print(f"frame: {args.rows:,} x {df.shape[1]}, dtypes {sorted({str(t) for t in df.dtypes})}")
    names = tuple(f"{v} {t}" for v in ("bare", "styled", "rerunqt") for t in ("first", "jump"))
    times: dict[str, list[float]] = {k: [] for k in names}
    for _ in range(args.repeat):
        for name, make in (("bare", bare_view), ("styled", styled_bare_view), ("rerunqt", rerunqt_view)):
            first, jump, view = first_paint(make, df, app)
            times[f"{name} first"].append(first)
            times[f"{name} jump"].append(jump)
            view.close()
            view.deleteLater()
            app.processEvents()
    med = {k: statistics.median(v) * 1e3 for k, v in times.items()}
    for label, part in (("first paint ", "first"), ("jump + paint", "jump")):
        bare, styled, ours = (med[f"{v} {part}"] for v in ("bare", "styled", "rerunqt"))
        print(f"{label}  bare {bare:7.2f} ms  bare+theme {styled:7.2f} ms  rerunqt {ours:7.2f} ms   "
              f"ratio {ours / bare:.2f}x bare, {ours / styled:.2f}x bare+theme")
    added, nbytes = memory_added(df)
    print(f"memory added  {added / 1e6:8.2f} MB for a frame of {nbytes / 1e6:.2f} MB   "
          f"ratio {added / nbytes:.3f}x")
    folder = scratch_folder()
    with_table, without = folder / "with_table.py", folder / "without.py"
    with_table.write_text(SCRIPT.format(rows=args.rows, table="st.dataframe(st.session_state.df)\n"))
    without.write_text(SCRIPT.format(rows=args.rows, table=""))
    shown, bare = time_pair(with_table, without, args.runs)
    (s_med, s_90), (b_med, b_90) = stats(shown), stats(bare)
    print(f"rerun with the unchanged frame {s_med:7.2f} / {s_90:7.2f} ms (median / p90), without "
          f"{b_med:7.2f} / {b_90:7.2f} ms: +{s_med - b_med:.2f} ms")


if __name__ == "__main__":
    main()
